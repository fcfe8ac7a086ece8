/**
 * `sdg-lens badge <profile.json|-> [--out file.svg] [--lang en|fr|es]`: validate a profile and
 * write its static SVG badge (the same bytes the profile builder downloads) to stdout or a file.
 * Exit codes per DESIGN.md: 0 success, 1 bad input (one-line reason on stderr), 2 usage.
 */
import fs from 'node:fs';
import { parseProfile } from '../../schema/profile';
import { renderBadgeSvg } from '../../profile/badge-svg';
import { PROFILE_LANGS, type ProfileLang } from '../../profile/goal-meta';

/** Where the command reads and writes; tests pass their own. */
export interface BadgeIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readFile: (path: string) => string;
  readStdin: () => string;
  writeFile: (path: string, data: string) => void;
}

/** One line of help. */
export const BADGE_USAGE = 'usage: sdg-lens badge <profile.json|-> [--out badge.svg] [--lang en|fr|es]';

const nodeIo: BadgeIo = {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  readFile: (p) => fs.readFileSync(p, 'utf8'),
  readStdin: () => fs.readFileSync(0, 'utf8'),
  writeFile: (p, d) => fs.writeFileSync(p, d),
};

/** Run the badge command with its arguments (after the word "badge"); resolves to the exit code. */
export async function runBadge(argv: readonly string[], io: BadgeIo = nodeIo): Promise<number> {
  const usage = (why: string) => (io.stderr(`sdg-lens badge: ${why}\n${BADGE_USAGE}\n`), 2);
  let file: string | undefined;
  let out: string | undefined;
  let lang: ProfileLang = 'en';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-h' || a === '--help') return io.stdout(BADGE_USAGE + '\n'), 0;
    if (a === '--out' || a === '-o' || a === '--lang') {
      const v = argv[++i];
      if (v === undefined) return usage(`${a} needs a value`);
      if (a === '--lang') {
        if (!(PROFILE_LANGS as readonly string[]).includes(v)) return usage(`unknown language "${v}"`);
        lang = v as ProfileLang;
      } else out = v;
    } else if (a.startsWith('--out=')) out = a.slice(6);
    else if (a.startsWith('--lang=')) {
      const v = a.slice(7);
      if (!(PROFILE_LANGS as readonly string[]).includes(v)) return usage(`unknown language "${v}"`);
      lang = v as ProfileLang;
    } else if (a.startsWith('-') && a !== '-') return usage(`unknown option ${a}`);
    else if (file !== undefined) return usage('one profile at a time');
    else file = a;
  }
  if (file === undefined) return usage('missing <profile.json>');

  let raw: string;
  try {
    raw = file === '-' ? io.readStdin() : io.readFile(file);
  } catch (e) {
    return io.stderr(`sdg-lens badge: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`), 1;
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    return io.stderr(`sdg-lens badge: ${file} is not valid JSON: ${(e as Error).message.split('\n')[0]}\n`), 1;
  }
  const parsed = parseProfile(data);
  if (!parsed.ok) return io.stderr(`sdg-lens badge: ${file} is not a valid profile: ${parsed.error}\n`), 1;
  const svg = renderBadgeSvg(parsed.profile, { lang });
  if (out === undefined) io.stdout(svg);
  else {
    try {
      io.writeFile(out, svg);
    } catch (e) {
      return io.stderr(`sdg-lens badge: cannot write ${out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`), 1;
    }
  }
  return 0;
}
