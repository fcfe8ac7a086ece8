/**
 * Turns an analysis into saved annotations: one per finding or flag, with W3C selectors made from
 * the analysed text and the same stable ids the content script and side panel use (`findingId`).
 */
import type { Analysis, Finding } from '../schema/analysis';
import { findingId } from '../schema/messages';
import { MAX_TEXT_LENGTH, type AnnotationKind, type ReportSource, type SavedAnnotation, type SavedReport } from '../schema/saved-report';
import { selectorsFromOffsets } from './selectors';

/** The goals a finding is about (flags and general mentions have none). */
export function goalsOf(f: Finding): number[] {
  if (f.kind === 'explicit') return [...new Set(f.goals)].sort((a, b) => a - b);
  if (f.kind === 'thematic') return [f.goal];
  return [];
}

/** Annotations for every finding whose span lies inside `text`, in analysis order. */
export function annotationsFromAnalysis(text: string, analysis: Analysis): SavedAnnotation[] {
  const out: SavedAnnotation[] = [];
  const used = new Set<string>();
  const add = (kind: AnnotationKind, index: number, f: Finding) => {
    // A span the text cannot hold (a stale analysis) cannot be anchored: it is left out rather than saved broken.
    if (!(f.start >= 0 && f.end > f.start && f.end <= text.length)) return;
    let id = findingId(f);
    for (let n = 2; used.has(id); n++) id = `${findingId(f)}~${n}`;
    used.add(id);
    out.push({
      id,
      kind,
      index,
      goals: goalsOf(f),
      ...(f.kind === 'flag' ? { criterion: f.criterion } : {}),
      ...selectorsFromOffsets(text, f.start, f.end),
      note: '',
      verdict: null,
      updatedAt: null,
      anchor: { status: 'unchecked' },
    });
  };
  analysis.explicit.forEach((f, i) => add('explicit', i, f));
  analysis.thematic.forEach((f, i) => add('thematic', i, f));
  analysis.flags.forEach((f, i) => add('flag', i, f));
  return out;
}

/** The finding an annotation stands for. */
export function findingOf(analysis: Analysis, a: Pick<SavedAnnotation, 'kind' | 'index'>): Finding | undefined {
  if (a.kind === 'explicit') return analysis.explicit[a.index];
  if (a.kind === 'thematic') return analysis.thematic[a.index];
  return analysis.flags[a.index];
}

/** The URL a report is saved under: the page's URL without its fragment (same document). */
export function canonicalUrl(url: string): string {
  const i = url.indexOf('#');
  return i === -1 ? url : url.slice(0, i);
}

/** A new saved report from what the content script sent (id and time come from the caller). */
export function buildSavedReport(source: ReportSource, id: string, savedAt: string): SavedReport {
  if (source.text.length > MAX_TEXT_LENGTH) {
    throw new RangeError(`The page is too long to save (${source.text.length} characters; the limit is ${MAX_TEXT_LENGTH}).`);
  }
  return {
    id,
    url: canonicalUrl(source.url),
    title: source.title.slice(0, 2_000),
    organisation: source.organisation.slice(0, 500),
    savedAt,
    text: source.text,
    lang: source.lang,
    analysis: source.analysis,
    annotations: annotationsFromAnalysis(source.text, source.analysis),
    ...(source.pages ? { pages: source.pages } : {}),
  };
}
