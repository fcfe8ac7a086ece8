/**
 * Pure derivations from an `Analysis` for the page UI: which findings are shown at the current
 * sensitivity, the keyboard-navigation order, and the popup's summary.
 */
import type { Analysis, Criterion, Finding, Flag, ThematicFinding } from '../../lib/schema/analysis';
import { findingId, type FindingItem, type ScanStatus, type TabSummary } from '../../lib/schema/messages';
import { showsFlag, type Sensitivity } from '../../lib/settings/schema';
import { IntervalIndex } from '../../lib/dom/interval-index';
import { createSliceSorter } from '../../lib/dom/slicing';

/** Flags drawn in the page: sentence and paragraph scope at this sensitivity (document-level ones are listed in the popup only). */
export function visibleFlags(analysis: Analysis, sensitivity: Sensitivity): Flag[] {
  return analysis.flags.filter((f) => f.scope !== 'D' && showsFlag(sensitivity, f.strength));
}

/** A stop of keyboard navigation: one span and the findings its card shows. */
export interface NavStop {
  id: string;
  start: number;
  end: number;
  findings: Finding[];
}

/**
 * Navigation order: explicit references and visible flags one by one, thematic findings one stop
 * per block (all goals of the block on one card), sorted by position.
 */
export function navigationStops(analysis: Analysis, sensitivity: Sensitivity): NavStop[] {
  const b = navigationStopsBuilder(analysis, sensitivity);
  b.step(() => true);
  return b.result();
}

/** `navigationStops` in slices: `step(budget)` until it returns true, then `result()` (same stops). */
export function navigationStopsBuilder(analysis: Analysis, sensitivity: Sensitivity): { step(budget: () => boolean): boolean; result(): NavStop[] } {
  const stops: NavStop[] = [];
  let flags: Flag[] | undefined;
  let sentenceFlags: IntervalIndex<Flag> | undefined;
  let phase = 0;
  let i = 0;
  const byBlock = new Map<string, ThematicFinding[]>();
  let groups: ThematicFinding[][] = [];
  let sorter: ReturnType<typeof createSliceSorter<NavStop>> | undefined;
  let out: NavStop[] | undefined;
  return {
    step(budget) {
      if (phase === 0) {
        flags = visibleFlags(analysis, sensitivity);
        sentenceFlags = new IntervalIndex(flags.filter((g) => g.scope === 'S').map((g) => ({ start: g.start, end: g.end, value: g })));
        phase = 1;
        if (!budget()) return false;
      }
      if (phase === 1) {
        while (i < analysis.explicit.length) {
          const f = analysis.explicit[i++]!;
          // Flags that sit on the reference (S1 "contributes to SDG 13") share its card.
          const onIt = sentenceFlags!.at(f.start).filter((x) => x.end >= f.end).map((x) => x.value);
          stops.push({ id: findingId(f), start: f.start, end: f.end, findings: [f, ...onIt] });
          if ((i & 63) === 0 && !budget()) return false;
        }
        for (const f of flags!) stops.push({ id: findingId(f), start: f.start, end: f.end, findings: [f] });
        phase = 2;
        i = 0;
        if (!budget()) return false;
      }
      if (phase === 2) {
        while (i < analysis.thematic.length) {
          const f = analysis.thematic[i++]!;
          const key = `${f.start}-${f.end}`;
          byBlock.set(key, [...(byBlock.get(key) ?? []), f]);
          if ((i & 255) === 0 && !budget()) return false;
        }
        groups = [...byBlock.values()];
        phase = 3;
        i = 0;
        if (!budget()) return false;
      }
      if (phase === 3) {
        while (i < groups.length) {
          const group = groups[i++]!;
          const first = group[0]!;
          stops.push({ id: findingId(first), start: first.start, end: first.end, findings: group.sort((a, b) => b.score - a.score) });
          if ((i & 63) === 0 && !budget()) return false;
        }
        sorter = createSliceSorter(stops, (a, b) => a.start - b.start || b.end - a.end);
        phase = 4;
        if (!budget()) return false;
      }
      if (phase === 4) {
        if (!sorter!.step(budget)) return false;
        out = sorter!.result();
        phase = 5;
      }
      return true;
    },
    result() {
      if (!out) throw new Error('navigation stops not finished: call step() until it returns true');
      return out;
    },
  };
}

/** Every finding with its stable id, in text order (for the side panel). */
export function findingItems(analysis: Analysis, sensitivity: Sensitivity): FindingItem[] {
  const all: Finding[] = [...analysis.explicit, ...analysis.thematic, ...analysis.flags.filter((f) => showsFlag(sensitivity, f.strength))];
  return all.sort((a, b) => a.start - b.start || b.end - a.end).map((finding) => ({ id: findingId(finding), finding }));
}

/** Flag counts per criterion in codebook order, at this sensitivity. */
export function flagsByCriterion(flags: readonly Flag[]): TabSummary['flagsByCriterion'] {
  const rows = new Map<Criterion, { criterion: Criterion; count: number; strong: number }>();
  for (const f of flags) {
    const row = rows.get(f.criterion) ?? { criterion: f.criterion, count: 0, strong: 0 };
    row.count++;
    if (f.strength === 'strong') row.strong++;
    rows.set(f.criterion, row);
  }
  return [...rows.values()];
}

/** Inputs of the popup summary besides the analysis. */
export interface SummaryContext {
  url: string;
  title: string;
  status: ScanStatus;
  error?: string;
  sensitivity: Sensitivity;
  highlightsVisible: boolean;
  highlightSupport: boolean;
  scanMs?: number;
  timings?: TabSummary['timings'];
}

/** The tab summary the popup shows. */
export function summarize(analysis: Analysis | null, c: SummaryContext): TabSummary {
  const flags = analysis ? analysis.flags.filter((f) => showsFlag(c.sensitivity, f.strength)) : [];
  return {
    url: c.url,
    title: c.title,
    status: c.status,
    ...(c.error ? { error: c.error } : {}),
    ...(analysis ? { lang: analysis.lang, risk: analysis.risk } : {}),
    length: analysis?.length ?? 0,
    explicitTotal: analysis?.explicit.length ?? 0,
    thematicTotal: analysis?.thematic.length ?? 0,
    flagTotal: flags.length,
    goals: analysis?.goals ?? [],
    flagsByCriterion: flagsByCriterion(flags),
    highlightsVisible: c.highlightsVisible,
    highlightSupport: c.highlightSupport,
    ...(c.scanMs !== undefined ? { scanMs: c.scanMs } : {}),
    ...(c.timings ? { timings: c.timings } : {}),
  };
}
