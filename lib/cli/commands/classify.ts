/**
 * `sdg-lens classify`: JSON lines `{"id", "text", "lang"?}` on stdin → one line per input
 * `{"id", "goals", "scores": {"1": …, "17": …}, "explicit"}` (DESIGN.md contract).
 *
 * Decision rule: `explicit` = goals the text names outright (lib/detect/explicit.ts); the thematic
 * classifier (lib/detect/thematic.ts) scores every goal in [0, 1] with 0.5 as its calibrated
 * threshold; a named goal's score is lifted into the upper half (0.5 + s/2), because naming a goal
 * is itself relevance; `goals` = every goal scoring ≥ 0.5, i.e. thematic ∪ explicit. Texts longer
 * than a few paragraphs are judged per paragraph/window and each goal keeps its best score.
 */
import { z } from 'zod';
import { findExplicitReferences } from '../../detect/explicit';
import { goalScores, scoringUnits, THEMATIC_THRESHOLD } from '../../detect/thematic';
import { LangSchema } from '../../schema/analysis';
import type { Lang } from '../../sdg/index';
import { splitBlocks } from '../../text/blocks';
import { nodeIo, parseJsonLines, readAllStdin, runGuarded, UsageError, type CliIo } from '../io';

/** One line of help. */
export const CLASSIFY_USAGE = 'usage: sdg-lens classify < input.jsonl   (lines of {"id","text","lang"?})';

/** One input line. */
export const ClassifyInputSchema = z.object({ id: z.string(), text: z.string(), lang: LangSchema.optional() });

/** One output line (DESIGN.md contract). */
export interface ClassifyOutput {
  id: string;
  goals: number[];
  scores: Record<string, number>;
  explicit: number[];
}

/** Up to this many words a text is judged as a whole (paragraph-length input, the common case). */
const WHOLE_TEXT_WORDS = 400;

/** Thematic score per goal (index 0 = goal 1): the whole text, or the best paragraph/window of a long one. */
export function thematicScores(text: string, lang?: Lang): number[] {
  const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (words <= WHOLE_TEXT_WORDS) return goalScores(text, lang);
  const best = new Array<number>(17).fill(0);
  for (const u of scoringUnits(text, splitBlocks(text))) {
    goalScores(text.slice(u.start, u.end), lang).forEach((s, i) => { best[i] = Math.max(best[i]!, s); });
  }
  return best;
}

/** Classifies one input. */
export function classifyRecord(input: z.infer<typeof ClassifyInputSchema>): ClassifyOutput {
  const refs = findExplicitReferences(input.text, input.lang ? { lang: input.lang } : {});
  const named = new Set(refs.flatMap((r) => r.goals));
  const thematic = thematicScores(input.text, input.lang);
  const scores: Record<string, number> = {};
  const goals: number[] = [];
  thematic.forEach((s, i) => {
    const g = i + 1;
    const score = Math.round((named.has(g) ? Math.max(s, 0.5 + s / 2) : s) * 1000) / 1000;
    scores[String(g)] = score;
    if (score >= THEMATIC_THRESHOLD) goals.push(g);
  });
  return { id: input.id, goals, scores, explicit: [...named].sort((a, b) => a - b) };
}

/** Runs `classify` with its arguments (after the word "classify"); resolves to the exit code. */
export async function runClassify(argv: readonly string[], io: CliIo = nodeIo): Promise<number> {
  return runGuarded('classify', CLASSIFY_USAGE, io, () => {
    for (const a of argv) {
      if (a === '-h' || a === '--help') {
        io.stdout(`${CLASSIFY_USAGE}\n`);
        return 0;
      }
      throw new UsageError(`unexpected argument ${a}`);
    }
    const inputs = parseJsonLines(readAllStdin(io), ClassifyInputSchema);
    for (const input of inputs) io.stdout(`${JSON.stringify(classifyRecord(input))}\n`);
    return 0;
  });
}
