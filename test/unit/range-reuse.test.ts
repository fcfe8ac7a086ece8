/**
 * RangeReuse: a redraw after the page changed keeps the Range objects of unchanged text and
 * creates ranges only for new or changed text (happy-dom's live ranges).
 */
import { describe, expect, test } from 'vitest';
import { buildTextIndex, type IndexNode } from '../../lib/dom/text-index';
import { RangeReuse } from '../../lib/dom/ranges';

/** A fresh body with two paragraphs; returns the document and the index of "SDG n" spans. */
function page(html: string): { doc: Document; spans: () => { start: number; end: number }[]; index: () => ReturnType<typeof buildTextIndex> } {
  // (Fresh content per case; the index is rebuilt after each edit, as a re-scan does.)
  document.body.innerHTML = html;
  const index = () => buildTextIndex(document.body as unknown as IndexNode);
  const spans = () => [...index().text.matchAll(/SDG \d+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return { doc: document, spans, index };
}

describe('RangeReuse', () => {
  test.each([
    ['a paragraph replaced by a new node', (d: Document) => d.getElementById('b')!.replaceWith(Object.assign(d.createElement('p'), { textContent: 'Wells: SDG 6.' })), ['SDG 13', 'SDG 6'], 1, 1],
    ['a paragraph appended', (d: Document) => d.body.append(Object.assign(d.createElement('p'), { textContent: 'Wells: SDG 6.' })), ['SDG 13', 'SDG 14', 'SDG 6'], 2, 1],
    ['text inserted before the unchanged paragraph', (d: Document) => d.body.prepend(Object.assign(d.createElement('p'), { textContent: 'Intro.' })), ['SDG 13', 'SDG 14'], 2, 0],
    ['a text node rewritten in place', (d: Document) => ((d.getElementById('b')!.firstChild as Text).data = 'Our coral reefs: SDG 14.'), ['SDG 13', 'SDG 14'], 1, 1],
  ])('%s: unchanged text keeps its range, changed text gets a new one', (_what, edit, texts, reused, created) => {
    const p = page('<p id="a">Fleet: SDG 13.</p><p id="b">Coast: SDG 14.</p>');
    let index = p.index();
    const first = p.spans().map((s) => new RangeReuse([]).range(index, s.start, s.end)!);
    edit(p.doc);
    index = p.index();
    const reuse = new RangeReuse(first);
    const next = p.spans().map((s) => reuse.range(index, s.start, s.end)!);
    expect(next.map((r) => r.toString())).toEqual(texts);
    expect([reuse.reused, reuse.created]).toEqual([reused, created]);
    // What was reused is one of the previous Range objects, still reading the same words.
    for (const r of next) if (first.includes(r)) expect(['SDG 13', 'SDG 14']).toContain(r.toString());
  });

  test('a collapsed previous range (its text removed) is never reused', () => {
    const p = page('<p id="a">Fleet: SDG 13.</p>');
    const index = p.index();
    const [s] = p.spans();
    const r = new RangeReuse([]).range(index, s!.start, s!.end)!;
    p.doc.getElementById('a')!.remove();
    p.doc.body.innerHTML = '<p>Fleet: SDG 13.</p>';
    const reuse = new RangeReuse([r]);
    const again = reuse.range(p.index(), s!.start, s!.end)!;
    expect(again).not.toBe(r);
    expect(again.toString()).toBe('SDG 13');
    expect([reuse.reused, reuse.created]).toEqual([0, 1]);
  });
});
