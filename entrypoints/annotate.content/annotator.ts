/**
 * The page side of SDG Lens: index the visible text, run the core in slices, draw highlights,
 * answer messages, show the card on hover and on keyboard navigation, and re-scan when the page
 * changes. Every listener and timer belongs to WXT's `ctx`, so reloading the extension leaves
 * nothing behind.
 */
import { browser, type ContentScriptContext } from '#imports';
import type { Analysis, Finding } from '../../lib/schema/analysis';
import { findingId, parseMessage, type Message, type TabSummary } from '../../lib/schema/messages';
import { DEFAULT_SETTINGS, isEnabledFor, type Settings } from '../../lib/settings/schema';
import { loadSettings, watchSettings } from '../../lib/settings/storage';
import { setUiLanguage, t, uiLocale } from '../../lib/i18n';
import { Highlighter } from '../../lib/dom/highlighter';
import { HIGHLIGHT_NAMES } from '../../lib/dom/highlight-styles';
import { compareIntervals, IntervalIndex } from '../../lib/dom/interval-index';
import { offsetsAtPoint, RangeReuse, rangeContainsPoint } from '../../lib/dom/ranges';
import { createSliceSorter, recordSlice, recordStep, SliceCancelled, sliceBudget, yieldToPage, type SliceStats, type StepMaxima } from '../../lib/dom/slicing';
import type { TextIndex } from '../../lib/dom/text-index';
import { registerLibraryContent } from '../../lib/anchor/live';
import { goal, type GoalNumber } from '../../lib/sdg/index';
import { analyzePage, type ScanBase } from './core';
import { createOverlay, HOST_TAG } from './overlay';
import { findingItems, navigationStopsBuilder, summarize, visibleFlags, type NavStop } from './summary';

/** What the pointer can land on: a finding and the live range drawn for it. */
interface Hit {
  finding: Finding;
  range: Range;
}

/** Quiet time after the last page mutation before re-scanning (one re-scan per burst). */
const MUTATION_QUIET_MS = 200;
/** A page that never stops mutating is still re-scanned this often at most… */
const MUTATION_MAX_WAIT_MS = 1_000;
/**
 * …and never sooner after the last re-scan started than this many times its own work on the page
 * (index + decode + draw, busy time, not the background's analysis), so that re-scanning takes at
 * most about a sixth of the page's main thread however busy the page is…
 */
const RESCAN_COST_FACTOR = 5;
/** …nor sooner than this. */
const RESCAN_MIN_GAP_MS = 500;
const HOVER_HIDE_MS = 300;
/** Ranges into removed text are dropped at most this often (one pass per burst of mutations). */
const PRUNE_BATCH_MS = 50;
/** The requests this content script answers. */
const HANDLED = new Set<Message['type']>([
  'sdg:get-summary',
  'sdg:get-findings',
  'sdg:focus-finding',
  'sdg:set-highlights',
  'sdg:step',
  'sdg:scan',
  'sdg:settings-changed',
  'sdg:notice',
]);
/** Evidence terms underlined per thematic finding. */
const EVIDENCE_TERMS_DRAWN = 3;

export function startAnnotator(ctx: ContentScriptContext): void {
  const highlighter = new Highlighter(document);
  const overlay = createOverlay(ctx, () => closeCard());
  let settings: Settings = DEFAULT_SETTINGS;
  let status: TabSummary['status'] = 'idle';
  let error: string | undefined;
  let index: TextIndex | null = null;
  let analysis: Analysis | null = null;
  /** The last completed scan as the background knows it (what a re-scan is a difference from). */
  let base: ScanBase | null = null;
  let stops: NavStop[] = [];
  let stopRanges: (Range | null)[] = [];
  let hits = new IntervalIndex<Hit>([]);
  /** Every range the last completed draw made, for the next draw to reuse. */
  let drawnRanges: Range[] = [];
  let current = -1;
  let scanMs: number | undefined;
  let timings: TabSummary['timings'];
  /** Longest run of each step of the current scan (reported in `timings.steps`). */
  let steps: StepMaxima = {};
  let scanController: AbortController | null = null;
  let scanning: Promise<void> | null = null;
  const library = registerLibraryContent({ getPage: () => (index && analysis ? { index, analysis } : undefined), signal: ctx.signal });

  const summary = (): TabSummary =>
    summarize(analysis, {
      url: location.href,
      title: document.title,
      status,
      error,
      sensitivity: settings.sensitivity,
      highlightsVisible: highlighter.isVisible,
      highlightSupport: highlighter.supported,
      scanMs,
      timings,
    });

  const broadcast = () => {
    const t0 = performance.now();
    browser.runtime.sendMessage({ type: 'sdg:analysis-updated', summary: summary() }).catch(() => {
      // No receiver (extension reloading): nothing to tell.
    });
    recordStep(steps, 'broadcast', performance.now() - t0);
  };

  // ---- scanning -------------------------------------------------------------------------------

  function clearAll(): void {
    scanController?.abort();
    highlighter.retain(new Set());
    overlay.hide();
    index = null;
    analysis = null;
    base = null;
    stops = [];
    stopRanges = [];
    hits = new IntervalIndex([]);
    drawnRanges = [];
    current = -1;
  }

  /** Full scan (or re-scan): index, analyse, draw. Later calls cancel an unfinished one. */
  function scan(): Promise<void> {
    scanController?.abort();
    const controller = new AbortController();
    scanController = controller;
    steps = {};
    status = 'scanning';
    broadcast();
    const started = performance.now();
    const job = (async () => {
      try {
        // A re-scan sends the background only what changed since the last completed scan.
        const result = await analyzePage(document, controller.signal, base && analysis ? { ...base, merged: analysis } : undefined, steps);
        if (controller.signal.aborted) return;
        index = result.index;
        analysis = result.analysis;
        base = result.base;
        const drawing = await draw(controller.signal);
        scanMs = performance.now() - started;
        timings = {
          index: result.indexing.busy,
          analyze: result.analysing.busy,
          draw: drawing.busy,
          longestSlice: Math.max(result.indexing.longest, result.analysing.longest, drawing.longest),
          steps,
        };
        status = 'done';
        error = undefined;
      } catch (e) {
        if (e instanceof SliceCancelled || controller.signal.aborted) return;
        status = 'error';
        error = e instanceof Error ? e.message : String(e);
        console.warn('[sdg-lens] scan failed:', e);
      }
      broadcast();
      library.pageChanged();
    })();
    scanning = job;
    return job;
  }

  /** Ranges for every finding shown, built in slices, then handed to the highlighter at once. */
  async function draw(signal: AbortSignal): Promise<SliceStats> {
    const stats: SliceStats = { busy: 0, longest: 0 };
    if (!index || !analysis) return stats;
    const setup = performance.now();
    const idx = index;
    const an = analysis;
    const sensitivity = settings.sensitivity;
    /** Run `step` slice by slice until it returns true, yielding in between. */
    const runSteps = async (step: (budget: () => boolean) => boolean, name: string): Promise<void> => {
      for (;;) {
        if (signal.aborted) throw new SliceCancelled();
        const t0 = performance.now();
        const done = step(sliceBudget());
        recordSlice(stats, performance.now() - t0);
        recordStep(steps, name, performance.now() - t0);
        if (done) return;
        await yieldToPage();
      }
    };
    // Ranges go straight into unregistered Highlight objects, slice by slice; registering the
    // filled layers at the end is cheap (one big `new Highlight(...ranges)` was a long task).
    const layers = new Map<string, Highlight | null>();
    const add = (name: string, r: Range) => {
      let h = layers.get(name);
      if (h === undefined) {
        h = highlighter.create();
        layers.set(name, h);
      }
      h?.add(r);
    };
    const hitList: { start: number; end: number; value: Hit }[] = [];
    const work: (() => void)[] = [];
    // A re-scan keeps the Range objects of the text that did not change (see RangeReuse).
    const ranges = new RangeReuse(drawnRanges);

    for (const f of analysis.explicit) {
      work.push(() => {
        const r = ranges.range(idx, f.start, f.end);
        if (!r) return;
        hitList.push({ start: f.start, end: f.end, value: { finding: f, range: r } });
        // A reference to several goals is drawn in the first goal's colour; the card lists them all.
        const g = f.goals[0];
        add(g ? HIGHLIGHT_NAMES.goal(g) : HIGHLIGHT_NAMES.general, r);
      });
    }
    for (const f of visibleFlags(an, sensitivity)) {
      work.push(() => {
        const r = ranges.range(idx, f.start, f.end);
        if (!r) return;
        hitList.push({ start: f.start, end: f.end, value: { finding: f, range: r } });
        add(f.strength === 'strong' ? HIGHLIGHT_NAMES.flag : HIGHLIGHT_NAMES.flagWeak, r);
      });
    }
    for (const f of analysis.thematic) {
      work.push(() => {
        // Underline the strongest evidence terms where the classifier located them (more would
        // cover the page in dots; the card lists them all); else the whole block.
        const spans = f.terms
          .slice(0, EVIDENCE_TERMS_DRAWN)
          .flatMap((term) => term.spans ?? [])
          .filter((s) => s.start >= f.start && s.end <= f.end);
        for (const s of spans.length ? spans : [{ start: f.start, end: f.end }]) {
          const r = ranges.range(idx, s.start, s.end);
          if (!r) continue;
          hitList.push({ start: s.start, end: s.end, value: { finding: f, range: r } });
          add(HIGHLIGHT_NAMES.theme(f.goal), r);
        }
      });
    }
    recordSlice(stats, performance.now() - setup);
    recordStep(steps, 'draw-setup', performance.now() - setup);
    // Keyboard stops, in slices too (grouping and sorting tens of thousands of findings).
    await yieldToPage();
    const stopsBuilder = navigationStopsBuilder(an, sensitivity);
    await runSteps((budget) => stopsBuilder.step(budget), 'stops');
    const nextStops = stopsBuilder.result();
    await yieldToPage();
    const nextStopRanges: (Range | null)[] = [];
    for (const s of nextStops) work.push(() => nextStopRanges.push(ranges.range(idx, s.start, s.end)));

    let i = 0;
    await runSteps((budget) => {
      while (i < work.length && budget()) work[i++]!();
      return i >= work.length;
    }, 'ranges');
    await yieldToPage();

    // The lookup index over all drawn findings is sorted in slices, before registering.
    const sorter = createSliceSorter(
      hitList.filter((h) => h.end > h.start),
      compareIntervals,
    );
    await runSteps((budget) => sorter.step(budget), 'interval-index');
    let t1 = performance.now();
    const nextHits = new IntervalIndex(sorter.result(), true);
    recordSlice(stats, performance.now() - t1);
    recordStep(steps, 'interval-index', performance.now() - t1);
    await yieldToPage();
    if (signal.aborted) throw new SliceCancelled();
    t1 = performance.now();
    const names = new Set<string>();
    for (const [name, h] of layers) {
      names.add(name);
      const priority = name.startsWith('sdg-goal') || name === HIGHLIGHT_NAMES.general ? 2 : name.startsWith('sdg-flag') ? 3 : 1;
      if (h) highlighter.put(name, h, priority);
    }
    highlighter.retain(names);
    hits = nextHits;
    drawnRanges = [...hitList.map((h) => h.value.range), ...nextStopRanges.filter((r): r is Range => r !== null)];
    const keepId = stops[current]?.id;
    stops = nextStops;
    stopRanges = nextStopRanges;
    current = keepId ? stops.findIndex((s) => s.id === keepId) : -1;
    if (current < 0) highlighter.set(HIGHLIGHT_NAMES.current, []);
    if (overlay.current?.source === 'hover') overlay.hide();
    recordSlice(stats, performance.now() - t1);
    recordStep(steps, 'register', performance.now() - t1);
    return stats;
  }

  // ---- card: hover ----------------------------------------------------------------------------

  let pointer: { x: number; y: number; target: EventTarget | null } | null = null;
  let frame = 0;
  let hideTimer: number | undefined;
  let shownKey = '';

  const cancelHide = () => {
    if (hideTimer !== undefined) clearTimeout(hideTimer);
    hideTimer = undefined;
  };
  const scheduleHide = () => {
    if (hideTimer !== undefined || !overlay.current || overlay.current.source !== 'hover') return;
    hideTimer = ctx.setTimeout(() => {
      hideTimer = undefined;
      overlay.hide();
      shownKey = '';
    }, HOVER_HIDE_MS);
  };

  /** Findings whose drawn text lies under the point, most specific first. */
  function findingsAt(x: number, y: number): Hit[] {
    if (!index || hits.size === 0) return [];
    const seen = new Set<Hit>();
    const out: Hit[] = [];
    for (const off of offsetsAtPoint(index, document, x, y)) {
      for (const it of hits.at(off)) {
        if (seen.has(it.value)) continue;
        seen.add(it.value);
        // The caret API snaps to the nearest text, so check the pointer really is on the words.
        if (rangeContainsPoint(it.value.range, x, y)) out.push(it.value);
      }
    }
    const rank = { explicit: 0, flag: 1, thematic: 2 } as const;
    return out.sort((a, b) => rank[a.finding.kind] - rank[b.finding.kind]);
  }

  function onPointerFrame(): void {
    frame = 0;
    if (!pointer || !highlighter.isVisible) return;
    if (overlay.owns(pointer.target)) {
      cancelHide();
      return;
    }
    const found = findingsAt(pointer.x, pointer.y);
    if (found.length === 0) {
      scheduleHide();
      return;
    }
    cancelHide();
    const key = found.map((h) => findingId(h.finding)).join('|');
    if (key === shownKey && overlay.current) return;
    shownKey = key;
    overlay.show({ findings: found.map((h) => h.finding), anchor: found[0]!.range, source: 'hover' });
  }

  ctx.addEventListener(
    document,
    'mousemove',
    (e: MouseEvent) => {
      pointer = { x: e.clientX, y: e.clientY, target: e.composedPath()[0] ?? e.target };
      if (!frame) frame = ctx.requestAnimationFrame(onPointerFrame);
    },
    { passive: true, capture: true },
  );

  // ---- card: keyboard -------------------------------------------------------------------------

  function describe(stop: NavStop): string {
    const f = stop.findings[0]!;
    if (f.kind === 'explicit') {
      return f.goals.length
        ? f.goals.map((n) => `${t('card_goal', n)} ${goal(n as GoalNumber).short[uiLocale()]}`).join(', ')
        : t('card_kind_general');
    }
    if (f.kind === 'flag') return `${t('card_kind_flag')}: ${t(`crit_${f.criterion}`)}. ${f.explanation}`;
    return `${t('card_kind_thematic')}: ${stop.findings.map((x) => (x.kind === 'thematic' ? t('card_goal', x.goal) : '')).join(', ')}`;
  }

  function focusStop(i: number): boolean {
    const stop = stops[i];
    const range = stopRanges[i];
    if (!stop || !range) return false;
    current = i;
    if (!highlighter.isVisible) highlighter.setVisible(true);
    highlighter.set(HIGHLIGHT_NAMES.current, [range], 10);
    const rect = range.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > window.innerHeight || rect.left < 0 || rect.right > window.innerWidth) {
      const el = range.startContainer.parentElement;
      el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    }
    cancelHide();
    shownKey = '';
    overlay.show({ findings: stop.findings, anchor: range, position: { index: i, total: stops.length }, source: 'keyboard' });
    overlay.announce(`${t('card_position', [i + 1, stops.length])}. ${describe(stop)}`);
    return true;
  }

  function step(direction: 'next' | 'previous'): boolean {
    if (stops.length === 0) return false;
    const n = stops.length;
    const from = current < 0 ? (direction === 'next' ? -1 : n) : current;
    const i = direction === 'next' ? (from + 1) % n : (from - 1 + n) % n;
    return focusStop(i);
  }

  function closeCard(): void {
    overlay.hide();
    shownKey = '';
    current = -1;
    highlighter.set(HIGHLIGHT_NAMES.current, []);
  }

  ctx.addEventListener(window, 'keydown', (e: KeyboardEvent) => {
    if (e.key === 'Escape' && overlay.current) closeCard();
  });
  const replace = () => overlay.current && overlay.refresh();
  ctx.addEventListener(window, 'scroll', replace, { passive: true, capture: true });
  ctx.addEventListener(window, 'resize', replace, { passive: true });

  function setVisible(visible: boolean): void {
    highlighter.setVisible(visible);
    if (!visible) overlay.hide();
  }

  // ---- messages -------------------------------------------------------------------------------

  async function handle(msg: Message): Promise<unknown> {
    switch (msg.type) {
      case 'sdg:get-summary':
        return summary();
      case 'sdg:get-findings':
        return { status, items: analysis ? findingItems(analysis, settings.sensitivity) : [] };
      case 'sdg:focus-finding': {
        let i = stops.findIndex((s) => s.id === msg.id || s.findings.some((f) => findingId(f) === msg.id));
        if (i < 0 && analysis) {
          // Findings that are not stops (a thematic goal of a block): go to the stop containing them.
          const f = findingItems(analysis, 'all').find((x) => x.id === msg.id)?.finding;
          if (f) i = stops.findIndex((s) => s.start <= f.start && s.end >= f.end);
        }
        return { ok: i >= 0 && focusStop(i), id: stops[i]?.id };
      }
      case 'sdg:step': {
        const ok = step(msg.direction);
        return { ok, id: ok ? stops[current]?.id : undefined };
      }
      case 'sdg:set-highlights':
        setVisible(msg.visible ?? !highlighter.isVisible);
        broadcast();
        return { visible: highlighter.isVisible };
      case 'sdg:scan':
        if (isEnabledFor(settings, location.href)) await scan();
        return summary();
      case 'sdg:settings-changed':
        applySettings(await loadSettings());
        return undefined;
      case 'sdg:notice':
        overlay.notify(msg.text, msg.tone);
        return { ok: true };
      case 'sdg:analysis-updated':
        return undefined; // another tab's broadcast
    }
  }

  const onMessage = (raw: unknown, _sender: unknown, sendResponse: (r: unknown) => void): true | undefined => {
    const msg = parseMessage(raw);
    // Answer only our own requests: other listeners in this script (the library's) answer theirs,
    // and the first sendResponse wins.
    if (!msg || !HANDLED.has(msg.type)) return undefined;
    handle(msg).then(sendResponse, (e: unknown) => sendResponse({ error: String(e) }));
    return true; // answer asynchronously
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    scanController?.abort();
    observer.disconnect();
    highlighter.dispose();
  });

  // ---- settings -------------------------------------------------------------------------------

  function applySettings(next: Settings): void {
    const before = settings;
    settings = next;
    setUiLanguage(next.uiLang);
    highlighter.setStyle(next.highlightStyle);
    overlay.refresh();
    const enabled = isEnabledFor(next, location.href);
    if (!enabled) {
      clearAll();
      status = 'disabled';
      broadcast();
      return;
    }
    if (status === 'disabled' || (status === 'idle' && next.autoScan && !before.autoScan)) {
      if (next.autoScan) void scan();
      else {
        status = 'idle';
        broadcast();
      }
      return;
    }
    if (next.sensitivity !== before.sensitivity && analysis && scanController) void draw(scanController.signal).then(() => broadcast());
  }

  // ---- page changes ---------------------------------------------------------------------------

  let quietTimer: number | undefined;
  let firstPending = 0;
  let lastScanStart = 0;

  function scheduleRescan(): void {
    if (status === 'disabled' || status === 'idle') return;
    const now = performance.now();
    if (!firstPending) firstPending = now;
    if (quietTimer !== undefined) clearTimeout(quietTimer);
    const busy = timings ? timings.index + timings.analyze + timings.draw : 0;
    const minGap = Math.max(RESCAN_MIN_GAP_MS, RESCAN_COST_FACTOR * busy);
    const wait = Math.max(
      Math.min(MUTATION_QUIET_MS, MUTATION_MAX_WAIT_MS - (now - firstPending)),
      lastScanStart + minGap - now,
      0,
    );
    quietTimer = ctx.setTimeout(() => {
      quietTimer = undefined;
      firstPending = 0;
      lastScanStart = performance.now();
      // Let a running scan finish before starting the next one.
      void (scanning ?? Promise.resolve()).then(() => scan());
    }, wait);
  }

  let pruneTimer: number | undefined;

  /**
   * Until the re-scan redraws, ranges whose text the page removed or rewrote are dropped (batched,
   * at most one pass per PRUNE_BATCH_MS): no layer, keyboard stop or card keeps pointing at text
   * that left the page.
   */
  function schedulePrune(): void {
    if (pruneTimer !== undefined) return;
    pruneTimer = ctx.setTimeout(() => {
      pruneTimer = undefined;
      if (highlighter.prune() === 0) return;
      stopRanges = stopRanges.map((r) => (r && !r.collapsed ? r : null));
      if (current >= 0 && !stopRanges[current]) closeCard();
      else if (overlay.current?.source === 'hover' && overlay.current.anchor.collapsed) overlay.hide();
    }, PRUNE_BATCH_MS);
  }

  const observer = new MutationObserver((records) => {
    let changed = false;
    let removed = false;
    for (const r of records) {
      if (overlay.owns(r.target)) continue;
      if (r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every((n) => n === overlay.host || (n as Element).localName === HOST_TAG)) {
        continue;
      }
      changed = true;
      if (r.type === 'characterData' || r.removedNodes.length > 0) {
        removed = true;
        break;
      }
    }
    if (!changed) return;
    if (removed && analysis) schedulePrune();
    scheduleRescan();
  });

  // ---- start ----------------------------------------------------------------------------------

  void loadSettings().then((s) => {
    if (ctx.isInvalid) return;
    settings = s;
    setUiLanguage(s.uiLang);
    highlighter.setStyle(s.highlightStyle);
    ctx.onInvalidated(watchSettings(applySettings));
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    if (!isEnabledFor(s, location.href)) {
      status = 'disabled';
      broadcast();
    } else if (s.autoScan) {
      lastScanStart = performance.now();
      void scan();
    } else broadcast();
  });
}
