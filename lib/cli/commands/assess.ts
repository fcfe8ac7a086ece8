/**
 * `sdg-lens assess`: washing-risk flags for JSON lines on stdin, exactly as DESIGN.md specifies.
 * In:  {"id": string, "text": string, "lang"?: "en"|"fr"|"es"|"de"} per line.
 * Out: {"id", "flags": [{"criterion","start","end","quote","explanation"}], "risk": {"score","level"}}
 * per input line, in order. Exit codes: 0 success, 1 bad input (one-line reason on stderr), 2 usage.
 * It runs the same `analyze` core as the extension, so a page's risk here matches the popup's.
 */
import { z } from 'zod';
import { analyze } from '../../analyze';
import { LangSchema } from '../../schema/analysis';
import { nodeIo, parseJsonLines, readAllStdin, runGuarded, UsageError, type CliIo } from '../io';

/** One line of help. */
export const ASSESS_USAGE = 'usage: sdg-lens assess < input.jsonl   (lines of {"id","text","lang"?})';

/** One input line. */
export const AssessInputSchema = z.object({
  id: z.string(),
  text: z.string(),
  lang: LangSchema.optional(),
});

/** One output line (DESIGN.md contract; nothing more, nothing less). */
export interface AssessOutput {
  id: string;
  flags: { criterion: string; start: number; end: number; quote: string; explanation: string }[];
  risk: { score: number; level: 'low' | 'medium' | 'high' };
}

/** Assesses one parsed input: the DESIGN.md output record. */
export function assessRecord(input: z.infer<typeof AssessInputSchema>): AssessOutput {
  const a = analyze(input.text, input.lang ? { lang: input.lang } : {});
  return {
    id: input.id,
    flags: a.flags.map((f) => ({ criterion: f.criterion, start: f.start, end: f.end, quote: f.quote, explanation: f.explanation })),
    risk: { score: a.risk.score, level: a.risk.level },
  };
}

/** Runs `assess` with its arguments (after the word "assess"); resolves to the exit code. */
export async function runAssess(argv: readonly string[], io: CliIo = nodeIo): Promise<number> {
  return runGuarded('assess', ASSESS_USAGE, io, () => {
    for (const a of argv) {
      if (a === '-h' || a === '--help') {
        io.stdout(`${ASSESS_USAGE}\n`);
        return 0;
      }
      throw new UsageError(`unexpected argument ${a}`);
    }
    // Every line is validated before anything is written, so bad input never yields partial output.
    const inputs = parseJsonLines(readAllStdin(io), AssessInputSchema);
    for (const input of inputs) io.stdout(`${JSON.stringify(assessRecord(input))}\n`);
    return 0;
  });
}
