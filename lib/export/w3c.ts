/**
 * W3C Web Annotation export: an `AnnotationCollection` (JSON-LD, `http://www.w3.org/ns/anno.jsonld`)
 * whose annotations target the page URL with a TextQuoteSelector and a TextPositionSelector, so
 * other annotation tools (Hypothesis, Recogito, …) can read and re-anchor them.
 *
 * Bodies: goals as `SpecificResource`s pointing at the UN SDG knowledge organisation system
 * (`http://metadata.un.org/sdg/<goal or target>`) with purpose `classifying`; a `tagging` body per
 * goal / criterion; a `describing` body with the reason in plain words. Saved reports add the
 * reader's note (`commenting`) and verdict (`assessing`).
 * @see https://www.w3.org/TR/annotation-model/
 */
import type { Analysis, Finding } from '../schema/analysis';
import type { SavedAnnotation, SavedReport } from '../schema/saved-report';
import { annotationsFromAnalysis, findingOf } from '../anchor/annotations';
import { fnv1a } from '../anchor/selectors';
import { GOALS } from '../sdg/index';
import { sortAnnotations } from './json';

/** A W3C body (TextualBody or SpecificResource). */
export type W3CBody =
  | { type: 'TextualBody'; purpose: string; value: string; format?: 'text/plain'; language?: string }
  | { type: 'SpecificResource'; purpose: string; source: string };

/** One W3C annotation as exported. */
export interface W3CAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'classifying' | 'assessing';
  created?: string;
  modified?: string;
  body: W3CBody[];
  target: {
    source: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
}

/** The collection, with its single page of items. */
export interface W3CAnnotationCollection {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { type: 'AnnotationPage'; startIndex: 0; items: W3CAnnotation[] };
}

const SDG_KOS = 'http://metadata.un.org/sdg/';

function goalLabel(n: number): string {
  const g = GOALS[n - 1];
  return g ? `SDG ${n}: ${g.short.en}` : `SDG ${n}`;
}

/** A phrase without its final full stop, so sentences joined here end with exactly one. */
const stripStop = (s: string) => s.trim().replace(/\.+$/, '');

/** The bodies that say what a finding is. */
function findingBodies(f: Finding): W3CBody[] {
  const tag = (value: string): W3CBody => ({ type: 'TextualBody', purpose: 'tagging', value });
  const describe = (value: string): W3CBody => ({ type: 'TextualBody', purpose: 'describing', value, format: 'text/plain', language: 'en' });
  const goalBodies = (goals: number[]): W3CBody[] =>
    goals.flatMap((n) => [{ type: 'SpecificResource', purpose: 'classifying', source: `${SDG_KOS}${n}` } as W3CBody, tag(goalLabel(n))]);
  switch (f.kind) {
    case 'explicit': {
      const bodies = goalBodies(f.goals);
      if (f.target) bodies.push({ type: 'SpecificResource', purpose: 'classifying', source: `${SDG_KOS}${f.target}` }, tag(`Target ${f.target}`));
      if (f.indicator) bodies.push(tag(`Indicator ${f.indicator}`));
      if (!f.goals.length) bodies.push(tag('SDGs (general)'));
      bodies.push(describe(`Explicit reference (${f.form}): "${f.text}"`));
      return bodies;
    }
    case 'thematic':
      return [
        ...goalBodies([f.goal]),
        describe(
          `Discusses ${goalLabel(f.goal)} without necessarily naming it (relevance ${f.score.toFixed(2)}` +
            (f.terms.length ? `; terms: ${f.terms.slice(0, 8).map((t) => t.term).join(', ')})` : ')'),
        ),
      ];
    case 'flag':
      return [
        tag(`washing-risk:${f.criterion}`),
        tag(`strength:${f.strength}`),
        describe(`${f.explanation} Looked for: ${stripStop(f.missing)}. Source: ${stripStop(f.source)}.`),
      ];
  }
}

function toW3C(base: string, source: string, f: Finding, a: SavedAnnotation, saved?: { savedAt: string }): W3CAnnotation {
  const body = findingBodies(f);
  if (saved && a.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/plain' });
  if (saved && a.verdict) body.push({ type: 'TextualBody', purpose: 'assessing', value: a.verdict });
  return {
    id: `${base}:${a.id}`,
    type: 'Annotation',
    motivation: f.kind === 'flag' ? 'assessing' : 'classifying',
    ...(saved ? { created: saved.savedAt } : {}),
    ...(saved && a.updatedAt ? { modified: a.updatedAt } : {}),
    body,
    target: {
      source,
      selector: [
        { type: 'TextQuoteSelector', exact: a.quote.exact, prefix: a.quote.prefix, suffix: a.quote.suffix },
        { type: 'TextPositionSelector', start: a.position.start, end: a.position.end },
      ],
    },
  };
}

function collection(id: string, label: string, items: W3CAnnotation[]): W3CAnnotationCollection {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

/**
 * The W3C AnnotationCollection for a freshly analysed document (the CLI's `scan --format w3c`).
 * Ids are derived from the URL and the findings, so the same input gives the same output.
 */
export function analysisToW3C(doc: { url: string; title: string; text: string }, analysis: Analysis): W3CAnnotationCollection {
  const base = `urn:sdg-lens:doc:${fnv1a(doc.url)}`;
  const items = sortAnnotations(annotationsFromAnalysis(doc.text, analysis)).flatMap((a) => {
    const f = findingOf(analysis, a);
    return f ? [toW3C(base, doc.url, f, a)] : [];
  });
  return collection(base, doc.title || doc.url, items);
}

function reportItems(r: SavedReport): W3CAnnotation[] {
  const base = `urn:sdg-lens:report:${r.id}`;
  return sortAnnotations(r.annotations).flatMap((a) => {
    const f = findingOf(r.analysis, a);
    return f ? [toW3C(base, r.url, f, a, r)] : [];
  });
}

/** The W3C AnnotationCollection of a saved report, with the reader's notes and verdicts. */
export function reportToW3C(r: SavedReport): W3CAnnotationCollection {
  return collection(`urn:sdg-lens:report:${r.id}`, r.title || r.url, reportItems(r));
}

/** One AnnotationCollection holding the annotations of several saved reports (each targets its own URL). */
export function libraryToW3C(reports: readonly SavedReport[], label = 'SDG Lens library'): W3CAnnotationCollection {
  const sorted = [...reports].sort((a, b) => (a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : a.id < b.id ? -1 : 1));
  return collection(`urn:sdg-lens:library:${fnv1a(sorted.map((r) => r.id).join(' '))}`, label, sorted.flatMap(reportItems));
}
