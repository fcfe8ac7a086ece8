// @vitest-environment node
// The CLI's reading of a page's own <style> sheets (linkedom, no layout): what is hidden and what is a block.
import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { buildTextIndex, staticIsHidden, type IndexNode } from '../../lib/dom/text-index';
import { isBlockDisplay, parseRules, specificity, staticStyle } from '../../lib/dom/static-style';

/** The visible text the CLI reads for an HTML document, with its stylesheet evaluated. */
function cliText(css: string, body: string, media = ''): string {
  const { document } = parseHTML(`<!doctype html><html><head><style${media ? ` media="${media}"` : ''}>${css}</style></head><body>${body}</body></html>`);
  const style = staticStyle(document);
  return buildTextIndex(document as unknown as IndexNode, { isHidden: (el) => staticIsHidden(el) || style.isHidden(el), isBlock: style.isBlock }).text;
}

describe('a page stylesheet hides text from the CLI as it does in the browser', () => {
  test.each([
    ['a class rule with display:none', '.gone { display: none }', '<p>SDG 4</p><p class="gone">SDG 2</p>', 'SDG 4'],
    ['visibility:hidden', '#x { visibility: hidden }', '<p>SDG 4</p><p id="x">SDG 2</p>', 'SDG 4'],
    ['a descendant selector in a selector list', 'p, .box span { display: none !important }', '<div class="box">SDG 4 <span>SDG 2</span></div>', 'SDG 4 '],
    ['a more specific rule showing it again', '.a { display: none } .b.a { display: block }', '<p class="a b">SDG 2</p>', 'SDG 2'],
    ['a later rule of equal specificity', '.a { display: block } .b { display: none }', '<p class="a b">SDG 2</p>', ''],
    ['!important beating a more specific rule', '.a { display: none !important } #i.a { display: block }', '<p id="i" class="a">SDG 2</p>', ''],
    ['an inline style beating the sheet', '.a { display: none }', '<p class="a" style="display: block">SDG 2</p>', 'SDG 2'],
    ['a rule inside @media screen', '@media screen { .a { display: none } }', '<p>SDG 4</p><p class="a">SDG 2</p>', 'SDG 4'],
    ['not a rule inside @media print', '@media print { .a { display: none } }', '<p>SDG 4</p><p class="a">SDG 2</p>', 'SDG 4\nSDG 2'],
    ['not a rule inside a width query (there is no viewport)', '@media (max-width: 600px) { .a { display: none } }', '<p class="a">SDG 2</p>', 'SDG 2'],
    ['not a rule in a comment', '/* .a { display: none } */', '<p class="a">SDG 2</p>', 'SDG 2'],
    ['not a pseudo-element rule', '.a::before { display: none }', '<p class="a">SDG 2</p>', 'SDG 2'],
    ['a :not() naming a class the page lacks still applies', 'p:not(.absent) { display: none }', '<p>SDG 2</p>', ''],
    ['a rule naming a class the page lacks does not', '.absent p { display: none }', '<p>SDG 2</p>', 'SDG 2'],
    ['an attribute selector with dots in its value', 'p[data-x=".absent"] { display: none }', '<p data-x=".absent">SDG 2</p>', ''],
  ])('%s', (_, css, body, expected) => {
    expect(cliText(css, body)).toBe(expected);
  });

  test('a <style media="print"> sheet is not applied', () => {
    expect(cliText('.a { display: none }', '<p class="a">SDG 2</p>', 'print')).toBe('SDG 2');
  });
});

describe('a page stylesheet makes blocks for the CLI as it does in the browser', () => {
  test.each([
    ['an inline element styled display:block', '.f b { display: block }', '<div class="f"><b>−38%</b><span>food loss</span></div>', '−38%\nfood loss'],
    ['children of a grid container', '.g { display: grid }', '<div class="g"><span>SDG 4</span><span>SDG 5</span></div>', 'SDG 4\nSDG 5'],
    ['children of a flex container', '.g { display: flex }', '<div class="g"><a>SDG 4</a><a>SDG 5</a></div>', 'SDG 4\nSDG 5'],
    ['inline-block stays inline', 'b { display: inline-block }', '<p>SDG <b>13</b></p>', 'SDG 13'],
    ['display:contents is no block', '.c { display: contents } .g { display: block }', '<p>SDG <span class="c">13</span></p>', 'SDG 13'],
    ['no rule: inline elements stay inline', 'p { color: red }', '<p>SDG <b>13</b></p>', 'SDG 13'],
  ])('%s', (_, css, body, expected) => {
    expect(cliText(css, body)).toBe(expected);
  });
});

describe('stylesheet details', () => {
  test.each([
    ['p', [0, 0, 1]],
    ['.a b', [0, 1, 1]],
    ['#i.a', [1, 1, 0]],
    ['ul li:first-child a[href]', [0, 2, 3]],
    [':where(#x) .a', [0, 1, 0]],
    [':not(#x) p', [1, 0, 1]],
    ['p::before', [0, 0, 2]],
  ] as const)('the specificity of %s is %j', (selector, expected) => {
    expect(specificity(selector)).toEqual(expected);
  });

  test.each([
    ['block', true],
    ['flex', true],
    ['list-item', true],
    ['table-cell', true],
    ['inline', false],
    ['inline-block', false],
    ['inline-flex', false],
    ['contents', false],
  ])('display %s separates blocks: %s', (display, expected) => {
    expect(isBlockDisplay(display)).toBe(expected);
  });

  test('only display and visibility declarations are kept, with !important and two-keyword display', () => {
    const rules = parseRules('@import url(x.css); a { color: red } .x { display: inline flex; visibility: hidden !important } @font-face { src: url(a) }');
    expect(rules.map((r) => ({ selectors: r.selectors, decls: Object.fromEntries(r.declarations) }))).toEqual([
      { selectors: '.x', decls: { display: { value: 'inline-flex', important: false }, visibility: { value: 'hidden', important: true } } },
    ]);
  });
});
