/**
 * CLI plumbing shared by the commands: where output goes, how input is read, and how failures
 * become exit codes (DESIGN.md: 0 success, 1 bad input with a one-line reason on stderr, 2 usage).
 */
import fs from 'node:fs';
import type { z } from 'zod';

/** Where a command reads and writes; tests pass their own. */
export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => string;
}

/** The process's own streams. */
export const nodeIo: CliIo = {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  readStdin: () => fs.readFileSync(0, 'utf8'),
};

/** Bad input (unreadable file, invalid JSON line): exit 1 with `message` as the one-line reason. */
export class InputError extends Error {
  readonly exitCode = 1;
}

/** Wrong arguments: exit 2, usage printed. */
export class UsageError extends Error {
  readonly exitCode = 2;
}

/** First line of an error message, for the one-line reason. */
export function oneLine(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const msg = err?.code && err.path ? `${err.code}: ${err.path}` : String(err?.message ?? e);
  return msg.split('\n')[0]!.trim();
}

/**
 * Parses JSON lines (blank lines skipped) and validates each with `schema`. Every line is checked
 * before anything is returned, so bad input never produces partial output.
 * @throws InputError naming the line and the problem
 */
export function parseJsonLines<T>(raw: string, schema: z.ZodType<T>): T[] {
  const out: T[] = [];
  const lines = raw.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new InputError(`line ${i + 1} is not valid JSON`);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InputError(`line ${i + 1}: ${issue ? `${issue.path.join('.') || 'value'}: ${issue.message}` : 'invalid input'}`);
    }
    out.push(parsed.data);
  }
  return out;
}

/** Reads all of stdin, turning a read failure into an InputError. */
export function readAllStdin(io: CliIo): string {
  try {
    return io.readStdin();
  } catch (e) {
    throw new InputError(`cannot read stdin: ${oneLine(e)}`);
  }
}

/**
 * Runs a command body and maps its errors to exit codes: InputError → 1, UsageError → 2 (with
 * `usage`), anything else → 1 with its first line (an unexpected failure is still reported on one line).
 */
export async function runGuarded(name: string, usage: string, io: CliIo, body: () => Promise<number> | number): Promise<number> {
  try {
    return await body();
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`sdg-lens ${name}: ${e.message}\n${usage}\n`);
      return 2;
    }
    io.stderr(`sdg-lens ${name}: ${oneLine(e)}\n`);
    return 1;
  }
}
