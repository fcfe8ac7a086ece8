/**
 * `sdg-lens classify`: JSON lines `{"id", "text"}` on stdin → one line per input
 * `{"id", "goals", "scores": {"1": …, "17": …}, "explicit"}` (DESIGN.md).
 * Initial version by the core engineer: relevance is what the `analyze` core reports per goal
 * (at this stage a named goal scores 1, others 0), so `goals` equals `explicit`. Engineer B owns
 * this file and replaces it with the thematic classifier's decision rule.
 */
import { z } from 'zod';
import { analyze } from '../../analyze';
import { LangSchema } from '../../schema/analysis';
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

/** Classifies one input. */
export function classifyRecord(input: z.infer<typeof ClassifyInputSchema>): ClassifyOutput {
  const a = analyze(input.text, input.lang ? { lang: input.lang } : {});
  const scores: Record<string, number> = {};
  for (const g of a.goals) scores[String(g.goal)] = g.score;
  return {
    id: input.id,
    goals: a.goals.filter((g) => g.score >= 0.5).map((g) => g.goal),
    scores,
    explicit: a.goals.filter((g) => g.explicit > 0).map((g) => g.goal),
  };
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
