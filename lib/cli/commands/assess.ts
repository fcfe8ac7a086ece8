/**
 * `sdg-lens assess`: washing-risk flags for JSON lines on stdin, exactly as DESIGN.md specifies.
 * In:  {"id": string, "text": string, "lang"?: "en"|"fr"|"es"|"de"} per line.
 * Out: {"id", "flags": [{"criterion","start","end","quote","explanation"}], "risk": {"score","level"}}
 * per input line, in order. Exit codes: 0 success, 1 bad input (one-line reason on stderr), 2 usage.
 * It runs the same `analyze` core as the extension, so a page's risk here matches the popup's.
 */
import fs from 'node:fs';
import { z } from 'zod';
import { analyze } from '../../analyze';
import { LangSchema } from '../../schema/analysis';

/** Where the command reads and writes; tests pass their own. */
export interface AssessIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => string;
}

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

const nodeIo: AssessIo = {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  readStdin: () => fs.readFileSync(0, 'utf8'),
};

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
export async function runAssess(argv: readonly string[], io: AssessIo = nodeIo): Promise<number> {
  for (const a of argv) {
    if (a === '-h' || a === '--help') return io.stdout(ASSESS_USAGE + '\n'), 0;
    io.stderr(`sdg-lens assess: unexpected argument ${a}\n${ASSESS_USAGE}\n`);
    return 2;
  }
  let raw: string;
  try {
    raw = io.readStdin();
  } catch (e) {
    io.stderr(`sdg-lens assess: cannot read stdin: ${(e as Error).message}\n`);
    return 1;
  }
  // Validate every line before writing anything, so bad input never yields partial output.
  const inputs: z.infer<typeof AssessInputSchema>[] = [];
  const lines = raw.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      io.stderr(`sdg-lens assess: line ${i + 1} is not valid JSON\n`);
      return 1;
    }
    const parsed = AssessInputSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      io.stderr(`sdg-lens assess: line ${i + 1}: ${issue ? `${issue.path.join('.') || 'value'}: ${issue.message}` : 'invalid input'}\n`);
      return 1;
    }
    inputs.push(parsed.data);
  }
  for (const input of inputs) io.stdout(JSON.stringify(assessRecord(input)) + '\n');
  return 0;
}
