/**
 * Markdown audit memo: a readable account of what a saved report says about the SDGs, what the
 * washing-risk checks flagged and what the reader concluded. Page text is untrusted: every piece of
 * it is escaped so it cannot inject headings, links, HTML or table cells into the memo.
 */
import type { SavedReport } from '../schema/saved-report';
import { findingOf } from '../anchor/annotations';
import { GOALS } from '../sdg/index';
import { sortAnnotations } from './json';
import { pageCitation } from '../pdf/pages';

const QUOTE_MAX = 400;

/** Escapes Markdown and HTML syntax in inline text and folds line breaks into spaces. */
export function mdText(s: string): string {
  return s
    .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
    .replace(/[\\`*_{}[\]()<>#+\-.!|~=^]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`));
}

function clip(s: string): string {
  return s.length > QUOTE_MAX ? `${s.slice(0, QUOTE_MAX)}…` : s;
}

const VERDICT_LABEL = { agree: 'agree', disagree: 'disagree', unsure: 'unsure' } as const;

/** The memo of one report. */
export function reportToMarkdown(r: SavedReport): string {
  const out: string[] = [];
  const a = r.analysis;
  out.push(`# ${mdText(r.title || r.url)}`, '');
  out.push(`- URL: <${r.url.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}>`);
  out.push(`- Organisation: ${mdText(r.organisation || '(unknown)')}`);
  out.push(`- Saved: ${r.savedAt}`);
  out.push(`- Language: ${r.lang}; ${r.text.length} characters analysed`);
  out.push(`- Washing risk: **${a.risk.level}** (${a.risk.score}/100). ${mdText(a.risk.summary)}`, '');
  const goals = a.goals.filter((g) => g.explicit || g.thematic);
  out.push('## Goals', '');
  if (!goals.length) out.push('No goal is named or discussed.', '');
  else {
    out.push('| Goal | Named | Discussed | Relevance |', '| --- | ---: | ---: | ---: |');
    for (const g of goals) out.push(`| SDG ${g.goal}: ${mdText(GOALS[g.goal - 1]?.short.en ?? '')} | ${g.explicit} | ${g.thematic} | ${g.score.toFixed(2)} |`);
    out.push('');
  }
  const sorted = sortAnnotations(r.annotations);
  const section = (title: string, kind: 'flag' | 'explicit' | 'thematic') => {
    const list = sorted.filter((x) => x.kind === kind);
    out.push(`## ${title} (${list.length})`, '');
    if (!list.length) out.push('None.', '');
    for (const x of list) {
      const f = findingOf(a, x);
      if (!f) continue;
      const head =
        f.kind === 'flag'
          ? `**${f.criterion}** (${f.strength}): ${mdText(f.explanation)}`
          : f.kind === 'explicit'
            ? `**${f.goals.length ? f.goals.map((n) => `SDG ${n}`).join(', ') : 'SDGs'}**${f.target ? ` target ${mdText(f.target)}` : ''}${f.indicator ? ` indicator ${mdText(f.indicator)}` : ''} (${f.form})`
            : `**SDG ${f.goal}** relevance ${f.score.toFixed(2)}`;
      out.push(`- ${head}${pageCitation(r.pages, x.position.start)}`);
      out.push(`  > ${mdText(clip(x.quote.exact))}`);
      if (x.verdict) out.push(`  - Reader's verdict: **${VERDICT_LABEL[x.verdict]}**`);
      if (x.note) out.push(`  - Reader's note: ${mdText(x.note)}`);
      if (x.anchor.status === 'orphan') out.push('  - Not found on the page at the last visit (orphan).');
    }
    out.push('');
  };
  section('Washing-risk flags', 'flag');
  section('Explicit references', 'explicit');
  section('Thematic findings', 'thematic');
  return out.join('\n');
}

/** The memo of several reports, one after another. */
export function reportsToMarkdown(reports: readonly SavedReport[]): string {
  return reports.map(reportToMarkdown).join('\n---\n\n');
}
