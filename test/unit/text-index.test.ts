import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import {
  buildTextIndex,
  createTextIndexBuilder,
  locate,
  offsetOf,
  rangeParts,
  staticIsHidden,
  type IndexNode,
  type TextIndex,
} from '../../lib/dom/text-index';

/** Both DOMs the index must work with: happy-dom (the test environment) and linkedom (the CLI). */
const doms: [string, (html: string) => IndexNode][] = [
  [
    'happy-dom',
    (html) => {
      const div = document.createElement('div');
      div.innerHTML = html;
      return div as unknown as IndexNode;
    },
  ],
  [
    'linkedom',
    (html) => {
      const { document: doc } = parseHTML(`<!doctype html><html><body><div id="root">${html}</div></body></html>`);
      return doc.getElementById('root') as unknown as IndexNode;
    },
  ],
];

const textCases: [string, string, string][] = [
  ['inline split across <b> reads as one phrase', 'SDG <b>13</b>', 'SDG 13'],
  ['nested inline elements join without separators', '<span>S<i>D<b>G</b></i></span> <em>1<u>3</u></em>', 'SDG 13'],
  ['adjacent paragraphs are separated by a virtual newline', '<p>SDG</p><p>13</p>', 'SDG\n13'],
  ['list items are separate blocks', '<ul><li>SDG 1</li><li>SDG 2</li></ul>', 'SDG 1\nSDG 2'],
  ['headings and divs are blocks', '<h2>Goals</h2><div>SDG 5</div>', 'Goals\nSDG 5'],
  ['table cells are separate blocks', '<table><tr><td>SDG</td><td>7</td></tr></table>', 'SDG\n7'],
  ['br breaks a block', 'SDG 3<br>SDG 4', 'SDG 3\nSDG 4'],
  ['script content is skipped', 'SDG <script>var x = "SDG 9";</script>13', 'SDG 13'],
  ['style, noscript and template are skipped', '<style>p{}</style>A<noscript>B</noscript><template>C</template>', 'A'],
  ['form fields and their text are skipped', 'A<textarea>SDG 1</textarea><select><option>SDG 2</option></select>B', 'AB'],
  ['hidden attribute hides a subtree', 'A<span hidden>SDG 1</span>B', 'AB'],
  ['contenteditable subtrees are skipped', 'A<div contenteditable="true">SDG 1</div>B', 'A\nB'],
  ['contenteditable="false" is kept', 'A<span contenteditable="false">C</span>B', 'ACB'],
  ['aria-hidden text is kept because it is visible', 'A<span aria-hidden="true">C</span>B', 'ACB'],
  ['svg text is skipped', 'A<svg><text>SDG 1</text></svg>B', 'AB'],
  ['our own sdg- elements are skipped', 'A<sdg-card>SDG 1</sdg-card>B', 'AB'],
  ['whitespace characters become single spaces 1:1', 'SDG\n\t13', 'SDG  13'],
  ['nbsp entity becomes a space', 'SDG&nbsp;13', 'SDG 13'],
  ['entities are decoded', 'R&amp;D &lt;SDG&gt;', 'R&D <SDG>'],
  ['indentation at block starts is dropped', '<div>\n  <p>A</p>\n  <p>B</p>\n</div>', 'A\nB'],
  ['space between inline elements is kept', '<i>SDG</i> <i>13</i>', 'SDG 13'],
  ['empty blocks add no separators', '<p></p><p>A</p><div><p></p></div><p>B</p>', 'A\nB'],
];

describe.each(doms)('TextIndex text (%s)', (_dom, make) => {
  test.each(textCases)('%s', (_name, html, expected) => {
    expect(buildTextIndex(make(html)).text).toBe(expected);
  });
});

function checkRoundTrip(index: TextIndex) {
  for (let offset = 0; offset <= index.text.length; offset++) {
    const pos = locate(index, offset);
    expect(pos).not.toBeNull();
    const back = offsetOf(index, pos!.node, pos!.offset)!;
    if (index.text[offset] === '\n') {
      // A separator maps to the start of the following node.
      expect(back).toBe(offset + 1);
    } else {
      expect(back).toBe(offset);
    }
  }
}

const mapCases: [string, string][] = [
  ['inline split', 'SDG <b>13</b> and <i>SDG <u>14</u></i>'],
  ['blocks', '<p>SDG 1</p><p>SDG <b>2</b></p><ul><li>x</li></ul>'],
  ['whitespace runs', '<p>  SDG \n 13  </p> tail'],
];

describe.each(doms)('TextIndex offset map (%s)', (_dom, make) => {
  test.each(mapCases)('every offset round-trips through locate/offsetOf: %s', (_name, html) => {
    checkRoundTrip(buildTextIndex(make(html)));
  });

  test.each(mapCases)('each segment holds exactly its node value, whitespace-normalised: %s', (_name, html) => {
    const index = buildTextIndex(make(html));
    for (const seg of index.segments) {
      expect(index.text.slice(seg.start, seg.end)).toBe((seg.node.nodeValue ?? '').replace(/\s/g, ' '));
    }
  });

  test('rangeParts splits "SDG 13" across the text nodes of "SDG <b>13</b>"', () => {
    const index = buildTextIndex(make('Read SDG <b>13</b> now'));
    const start = index.text.indexOf('SDG');
    const parts = rangeParts(index, start, start + 'SDG 13'.length);
    expect(parts.map((p) => (p.node.nodeValue ?? '').slice(p.start, p.end))).toEqual(['SDG ', '13']);
  });

  test('rangeParts skips virtual separators between blocks', () => {
    const index = buildTextIndex(make('<p>ab</p><p>cd</p>'));
    const parts = rangeParts(index, 0, index.text.length);
    expect(parts.map((p) => (p.node.nodeValue ?? '').slice(p.start, p.end))).toEqual(['ab', 'cd']);
  });

  test('offsetOf resolves an element position to its next text', () => {
    const root = make('<p>ab</p><p>cd</p>');
    const index = buildTextIndex(root);
    expect(offsetOf(index, root, 1)).toBe(index.text.indexOf('cd'));
    expect(offsetOf(index, root, 2)).toBe(index.text.length);
  });

  test('locate with backward affinity keeps a block end in its own block', () => {
    const index = buildTextIndex(make('<p>ab</p><p>cd</p>'));
    const pos = locate(index, 2, 'backward')!;
    expect(pos.node.nodeValue).toBe('ab');
    expect(pos.offset).toBe(2);
  });

  test('blocks are trimmed spans of each block element', () => {
    const index = buildTextIndex(make('<p> SDG 1 </p><div>x<p>SDG 2</p>y</div>'));
    expect(index.blocks.map((b) => index.text.slice(b.start, b.end))).toEqual(['SDG 1', 'x', 'SDG 2', 'y']);
  });
});

const hiddenCases: [string, string, boolean][] = [
  ['display:none inline style', '<span style="display: none">x</span>', true],
  ['visibility:hidden inline style', '<span style="color:red; visibility:hidden">x</span>', true],
  ['hidden attribute', '<span hidden>x</span>', true],
  ['visible inline style', '<span style="display:inline-block">x</span>', false],
  ['no attributes', '<span>x</span>', false],
];

describe('staticIsHidden', () => {
  test.each(hiddenCases)('%s → %s', (_name, html, hidden) => {
    const [, make] = doms[1]!;
    const root = make(html);
    expect(staticIsHidden(root.childNodes[0]!)).toBe(hidden);
  });

  test('isHidden option removes inline-styled hidden text from the index', () => {
    const [, make] = doms[1]!;
    const index = buildTextIndex(make('A<span style="display:none">SDG 1</span>B'), { isHidden: staticIsHidden });
    expect(index.text).toBe('AB');
  });
});

describe('incremental builder', () => {
  test('a build in one-batch slices gives the same index as a full build', () => {
    const html = Array.from({ length: 300 }, (_, i) => `<p>Para ${i} with <b>SDG ${(i % 17) + 1}</b></p>`).join('');
    const root = doms[0]![1](html);
    const full = buildTextIndex(root);
    const builder = createTextIndexBuilder(root);
    let slices = 0;
    while (!builder.step(() => false)) slices++;
    const sliced = builder.result();
    expect(slices).toBeGreaterThan(10);
    expect(sliced.text).toBe(full.text);
    expect(sliced.blocks).toEqual(full.blocks);
    expect(sliced.segments.length).toBe(full.segments.length);
  });

  test('result() before the build is finished throws', () => {
    const builder = createTextIndexBuilder(doms[0]![1]('<p>a</p>'.repeat(100)));
    builder.step(() => false);
    expect(() => builder.result()).toThrow(/not finished/);
  });

  test('a document root starts at its body', () => {
    const { document: doc } = parseHTML('<html><head><title>T</title></head><body><p>SDG 4</p></body></html>');
    expect(buildTextIndex(doc as unknown as IndexNode).text).toBe('SDG 4');
  });
});
