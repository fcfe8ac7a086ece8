/**
 * `sdg-lens scan <file|folder|url>… [--format json|csv|md|w3c] [--lang en|fr|es|de]`: one report
 * per document (HTML, plain text, Markdown, PDF via lib/pdf), made by the same `analyze` core as
 * the extension.
 * HTML is read with linkedom and the extension's TextIndex (visible text only; what the page's
 * inline styles and `<style>` sheets hide is skipped, and what they lay out as blocks separates
 * blocks, see lib/dom/static-style.ts), so offsets match what the content script sees for the same DOM.
 * Every input is read and checked before anything is written: bad input never gives partial output.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { analyze } from '../../analyze';
import { buildTextIndex, staticIsHidden, type IndexNode } from '../../dom/text-index';
import { staticStyle } from '../../dom/static-style';
import { blockLanguages, declaredLang, foreignRuns, withForeignRuns, type BlockLang } from '../../dom/lang-runs';
import { analysisToW3C } from '../../export/w3c';
import { csvField } from '../../export/csv';
import { mdText } from '../../export/markdown';
import { LangSchema, type Analysis } from '../../schema/analysis';
import { GOALS, type Lang } from '../../sdg/index';
import { splitBlocks, type Span } from '../../text/blocks';
import { InputError, UsageError, nodeIo, runGuarded, type CliIo } from '../io';
import { isPdfPath, loadPdfFile, pdfScanDocument } from '../../pdf/scan';
import { pageCitation, type PageSpans } from '../../pdf/pages';

/** One line of help. */
export const SCAN_USAGE =
  'usage: sdg-lens scan <file|folder|url>… [--format json|csv|md|w3c] [--lang en|fr|es|de]\n' +
  '  HTML (.html .htm .xhtml), text (.txt), Markdown (.md) and PDF (.pdf) files; folders are read recursively;\n' +
  '  http(s) URLs are fetched. json: an array of {source, title, analysis}; csv: one row per finding;\n' +
  '  md: a readable report; w3c: a W3C Web Annotation collection (an array when several documents).';

const FORMATS = ['json', 'csv', 'md', 'w3c'] as const;
type Format = (typeof FORMATS)[number];
type Kind = 'html' | 'text' | 'markdown';

const EXTENSIONS: Record<string, Kind> = {
  '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.txt': 'text', '.text': 'text', '.md': 'markdown', '.markdown': 'markdown',
};

/** A document ready for analysis. */
export interface ScanDocument {
  /** The file's file:// URL or the fetched URL. */
  source: string;
  title: string;
  text: string;
  blocks: Span[];
  /** PDFs: each page's span in `text` (lib/pdf), so reports cite pages. */
  pages?: PageSpans;
  /** HTML: the language `<html lang>` declares (the core's hint, as in the extension). */
  lang?: Lang;
  /** HTML: blocks inside elements with a `lang` attribute, for the foreign-language explicit pass. */
  blockLangs?: BlockLang[];
}

/** What `scan` reports per document. */
export interface ScanReport {
  source: string;
  title: string;
  analysis: Analysis;
  /** PDFs only: each page's span in the analysed text. */
  pages?: PageSpans;
}

interface ScanArgs {
  inputs: string[];
  format: Format;
  lang?: Lang;
}

function parseArgs(argv: readonly string[]): ScanArgs | 'help' {
  const inputs: string[] = [];
  let format: Format = 'json';
  let lang: Lang | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-h' || a === '--help') return 'help';
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (flag === '--format' || flag === '-f' || flag === '--lang') {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      if (flag === '--lang') {
        const parsed = LangSchema.safeParse(v);
        if (!parsed.success) throw new UsageError(`unknown language "${v}" (en, fr, es, de)`);
        lang = parsed.data;
      } else {
        if (!(FORMATS as readonly string[]).includes(v)) throw new UsageError(`unknown format "${v}" (json, csv, md, w3c)`);
        format = v as Format;
      }
    } else if (a.startsWith('-') && a !== '-') {
      throw new UsageError(`unknown option ${a}`);
    } else {
      inputs.push(a);
    }
  }
  if (inputs.length === 0) throw new UsageError('no file, folder or URL given');
  return { inputs, format, ...(lang ? { lang } : {}) };
}

/** Runs `scan` with its arguments (after the word "scan"); resolves to the exit code. */
export async function runScan(argv: readonly string[], io: CliIo = nodeIo): Promise<number> {
  return runGuarded('scan', SCAN_USAGE, io, async () => {
    const args = parseArgs(argv);
    if (args === 'help') {
      io.stdout(`${SCAN_USAGE}\n`);
      return 0;
    }
    const docs: ScanDocument[] = [];
    for (const input of args.inputs) docs.push(...(await loadInput(input)));
    const reports = docs.map((d) => ({
      source: d.source,
      title: d.title,
      analysis: analyzeDocument(d, args.lang),
      ...(d.pages ? { pages: d.pages } : {}),
    }));
    io.stdout(formatReports(args.format, reports, docs));
    return 0;
  });
}

/**
 * The analysis of a document, as the extension makes it for the same page: `--lang`, else the
 * declared language, as the hint; then sections declared in another language get their own
 * explicit pass (lib/dom/lang-runs).
 */
export function analyzeDocument(d: ScanDocument, lang?: Lang): Analysis {
  const hint = lang ?? d.lang;
  const analysis = analyze(d.text, { blocks: d.blocks, ...(hint ? { lang: hint } : {}) });
  return withForeignRuns(analysis, d.text, foreignRuns(d.blockLangs ?? [], analysis.lang));
}

/** Expands one argument into documents: a URL, a file, or every supported file in a folder. */
export async function loadInput(input: string): Promise<ScanDocument[]> {
  if (/^https?:\/\//i.test(input)) return [await loadUrl(input)];
  let stat: fs.Stats;
  try {
    stat = fs.statSync(input);
  } catch {
    throw new InputError(`${input}: no such file or folder`);
  }
  if (stat.isDirectory()) {
    const files = walk(input);
    if (files.length === 0) throw new InputError(`${input}: no .html, .txt, .md or .pdf files in this folder`);
    const docs: ScanDocument[] = [];
    for (const f of files) docs.push(isPdfPath(f) ? await loadPdfFile(f) : loadFile(f));
    return docs;
  }
  if (isPdfPath(input)) return [await loadPdfFile(input)];
  return [loadFile(input)];
}

function walk(dir: string): string[] {
  const out: string[] = [];
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else if (e.isFile() && (EXTENSIONS[path.extname(e.name).toLowerCase()] || isPdfPath(e.name))) out.push(p);
  }
  return out;
}

function loadFile(file: string): ScanDocument {
  const ext = path.extname(file).toLowerCase();
  const kind = EXTENSIONS[ext];
  if (!kind) {
    throw new InputError(`${file}: unsupported file type "${ext || '(none)'}" (HTML, text, Markdown and PDF are supported)`);
  }
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new InputError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return makeDocument(kind, raw.replace(/^\uFEFF/, ''), pathToFileURL(path.resolve(file)).href, path.basename(file));
}

async function loadUrl(url: string): Promise<ScanDocument> {
  let res: Response;
  try {
    res = await fetch(url, { redirect: 'follow', headers: { accept: 'text/html,text/plain,text/markdown;q=0.9,*/*;q=0.1' } });
  } catch (e) {
    throw new InputError(`${url}: fetch failed (${(e as Error & { cause?: { code?: string } }).cause?.code ?? (e as Error).message})`);
  }
  if (!res.ok) throw new InputError(`${url}: HTTP ${res.status}`);
  const type = (res.headers.get('content-type') ?? '').toLowerCase();
  if (type.includes('pdf')) return pdfScanDocument(new Uint8Array(await res.arrayBuffer()), res.url || url, new URL(url).pathname.split('/').filter(Boolean).pop() ?? url, url);
  const kind: Kind = type.includes('markdown') ? 'markdown' : type.startsWith('text/plain') ? 'text' : 'html';
  const name = new URL(url).pathname.split('/').filter(Boolean).pop() ?? new URL(url).host;
  return makeDocument(kind, await res.text(), res.url || url, name);
}

/** Text and blocks of a document: the TextIndex for HTML, the raw text for text and Markdown. */
export function makeDocument(kind: Kind, raw: string, source: string, fallbackTitle: string): ScanDocument {
  if (kind === 'html') {
    const { document } = parseHTML(raw);
    // The page's own <style> sheets decide what is hidden and what is a block, as in the browser.
    const style = staticStyle(document);
    const index = buildTextIndex(document as unknown as IndexNode, {
      isHidden: (el) => staticIsHidden(el) || style.isHidden(el),
      isBlock: style.isBlock,
    });
    const title = (document.title ?? '').trim() || fallbackTitle;
    const lang = declaredLang(document.documentElement?.getAttribute('lang'));
    const blockLangs = document.body?.querySelector('[lang]') ? blockLanguages(index) : [];
    return { source, title, text: index.text, blocks: index.blocks, ...(lang ? { lang } : {}), ...(blockLangs.length ? { blockLangs } : {}) };
  }
  const title = kind === 'markdown' ? (/^#{1,6}\s+(.+?)\s*#*\s*$/m.exec(raw)?.[1] ?? fallbackTitle) : fallbackTitle;
  return { source, title, text: raw, blocks: splitBlocks(raw) };
}

/** The output text for a format. */
export function formatReports(format: Format, reports: ScanReport[], docs: ScanDocument[]): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(reports, null, 2)}\n`;
    case 'csv':
      return toCsv(reports);
    case 'md':
      return toMarkdown(reports);
    case 'w3c': {
      const collections = reports.map((r, i) => analysisToW3C({ url: r.source, title: r.title, text: docs[i]!.text }, r.analysis));
      return `${JSON.stringify(collections.length === 1 ? collections[0] : collections, null, 2)}\n`;
    }
  }
}

const CSV_HEADER = ['source', 'title', 'lang', 'kind', 'goals', 'form', 'target', 'indicator', 'criterion', 'score', 'start', 'end', 'text'];

/** One row per explicit reference, thematic finding and flag; RFC 4180 with CRLF line ends. */
function toCsv(reports: ScanReport[]): string {
  const rows: (string | number | undefined)[][] = [CSV_HEADER];
  for (const { source, title, analysis: a } of reports) {
    const base = [source, title, a.lang];
    for (const r of a.explicit) {
      rows.push([...base, 'explicit', r.goals.join(' '), r.form, r.target, r.indicator, undefined, undefined, r.start, r.end, r.text]);
    }
    for (const t of a.thematic) {
      rows.push([...base, 'thematic', String(t.goal), undefined, undefined, undefined, undefined, t.score, t.start, t.end, t.terms.map((x) => x.term).join(' ')]);
    }
    for (const f of a.flags) {
      rows.push([...base, 'flag', '', undefined, undefined, undefined, f.criterion, undefined, f.start, f.end, f.quote]);
    }
  }
  return rows.map((r) => r.map((v) => csvField(v)).join(',')).join('\r\n') + '\r\n';
}

function goalLabel(goals: number[]): string {
  return goals.length ? goals.map((g) => `SDG ${g}`).join(', ') : 'SDGs (general)';
}

/** A readable report per document. Page text is escaped so it cannot inject Markdown or HTML. */
function toMarkdown(reports: ScanReport[]): string {
  const out: string[] = ['# SDG Lens scan', ''];
  for (const { source, title, analysis: a, pages } of reports) {
    out.push(`## ${mdText(title)}`, '', `Source: ${mdText(source)} · language ${a.lang} · ${a.length} characters`, '');
    out.push(`Washing risk: **${a.risk.level}** (${a.risk.score}/100). ${mdText(a.risk.summary)}`, '');
    const goals = a.goals.filter((g) => g.explicit > 0 || g.thematic > 0);
    if (goals.length) {
      out.push('| Goal | Named | Discussed | Score |', '|---|---:|---:|---:|');
      for (const g of goals) out.push(`| ${g.goal} ${mdText(GOALS[g.goal - 1]!.short.en)} | ${g.explicit} | ${g.thematic} | ${g.score.toFixed(2)} |`);
      out.push('');
    } else {
      out.push('No goal is named or discussed.', '');
    }
    out.push(`### Explicit references (${a.explicit.length})`, '');
    for (const r of a.explicit) {
      const code = r.indicator ? ` indicator ${r.indicator}` : r.target ? ` target ${r.target}` : '';
      out.push(`- **${goalLabel(r.goals)}**${mdText(code)}: “${mdText(r.text)}” (${r.form}, ${r.start}–${r.end})${pageCitation(pages, r.start)}`);
    }
    if (a.flags.length) {
      out.push('', `### Flags (${a.flags.length})`, '');
      for (const f of a.flags) out.push(`- **${f.criterion}** “${mdText(f.quote.slice(0, 300))}” — ${mdText(f.explanation)}`);
    }
    out.push('');
  }
  return out.join('\n');
}
