import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DOMParser } from 'linkedom';
import type { Profile } from '../../lib/schema/profile';
import { BADGE_SIZE, clip, renderBadgeSvg } from '../../lib/profile/badge-svg';
import { goalHex } from '../../lib/profile/goal-meta';

const FIXTURE: Profile = JSON.parse(fs.readFileSync(path.resolve('test/fixtures/widget/profile-acme.json'), 'utf8'));
const withName = (name: string): Profile => ({ ...FIXTURE, organisation: { name } });

/** Parse as XML (image/svg+xml): a malformed document has no <svg> root or a parsererror. */
function parse(svg: string) {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement;
  if (!root || root.tagName.toLowerCase() !== 'svg' || doc.querySelector('parsererror')) throw new Error('not a valid SVG document');
  return { doc, root };
}

describe('renderBadgeSvg', () => {
  test('is a standalone SVG document with a size and a namespace', () => {
    const { root } = parse(renderBadgeSvg(FIXTURE));
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('width')).toBe(String(BADGE_SIZE.width));
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${BADGE_SIZE.width} ${BADGE_SIZE.height}`);
  });

  test('is an image labelled by its title and description', () => {
    const { doc, root } = parse(renderBadgeSvg(FIXTURE));
    expect(root.getAttribute('role')).toBe('img');
    const ids = root.getAttribute('aria-labelledby')!.split(' ');
    expect(ids.map((id: string) => doc.getElementById(id)?.tagName.toLowerCase())).toEqual(['title', 'desc']);
    expect(doc.getElementById(ids[0]!)!.textContent).toBe('SDG profile of Acme Water & Energy');
  });

  test('its description lists every claimed goal with its level, and the risk', () => {
    const desc = parse(renderBadgeSvg(FIXTURE)).doc.querySelector('desc')!.textContent!;
    expect(desc).toContain('5 of 17 goals claimed.');
    expect(desc).toContain('Goal 6, Clean water and sanitation: verified.');
    expect(desc).toContain('Goal 13, Climate action: evidenced.');
    expect(desc).toContain('Claim risk: medium (38/100).');
  });

  test('lights claimed goals in their colour and greys the others', () => {
    const { doc } = parse(renderBadgeSvg(FIXTURE));
    const fills = [...doc.querySelectorAll('g > rect[height="26"]')].map((r) => r.getAttribute('fill'));
    expect(fills).toHaveLength(17);
    expect(fills.map((f, i) => (f === goalHex(i + 1) ? i + 1 : 0)).filter(Boolean)).toEqual([5, 6, 7, 13, 17]);
    expect(fills.filter((f) => f === '#EEF0F2')).toHaveLength(12);
  });

  test.each([
    ['claimed', 17, 1], ['evidenced', 5, 2], ['measured', 7, 3], ['verified', 6, 4],
  ] as const)('shows a %s goal (goal %i) with %i filled pips of 4', (_level, goal, filled) => {
    const { doc } = parse(renderBadgeSvg(FIXTURE));
    const tile = [...doc.querySelectorAll('svg > g')][goal - 1]!;
    expect(tile.querySelectorAll('rect[height="4"]').length).toBe(filled);
    expect(tile.querySelectorAll('rect[height="3.5"]').length).toBe(4 - filled);
  });

  test.each([
    ['markup', '</title><script>alert(1)</script><img src=x onerror=alert(1)>'],
    ['attribute breaking', '" onload="alert(1)" x="'],
    ['entities', '&amp; &lt; &#x3c; ]]> <![CDATA[ x ]]>'],
    ['XML-forbidden control characters and a lone surrogate', 'Acme\u0000\u0007\uD800 Ltd'],
  ])('escapes %s in the organisation name: still valid, no element injected', (_n, name) => {
    const svg = renderBadgeSvg(withName(name));
    const { doc } = parse(svg);
    expect(doc.querySelectorAll('script, img, foreignObject').length).toBe(0);
    expect([...doc.querySelectorAll('*')].every((e) => !e.getAttributeNames().some((a: string) => a.startsWith('on')))).toBe(true);
    expect(doc.querySelector('title')!.textContent).toBe(`SDG profile of ${name.replace(/[\u0000-\u001F]|\uD800/g, '')}`);
  });

  test('clips a long name on the badge but keeps it whole in the title', () => {
    const name = 'An organisation with a remarkably long official name, Limited';
    const { doc } = parse(renderBadgeSvg(withName(name)));
    expect(doc.querySelector('title')!.textContent).toContain(name);
    expect(doc.querySelector('text')!.textContent).toContain(clip(name, 36));
    expect(clip(name, 36)).toHaveLength(36);
  });

  test('is deterministic', () => {
    expect(renderBadgeSvg(FIXTURE)).toBe(renderBadgeSvg(structuredClone(FIXTURE)));
  });

  test.each([
    ['fr', 'Profil ODD de Acme Water & Energy', 'Objectif 6, Eau propre et assainissement : vérifié'.replace(' :', ':')],
    ['es', 'Perfil ODS de Acme Water & Energy', 'Objetivo 6, Agua Limpia y Saneamiento: verificado'],
  ] as const)('speaks %s', (lang, title, line) => {
    const { doc, root } = parse(renderBadgeSvg(FIXTURE, { lang }));
    expect(root.getAttribute('lang')).toBe(lang);
    expect(doc.querySelector('title')!.textContent).toBe(title);
    expect(doc.querySelector('desc')!.textContent).toContain(line);
  });

  test('an id prefix keeps two inlined badges from sharing ids, and cannot inject markup', () => {
    const { root } = parse(renderBadgeSvg(FIXTURE, { idPrefix: 'b2"><script>' }));
    expect(root.getAttribute('aria-labelledby')).toBe('b2script-title b2script-desc');
  });
});

describe('sdg-lens badge', async () => {
  const { runBadge } = await import('../../lib/cli/commands/badge');
  const FILES: Record<string, string> = {
    'ok.json': JSON.stringify(FIXTURE),
    'bad.json': '{"format": "sdg-lens-profile",',
    'hostile.json': JSON.stringify({ ...FIXTURE, organisation: { name: 'X', website: 'javascript:alert(1)' } }),
  };
  const run = async (argv: string[], stdin = '') => {
    const io = { out: '', err: '', written: {} as Record<string, string> };
    const code = await runBadge(argv, {
      stdout: (s) => void (io.out += s),
      stderr: (s) => void (io.err += s),
      readFile: (p) => {
        if (!(p in FILES)) throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
        return FILES[p]!;
      },
      readStdin: () => stdin,
      writeFile: (p, d) => void (io.written[p] = d),
    });
    return { code, ...io };
  };

  test('writes the same SVG as renderBadgeSvg to stdout', async () => {
    const r = await run(['ok.json']);
    expect(r).toMatchObject({ code: 0, err: '', out: renderBadgeSvg(FIXTURE) });
  });
  test('reads stdin for "-" and writes --out', async () => {
    const r = await run(['-', '--out', 'b.svg', '--lang', 'fr'], FILES['ok.json']);
    expect(r.code).toBe(0);
    expect(r.written['b.svg']).toBe(renderBadgeSvg(FIXTURE, { lang: 'fr' }));
    expect(r.out).toBe('');
  });
  test.each([
    ['a missing file', ['nope.json'], /cannot read nope\.json: ENOENT/],
    ['invalid JSON', ['bad.json'], /bad\.json is not valid JSON/],
    ['a javascript: website', ['hostile.json'], /not a valid profile: organisation\.website/],
  ])('exits 1 with a one-line reason on %s', async (_n, argv, reason) => {
    const r = await run(argv);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(reason);
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
  });
  test.each([
    ['no file', []],
    ['two files', ['ok.json', 'ok.json']],
    ['an unknown option', ['ok.json', '--colour']],
    ['an unknown language', ['ok.json', '--lang', 'de']],
    ['--out without value', ['ok.json', '--out']],
  ])('exits 2 with usage on %s', async (_n, argv) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain('usage: sdg-lens badge');
  });
});

test('the demo page fallback badge is what the renderer makes of the Acme fixture (regenerate with sdg-lens badge)', () => {
  expect(fs.readFileSync(path.resolve('test/fixtures/widget/acme-badge.svg'), 'utf8')).toBe(renderBadgeSvg(FIXTURE));
});
