/**
 * The message protocol between the extension's parts. Every message is a zod-validated object
 * with a `type`; receivers parse with `parseMessage` and ignore what does not parse.
 *
 * Directions:
 * - popup / side panel / background → content script (`browser.tabs.sendMessage(tabId, msg)`):
 *   `sdg:get-summary`, `sdg:get-findings`, `sdg:focus-finding`, `sdg:set-highlights`,
 *   `sdg:step`, `sdg:scan`. Each answers with the matching response schema below.
 * - background → content script: `sdg:step` and `sdg:set-highlights` for the keyboard commands.
 * - content script → everyone (`browser.runtime.sendMessage`): `sdg:analysis-updated`, a
 *   broadcast the background uses for the badge and open popups / side panels use to refresh.
 * - content script → background: `sdg:analyze` (the page's text; the background runs the core and
 *   answers the first part of the `Analysis`) then `sdg:analysis-part` for the rest of long lists;
 *   long texts go ahead in `sdg:analyze-chunk` pieces of the same scan id. A re-scan sends only
 *   what changed since the analysis it holds (`base`), and gets back only the changed findings.
 * - any extension page → content scripts: `sdg:settings-changed` is not needed (content scripts
 *   watch `browser.storage` themselves) but is accepted as a hint to re-read settings.
 *
 * The background accepts runtime messages only from the extension itself (`sender.id`), see
 * `lib/background/router.ts`. Finding ids are stable for the same page text: they are built from
 * the finding's kind, key and span (`findingId`), so a side panel can hold on to them across
 * re-scans of an unchanged page.
 *
 * To add messages: add a schema to `MessageSchema`'s union and, when it answers,
 * a response schema next to it; keep the `sdg:` prefix.
 */
import { z } from 'zod';
import {
  CriterionSchema,
  ExplicitReferenceSchema,
  FlagSchema,
  GoalSummarySchema,
  LangSchema,
  RiskSummarySchema,
  ThematicFindingSchema,
  type Finding,
} from './analysis';
import {
  LIBRARY_MESSAGE_SCHEMAS,
  LibraryForUrlResponseSchema,
  LibrarySaveResponseSchema,
  OkResponseSchema,
  ReportSourceSchema,
} from './saved-report';

/** A stable id for a finding: kind + what it is about + span. */
export function findingId(f: Finding): string {
  switch (f.kind) {
    case 'explicit':
      return `x-${f.start}-${f.end}`;
    case 'thematic':
      return `t${f.goal}-${f.start}-${f.end}`;
    case 'flag':
      return `f${f.criterion}-${f.start}-${f.end}`;
  }
}

/** A finding as it travels in messages: the finding itself plus its stable id. */
export const FindingItemSchema = z.object({
  id: z.string(),
  finding: z.discriminatedUnion('kind', [ExplicitReferenceSchema, ThematicFindingSchema, FlagSchema]),
});
export type FindingItem = z.infer<typeof FindingItemSchema>;

/** Where a tab's analysis stands. */
export const ScanStatusSchema = z.enum([
  'idle', // waiting for a click (auto-scan off)
  'scanning',
  'done',
  'disabled', // switched off globally or for this site
  'error',
]);
export type ScanStatus = z.infer<typeof ScanStatusSchema>;

/** One row of the popup's flag list: a criterion and how many flags it raised on the page. */
export const CriterionCountSchema = z.object({
  criterion: CriterionSchema,
  count: z.number().int().nonnegative(),
  /** How many of them are strong (shown at every sensitivity). */
  strong: z.number().int().nonnegative(),
});

/** What the popup needs to know about a tab. */
export const TabSummarySchema = z.object({
  url: z.string(),
  title: z.string(),
  status: ScanStatusSchema,
  /** Why the status is `error`, for the reader. */
  error: z.string().optional(),
  lang: LangSchema.optional(),
  /** Characters of visible text analysed. */
  length: z.number().int().nonnegative(),
  explicitTotal: z.number().int().nonnegative(),
  thematicTotal: z.number().int().nonnegative(),
  /** Flags shown at the current sensitivity. */
  flagTotal: z.number().int().nonnegative(),
  goals: z.array(GoalSummarySchema),
  risk: RiskSummarySchema.optional(),
  flagsByCriterion: z.array(CriterionCountSchema),
  highlightsVisible: z.boolean(),
  /** False where the browser lacks the CSS Custom Highlight API: findings are listed, not drawn. */
  highlightSupport: z.boolean(),
  /** Milliseconds the last scan took (wall clock, including yields to the page). */
  scanMs: z.number().nonnegative().optional(),
  /** Where the scan's time went, in busy milliseconds (yields excluded): for the bench. */
  timings: z
    .object({
      index: z.number(),
      analyze: z.number(),
      draw: z.number(),
      longestSlice: z.number().optional(),
      /** The longest single run of each step (index slice, message send, part decode…), for the bench. */
      steps: z.record(z.string(), z.number()).optional(),
    })
    .optional(),
});
export type TabSummary = z.infer<typeof TabSummarySchema>;

export const GetSummaryMessageSchema = z.object({ type: z.literal('sdg:get-summary') });
export const GetFindingsMessageSchema = z.object({ type: z.literal('sdg:get-findings') });
export const FocusFindingMessageSchema = z.object({ type: z.literal('sdg:focus-finding'), id: z.string() });
/** Show, hide or (without `visible`) toggle every highlight on the page. */
export const SetHighlightsMessageSchema = z.object({
  type: z.literal('sdg:set-highlights'),
  visible: z.boolean().optional(),
});
/** Move the keyboard selection to the next or previous finding and show its card. */
export const StepMessageSchema = z.object({ type: z.literal('sdg:step'), direction: z.enum(['next', 'previous']) });
/** Scan now (the "on click" mode, or a manual re-scan). */
export const ScanMessageSchema = z.object({ type: z.literal('sdg:scan') });
export const SettingsChangedMessageSchema = z.object({ type: z.literal('sdg:settings-changed') });
/**
 * Content script → background: run the core on the page's text there, off the page's main thread
 * (the core's stages are too coarse to slice under 50 ms on long pages). Answers an `Analysis`.
 */
const SpanListSchema = z.array(z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }));
export const AnalyzeMessageSchema = z.object({
  type: z.literal('sdg:analyze'),
  /**
   * With `scan`, the text and blocks that follow the `sdg:analyze-chunk` messages of the same scan
   * (the background analyses chunks + this); without, the page's whole text.
   */
  text: z.string(),
  lang: LangSchema.optional(),
  blocks: SpanListSchema,
  scan: z.string().min(1).max(64).optional(),
  /** With `scan`: how many chunks came before (a lost or repeated chunk is an error, not a wrong text). */
  chunks: z.number().int().nonnegative().optional(),
  /**
   * A re-scan of a page that changed: `text` and `blocks` (block offsets in the new text) are only
   * the changed middle against the analysis `id` the content script holds, whose first `prefix`
   * and last `suffix` characters and first `blocksPrefix` and last `blocksSuffix` blocks are
   * unchanged (lib/text/diff.ts). The answer then carries only the changed middle of each list of
   * findings, with `keep` and `delta` to rebuild the rest. A background that no longer holds that
   * analysis (restarted, or a newer one replaced it) answers `{ rebase: true }`: send it all.
   */
  base: z
    .object({
      id: z.string().min(1).max(64),
      prefix: z.number().int().nonnegative(),
      suffix: z.number().int().nonnegative(),
      blocksPrefix: z.number().int().nonnegative(),
      blocksSuffix: z.number().int().nonnegative(),
    })
    .optional(),
});
/**
 * Content script → background: one piece of a long page's text and blocks (in order, `seq` from
 * 0), sent before the `sdg:analyze` with the same `scan` id, so that no single message takes long to
 * serialise on the page. Answers `{ ok: true }` or `{ error }`.
 */
export const AnalyzeChunkMessageSchema = z.object({
  type: z.literal('sdg:analyze-chunk'),
  scan: z.string().min(1).max(64),
  seq: z.number().int().nonnegative(),
  text: z.string(),
  blocks: SpanListSchema,
});
/**
 * Content script → background: the next part of a finished `sdg:analyze` result. Long pages have
 * tens of thousands of findings; fetched in parts, no single message takes long to decode.
 */
export const AnalysisPartMessageSchema = z.object({
  type: z.literal('sdg:analysis-part'),
  id: z.string(),
  list: z.enum(['explicit', 'thematic', 'flags']),
  from: z.number().int().nonnegative(),
});
/**
 * Background → content script: a short notice for the reader on the page (the outcome of a save
 * from the context menu or the keyboard shortcut, which have no UI of their own).
 */
export const NoticeMessageSchema = z.object({
  type: z.literal('sdg:notice'),
  text: z.string().min(1).max(500),
  tone: z.enum(['ok', 'error']),
});
/** Broadcast by a content script after each (re-)scan. */
export const AnalysisUpdatedMessageSchema = z.object({
  type: z.literal('sdg:analysis-updated'),
  summary: TabSummarySchema,
});

/** Every message of the protocol. */
export const MessageSchema = z.discriminatedUnion('type', [
  NoticeMessageSchema,
  GetSummaryMessageSchema,
  GetFindingsMessageSchema,
  FocusFindingMessageSchema,
  SetHighlightsMessageSchema,
  StepMessageSchema,
  ScanMessageSchema,
  SettingsChangedMessageSchema,
  AnalysisUpdatedMessageSchema,
  AnalyzeMessageSchema,
  AnalyzeChunkMessageSchema,
  AnalysisPartMessageSchema,
  ...LIBRARY_MESSAGE_SCHEMAS, // library: save, saved annotations, re-anchoring (lib/schema/saved-report.ts)
]);
export type Message = z.infer<typeof MessageSchema>;
export type MessageType = Message['type'];

/** Answers, by request type. */
export const FindingsResponseSchema = z.object({
  status: ScanStatusSchema,
  items: z.array(FindingItemSchema),
});
export type FindingsResponse = z.infer<typeof FindingsResponseSchema>;
export const FocusResponseSchema = z.object({ ok: z.boolean(), id: z.string().optional() });
export const HighlightsResponseSchema = z.object({ visible: z.boolean() });

/** Response schema per request type (requests without an entry answer nothing). */
export const RESPONSE_SCHEMAS = {
  'sdg:get-summary': TabSummarySchema,
  'sdg:get-findings': FindingsResponseSchema,
  'sdg:focus-finding': FocusResponseSchema,
  'sdg:set-highlights': HighlightsResponseSchema,
  'sdg:step': FocusResponseSchema,
  'sdg:scan': TabSummarySchema,
  'sdg:get-report-source': ReportSourceSchema,
  'sdg:library-save': LibrarySaveResponseSchema,
  'sdg:library-for-url': LibraryForUrlResponseSchema,
  'sdg:library-anchor-results': OkResponseSchema,
} as const;
type Responses = typeof RESPONSE_SCHEMAS;
/** The response type of a request type. */
export type ResponseOf<T extends MessageType> = T extends keyof Responses ? z.infer<Responses[T]> : void;

/** Parse an incoming message; `undefined` for anything that is not ours or malformed. */
export function parseMessage(raw: unknown): Message | undefined {
  const r = MessageSchema.safeParse(raw);
  return r.success ? r.data : undefined;
}

/** Parse a response of a request type; throws with the zod reason when it does not match. */
export function parseResponse<T extends keyof Responses>(type: T, raw: unknown): z.infer<Responses[T]> {
  return RESPONSE_SCHEMAS[type].parse(raw) as z.infer<Responses[T]>;
}
