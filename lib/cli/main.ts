/**
 * `sdg-lens`: the command registry and top-level argument handling. Each command lives in
 * `commands/<name>.ts` and exports `run<Name>(argv, io?) → Promise<exit code>` and a usage line;
 * adding a command is one import and one entry in COMMANDS.
 * Exit codes (DESIGN.md): 0 success, 1 bad input (one-line reason on stderr), 2 usage.
 */
import fs from 'node:fs';
import { nodeIo, type CliIo } from './io';
import { runScan, SCAN_USAGE } from './commands/scan';
import { runClassify, CLASSIFY_USAGE } from './commands/classify';
import { runAssess, ASSESS_USAGE } from './commands/assess';
import { runBadge, BADGE_USAGE } from './commands/badge';

/** A registered command. */
export interface Command {
  name: string;
  /** One line for the overview. */
  summary: string;
  usage: string;
  run: (argv: readonly string[], io: CliIo) => Promise<number>;
}

/** Every command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [
  { name: 'scan', summary: 'report explicit SDG references, relevance and flags per document (HTML, text, Markdown, URLs)', usage: SCAN_USAGE, run: runScan },
  { name: 'classify', summary: 'JSON lines {id, text} on stdin → relevant and named goals per line', usage: CLASSIFY_USAGE, run: runClassify },
  { name: 'assess', summary: 'JSON lines {id, text, lang?} on stdin → washing-risk flags and risk per line', usage: ASSESS_USAGE, run: runAssess },
  { name: 'badge', summary: 'write the static SVG badge of an organisation profile', usage: BADGE_USAGE,
    run: (argv, io) => runBadge(argv, { ...io, readFile: (p) => fs.readFileSync(p, 'utf8'), writeFile: (p, d) => fs.writeFileSync(p, d) }) },
];

/** The overview printed by `sdg-lens --help`. */
export function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'usage: sdg-lens <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "sdg-lens <command> --help" for a command\'s options.',
    'Exit codes: 0 success, 1 bad input, 2 usage.',
  ].join('\n');
}

/** Runs the CLI with `argv` (without node and the script path); resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo = nodeIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(`${usage()}\n`);
    return 2;
  }
  if (first === '-h' || first === '--help' || first === 'help') {
    io.stdout(`${usage()}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === first);
  if (!command) {
    io.stderr(`sdg-lens: unknown command "${first}"\n${usage()}\n`);
    return 2;
  }
  return command.run(rest, io);
}
