/**
 * Loaders that turn ../shared/data into labelled training documents. Every loader returns its
 * documents in a fixed order (file order, then code order) so that training is reproducible.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import goalsJson from '../data/goals.json';
import textsEn from '../data/texts.en.json';
import textsFr from '../data/texts.fr.json';
import textsEs from '../data/texts.es.json';
import textsDe from '../data/texts.de.json';

/** Where a training document comes from; cross-set evaluation holds out whole groups. */
export type DocGroup = 'official' | 'metadata' | 'aurora-queries' | 'oro' | 'aurora-survey' | 'zora' | 'synthetic' | 'background';

/** One training document: text, its language, and the goals it is about (empty = about none). */
export interface Doc {
  id: string;
  group: DocGroup;
  lang: string;
  text: string;
  goals: number[];
}

/** Default location of the shared data, resolved from this file (…/main/lib/sdg/train → …/shared). */
export const DEFAULT_SHARED_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared');

/** Official goal titles, short names, targets and indicators in en/fr/es/de (open-sdg-translations, via lib/sdg/data). */
export function officialDocs(): Doc[] {
  const docs: Doc[] = [];
  const texts: Record<string, { targets: Record<string, string>; indicators: Record<string, string> }> = {
    en: textsEn, fr: textsFr, es: textsEs, de: textsDe,
  };
  const goals = goalsJson as Array<{ n: number; short: Record<string, string>; title: Record<string, string> }>;
  for (const lang of ['en', 'fr', 'es', 'de']) {
    for (const g of goals) {
      docs.push({ id: `goal-${g.n}-${lang}`, group: 'official', lang, text: `${g.short[lang]}. ${g.title[lang]}`, goals: [g.n] });
    }
    const t = texts[lang]!;
    for (const kind of ['targets', 'indicators'] as const) {
      for (const code of Object.keys(t[kind]).sort(compareCodes)) {
        const goal = Number(code.split('.')[0]);
        docs.push({ id: `${kind}-${code}-${lang}`, group: 'official', lang, text: t[kind][code]!, goals: [goal] });
      }
    }
  }
  return docs;
}

function compareCodes(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '';
    const y = pb[i] ?? '';
    if (x === y) continue;
    const nx = Number(x);
    const ny = Number(y);
    if (!Number.isNaN(nx) && !Number.isNaN(ny)) return nx - ny;
    return x < y ? -1 : 1;
  }
  return 0;
}

// Sections of the indicator metadata that describe the subject; method/statistics sections
// (imputation, aggregation, sources, quality) are generic statistical prose shared by all goals.
const METADATA_SECTIONS = new Set(['STAT_CONC_DEF', 'RATIONALE', 'REC_USE_LIM', 'DATA_COMP', 'COVERAGE', 'COLL_METHOD']);

/** Subject prose from the UN indicator metadata (worldbank/sdg-metadata), en/fr. */
export function metadataDocs(sharedDir: string): Doc[] {
  const file = path.join(sharedDir, 'data/sdg/indicator-metadata/metadata.jsonl');
  const docs: Doc[] = [];
  let i = 0;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as { indicator: string; goal: number; section: string; lang: string; text: string };
    i++;
    if (!METADATA_SECTIONS.has(d.section)) continue;
    // The Spanish translations cover three goals only: every Spanish word would look like evidence
    // for goals 1, 5 and 9. (French covers 13 goals, enough for the contrast to teach subjects.)
    if (d.lang === 'es') continue;
    // Explicit codes and "Goal n" prefixes would teach numbers, not subjects.
    const text = d.text.replace(/\b\d+(\.[\da-z]+)+\b/gi, ' ');
    if (text.length < 60) continue;
    docs.push({ id: `meta-${i}`, group: 'metadata', lang: d.lang, text, goals: [d.goal] });
  }
  return docs;
}

/**
 * Aurora v5 Boolean queries (CC BY 4.0): the goal description prose, and one short document per
 * query line holding its quoted phrases. Phrases are joined with full stops so that bigrams form
 * only inside a phrase ("open defecation"), never across OR alternatives.
 */
export function auroraQueryDocs(sharedDir: string): Doc[] {
  const docs: Doc[] = [];
  for (let g = 1; g <= 17; g++) {
    const xml = fs.readFileSync(path.join(sharedDir, `data/sdg/aurora-queries-v5/query_SDG${g}.xml`), 'utf8');
    const desc = /<dc:description>([\s\S]*?)<\/dc:description>/.exec(xml);
    if (desc) docs.push({ id: `aurora-desc-${g}`, group: 'aurora-queries', lang: 'en', text: clean(desc[1]!), goals: [g] });
    const lines = [...xml.matchAll(/<aqd:query-line[^>]*>([\s\S]*?)<\/aqd:query-line>/g)];
    lines.forEach((m, i) => {
      const phrases = [...m[1]!.matchAll(/"([^"]+)"/g)].map((p) => p[1]!.replace(/\*/g, '').trim()).filter((p) => p && !/^[A-Z-]+$/.test(p));
      if (phrases.length) docs.push({ id: `aurora-q-${g}-${i}`, group: 'aurora-queries', lang: 'en', text: phrases.join('. '), goals: [g] });
    });
  }
  return docs;
}

function clean(s: string): string {
  return s.replace(/&[a-z]+;/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Tab-separated values with RFC 4180 quoting (fields may hold tabs, quotes and line breaks). */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i++; } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === '\t') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); field = '';
      rows.push(row); row = [];
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

function readTsv(file: string): Array<Record<string, string>> {
  const [head, ...rows] = parseTsv(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  return rows.map((r) => Object.fromEntries(head!.map((h, i) => [h.trim(), r[i] ?? ''])));
}

function sdgLabels(s: string): number[] {
  return [...new Set([...s.matchAll(/SDG\s*0?(\d{1,2})/gi)].map((m) => Number(m[1])))]
    .filter((g) => g >= 1 && g <= 17)
    .sort((a, b) => a - b);
}

/** Labelled research abstracts: oro gold (multi-label), Aurora survey and ZORA (one goal each). */
export function labelledDocs(sharedDir: string, group: 'oro' | 'aurora-survey' | 'zora'): Doc[] {
  const dir = path.join(sharedDir, 'data/labelled');
  const docs: Doc[] = [];
  if (group === 'zora') {
    readTsv(path.join(dir, 'zora_original.tsv')).forEach((r, i) => {
      const abstract = (r['Abstract'] ?? '').trim();
      const goals = sdgLabels((r['SDG'] ?? '').replace(/\u00a0/g, ' '));
      if (abstract.length < 100 || !goals.length) return;
      const title = (r['Citation'] ?? '').split(/\.\s/)[0] ?? '';
      docs.push({ id: `zora-${i}`, group, lang: 'en', text: `${title}. ${abstract}`, goals });
    });
    return docs;
  }
  const file = group === 'oro' ? 'oro_gold_dataset.tsv' : 'aurora_survey_final.tsv';
  readTsv(path.join(dir, file)).forEach((r, i) => {
    const abstract = (r['abstract'] ?? '').trim();
    const goals = sdgLabels(r['labels'] ?? '');
    if (abstract.length < 100 || !goals.length) return;
    docs.push({ id: `${group}-${i}`, group, lang: 'en', text: `${(r['title'] ?? '').trim()}. ${abstract}`, goals });
  });
  return docs;
}

/** Report paragraphs without goal labels (corporate sustainability reports), for specificity checks. */
export function reportExcerpts(sharedDir: string): Array<{ text: string; explicit: boolean }> {
  const file = path.join(sharedDir, 'data/labelled/report-excerpts.jsonl');
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
    const d = JSON.parse(l) as { text: string; explicit_sdg_reference: boolean };
    return { text: d.text, explicit: d.explicit_sdg_reference };
  });
}

/** Climate-target sentences (ClimateBERT net-zero/reduction): those with a target are about climate action. */
export function climateTargetSentences(sharedDir: string): Array<{ text: string; target: boolean }> {
  const out: Array<{ text: string; target: boolean }> = [];
  for (const split of ['train', 'dev', 'test']) {
    const file = path.join(sharedDir, `data/labelled/netzero_reduction/${split}.jsonl`);
    for (const l of fs.readFileSync(file, 'utf8').split('\n')) {
      if (!l.trim()) continue;
      const d = JSON.parse(l) as { text: string; target?: string; label?: string | number };
      const label = String(d.target ?? d.label ?? '');
      out.push({ text: d.text, target: label !== 'none' && label !== '0' && label !== '' });
    }
  }
  return out;
}

/** Normalised prefix of a text, to drop a training document that duplicates a held-out one. */
export function dedupKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}]+/gu, '').slice(0, 160);
}

/** Paragraphs kept per page, so that no single long page dominates the background. */
const BACKGROUND_PER_PAGE = 8;

/**
 * Background prose labelled "no goal": paragraphs (≥ 40 words) of the real article pages in
 * ../shared/data/pages/real (news, blogs, docs). Most are about no SDG; the few that are act as
 * mild label noise. They teach that everyday words ("team", "customer", "day", "million") are
 * evidence for nothing. Only the derived weights ship, never the page text.
 */
export function backgroundDocs(sharedDir: string): Doc[] {
  const docs: Doc[] = [];
  for (const sub of ['readability', 'scrapinghub-aeb']) {
    const dir = path.join(sharedDir, 'data/pages/real', sub);
    if (!fs.existsSync(dir)) continue;
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
      const paras = htmlParagraphs(fs.readFileSync(path.join(dir, file), 'utf8'))
        .filter((p) => (p.match(/[\p{L}]+/gu)?.length ?? 0) >= 40)
        .slice(0, BACKGROUND_PER_PAGE);
      paras.forEach((text, i) => docs.push({ id: `bg-${sub}-${file}-${i}`, group: 'background', lang: 'und', text, goals: [] }));
    }
  }
  return docs;
}

function htmlParagraphs(html: string): string[] {
  const body = html
    .replace(/<(script|style|noscript|svg|head)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<\/(p|div|h[1-6]|li|td|th|section|article|blockquote|pre)>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;|&rsquo;|&lsquo;/g, "'")
    .replace(/&[a-z#0-9]+;/gi, ' ');
  return body.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
}
