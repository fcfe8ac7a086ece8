import { describe, expect, test } from 'vitest';
import { segment } from '../../lib/risk/segment';

const sentences = (text: string): string[] => segment(text).sentences.map((s) => text.slice(s.start, s.end));
const paragraphs = (text: string): string[] => segment(text).paragraphs.map((p) => text.slice(p.start, p.end));

describe('segment: sentences', () => {
  test.each([
    ['splits on full stops followed by a capital', 'We cut waste. We planted trees.', ['We cut waste.', 'We planted trees.']],
    ['keeps "e.g." inside a sentence', 'We fund local groups, e.g. food banks. They report yearly.', ['We fund local groups, e.g. food banks.', 'They report yearly.']],
    ['keeps "n°" and decimal commas inside a sentence', 'Selon le règlement n° 1005/2009, la morosité passa de 3,9 % à 5,6 %. Fin.', ['Selon le règlement n° 1005/2009, la morosité passa de 3,9 % à 5,6 %.', 'Fin.']],
    ['keeps company suffixes "S.A." and "S.L." inside a sentence', 'Verificado por Auditores Ribera S.L. conforme a ISAE 3000. Otro dato.', ['Verificado por Auditores Ribera S.L. conforme a ISAE 3000.', 'Otro dato.']],
    ['keeps decimals with a point inside a sentence', 'Emissions fell from 2.41 to 1.49 Mt. Good.', ['Emissions fell from 2.41 to 1.49 Mt.', 'Good.']],
    ['does not split inside an [image: …] token', '[image: Fig. 2. SDG wheel] Our goals. Next.', ['[image: Fig. 2. SDG wheel] Our goals.', 'Next.']],
    ['treats a line break inside a paragraph as a boundary', 'Highlights\nWe cut waste by 20%', ['Highlights', 'We cut waste by 20%']],
    ['strips list bullets', '- First item\n• Second item', ['First item', 'Second item']],
    ['splits Spanish questions and exclamations', '¿Qué hacemos? ¡Mucho! Seguimos.', ['¿Qué hacemos?', '¡Mucho!', 'Seguimos.']],
    ['does not split after a lower-case continuation', 'Approx. three sites were audited.', ['Approx. three sites were audited.']],
  ])('%s', (_name, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});

describe('segment: paragraphs', () => {
  test.each([
    ['blank lines separate paragraphs', 'Title\n\nFirst para. Two.\n\nSecond para.', ['Title', 'First para. Two.', 'Second para.']],
    ['without blank lines, each line is a paragraph', 'One line.\nAnother line.', ['One line.', 'Another line.']],
    ['a table (rows with " | ") and its caption are one paragraph', 'Table 3 - KPIs\nSDG target | KPI | 2024\n7.2 | Renewables | 61\n7.3 | Savings | 310', ['Table 3 - KPIs\nSDG target | KPI | 2024\n7.2 | Renewables | 61\n7.3 | Savings | 310']],
    ['a passage is one paragraph', 'Our pouch is eco-friendly. Buy it.', ['Our pouch is eco-friendly. Buy it.']],
  ])('%s', (_name, text, expected) => {
    expect(paragraphs(text)).toEqual(expected);
  });

  test('DOM blocks, when given, are the paragraphs', () => {
    const text = 'Heading Para one. Para two.';
    const seg = segment(text, [{ start: 0, end: 7 }, { start: 8, end: 27 }]);
    expect(seg.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['Heading', 'Para one. Para two.']);
    expect(seg.paragraphs[0]!.heading).toBe(true);
  });

  test('flags a short unpunctuated line as a heading and a table as a table', () => {
    const seg = segment('Our impact 2024\n\nWe did things.\n\nA | B\n1 | 2');
    expect(seg.paragraphs.map((p) => [p.heading, p.table])).toEqual([[true, false], [false, false], [false, true]]);
  });

  test('sentence offsets index the original text', () => {
    const text = '  Lead.  Next one!\n\n Tail ';
    for (const s of segment(text).sentences) expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
  });
});
