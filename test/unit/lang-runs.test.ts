// @vitest-environment node
// Declared languages, shared by the content script and `sdg-lens scan`: the <html lang> hint and
// the explicit pass over sections declared in another language.
import { describe, expect, test } from 'vitest';
import { analyzeDocument, makeDocument } from '../../lib/cli/commands/scan';
import { declaredLang, foreignRuns, type BlockLang } from '../../lib/dom/lang-runs';

const page = (htmlLang: string, sectionLang: string) =>
  `<!doctype html><html${htmlLang ? ` lang="${htmlLang}"` : ''}><body><p>Our water programme supports SDG 6 and clean water for 5,400 families in the region.</p>` +
  `<section${sectionLang ? ` lang="${sectionLang}"` : ''}><p>Au Sénégal, notre programme contribue à l'ODD 5 : 1 200 femmes gèrent les points d'eau.</p></section></body></html>`;

describe('sdg-lens scan reads declared languages as the extension does', () => {
  test.each([
    ['a French section of an English page: "ODD 5" is a reference to SDG 5', 'en', 'fr', ['SDG 6', 'ODD 5']],
    ['the same section without a lang attribute: "ODD 5" is not read as French', 'en', '', ['SDG 6']],
    ['a section in the page\'s own language gets no second pass', 'en', 'en', ['SDG 6']],
  ])('%s', (_, htmlLang, sectionLang, expected) => {
    const doc = makeDocument('html', page(htmlLang, sectionLang), 'file:///x.html', 'x.html');
    expect(analyzeDocument(doc).explicit.map((r) => r.text)).toEqual(expected);
  });

  test('<html lang> is the language hint; --lang overrides it', () => {
    const doc = makeDocument('html', page('fr', ''), 'file:///x.html', 'x.html');
    expect(doc.lang).toBe('fr');
    expect(analyzeDocument(doc).lang).toBe('fr');
    expect(analyzeDocument(doc, 'es').lang).toBe('es');
  });
});

describe('foreign-language runs', () => {
  const b = (start: number, end: number, lang: BlockLang['lang']): BlockLang => ({ span: { start, end }, lang });
  test.each([
    ['blocks in the document language are not runs', [b(0, 5, 'en')], []],
    ['adjacent blocks of one foreign language make one run', [b(0, 5, 'fr'), b(6, 9, 'fr')], [b(0, 9, 'fr')]],
    ['a change of language starts a new run', [b(0, 5, 'fr'), b(6, 9, 'es')], [b(0, 5, 'fr'), b(6, 9, 'es')]],
  ])('%s', (_, blocks, expected) => {
    expect(foreignRuns(blocks, 'en')).toEqual(expected);
  });

  test.each([
    ['fr-CA', 'fr'],
    ['ES', 'es'],
    ['ja', undefined],
    ['', undefined],
    [null, undefined],
  ])('lang="%s" declares %s', (value, expected) => {
    expect(declaredLang(value)).toBe(expected);
  });
});
