/**
 * Converts the official SDG wording in ../shared/data/sdg (open-sdg/sdg-translations, MIT; colours
 * from the UN SDG logo guidelines) into the compact JSON modules the extension and CLI ship.
 * Run with `npm run data:sdg`; output is deterministic (sorted keys, no timestamps).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const shared = path.resolve(here, '../../../../shared/data/sdg');
const out = path.resolve(here, '../data');
const LANGS = ['en', 'fr', 'es', 'de'] as const;

// YAML double-quoted escapes; \xHH here are Windows-1252 quotes in the German source.
const CP1252: Record<number, string> = { 0x84: '\u201e', 0x93: '\u201c', 0x94: '\u201d', 0x91: '\u2018', 0x92: '\u2019', 0x96: '\u2013' };
function unescapeDoubleQuoted(s: string): string {
  return s.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)/g, (_, e: string) => {
    if (e[0] === 'x') { const c = parseInt(e.slice(1), 16); return CP1252[c] ?? String.fromCharCode(c); }
    if (e[0] === 'u' && e.length === 5) return String.fromCharCode(parseInt(e.slice(1), 16));
    return ({ n: '\n', t: '\t', '"': '"', '\\': '\\', '/': '/', ' ': ' ' } as Record<string, string>)[e] ?? e;
  });
}

/** Minimal reader for the flat `key: value` YAML these files use (plain or quoted, folded lines). */
export function parseFlatYaml(src: string): Record<string, string> {
  const result: Record<string, string> = {};
  let key: string | null = null;
  let parts: string[] = [];
  const flush = () => {
    if (key === null) return;
    let value = parts.reduce((acc, p) => (acc.endsWith('\\') ? acc.slice(0, -1) + p : acc ? `${acc} ${p}` : p), '').trim();
    if (value.startsWith("'") && value.endsWith("'")) value = value.slice(1, -1).replace(/''/g, "'");
    else if (value.startsWith('"') && value.endsWith('"')) value = unescapeDoubleQuoted(value.slice(1, -1));
    // NFC: the French and Spanish sources are partly decomposed (NFD); page text is almost always NFC.
    result[key] = value.normalize('NFC').replace(/\s+/g, ' ').replace(/\u2010/g, '-').trim();
  };
  for (const line of src.split(/\r?\n/)) {
    const m = /^([^\s:][^:]*):\s?(.*)$/.exec(line);
    if (m && !line.startsWith(' ')) {
      flush();
      key = m[1]!;
      parts = [m[2]!];
    } else if (line.trim()) parts.push(line.trim());
  }
  flush();
  return result;
}

function read(lang: string, kind: 'goals' | 'targets' | 'indicators') {
  return parseFlatYaml(fs.readFileSync(path.join(shared, 'open-sdg-translations', lang, `global_${kind}.yml`), 'utf8'));
}

const codeOf = (key: string) => key.replace(/-(title|short)$/, '').replace(/-/g, '.');
const sortCodes = (a: string, b: string) => {
  const pa = a.split('.'), pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '', y = pb[i] ?? '';
    const nx = Number(x), ny = Number(y);
    if (x !== y) {
      if (!Number.isNaN(nx) && !Number.isNaN(ny)) return nx - ny;
      if (!Number.isNaN(nx)) return -1;
      if (!Number.isNaN(ny)) return 1;
      return x < y ? -1 : 1;
    }
  }
  return 0;
};

function main() {
  const colours = JSON.parse(fs.readFileSync(path.join(shared, 'sdg-colours.json'), 'utf8')) as Record<string, string>;
  const goals = Array.from({ length: 17 }, (_, i) => {
    const n = i + 1;
    const title: Record<string, string> = {};
    const short: Record<string, string> = {};
    for (const lang of LANGS) {
      const g = read(lang, 'goals');
      title[lang] = g[`${n}-title`]!;
      short[lang] = g[`${n}-short`]!;
    }
    return { n, colour: colours[String(n)]!, short, title };
  });
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'goals.json'), JSON.stringify(goals, null, 1) + '\n');

  const codes = { targets: [] as string[], indicators: [] as string[] };
  for (const lang of LANGS) {
    const targets = read(lang, 'targets');
    const indicators = read(lang, 'indicators');
    const t = Object.fromEntries(Object.keys(targets).map((k) => [codeOf(k), targets[k]!]).sort((a, b) => sortCodes(a[0]!, b[0]!)));
    const ind = Object.fromEntries(Object.keys(indicators).map((k) => [codeOf(k), indicators[k]!]).sort((a, b) => sortCodes(a[0]!, b[0]!)));
    if (lang === 'en') {
      codes.targets = Object.keys(t);
      codes.indicators = Object.keys(ind);
    }
    fs.writeFileSync(path.join(out, `texts.${lang}.json`), JSON.stringify({ targets: t, indicators: ind }) + '\n');
  }
  fs.writeFileSync(path.join(out, 'codes.json'), JSON.stringify(codes) + '\n');
  console.log(`goals 17, targets ${codes.targets.length}, indicators ${codes.indicators.length} → ${path.relative(process.cwd(), out)}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main();
