import { describe, expect, test } from 'vitest';
import { runAssess } from '../../lib/cli/commands/assess';
import { analyze } from '../../lib/analyze';

function io(stdin: string) {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s), readStdin: () => stdin } };
}

describe('sdg-lens assess (DESIGN.md contract)', () => {
  test('writes one line per input with exactly id, flags[criterion,start,end,quote,explanation] and risk{score,level}', async () => {
    const text = 'Our snack pouch is eco-friendly. It supports all 17 SDGs.';
    const t = io(`${JSON.stringify({ id: 'a', text, lang: 'en' })}\n\n${JSON.stringify({ id: 'b', text: 'Founded in 1990.' })}\n`);
    expect(await runAssess([], t.io)).toBe(0);
    const lines = t.out.join('').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    expect(Object.keys(lines[0])).toEqual(['id', 'flags', 'risk']);
    expect(Object.keys(lines[0].risk)).toEqual(['score', 'level']);
    for (const f of lines[0].flags) {
      expect(Object.keys(f)).toEqual(['criterion', 'start', 'end', 'quote', 'explanation']);
      expect(text.slice(f.start, f.end)).toBe(f.quote);
    }
    expect(lines[0].flags.map((f: { criterion: string }) => f.criterion)).toEqual(['G1', 'S2']);
    expect(lines[1]).toEqual({ id: 'b', flags: [], risk: { score: 0, level: 'low' } });
  });

  test('matches the analyze core (what the popup shows) for the same text', async () => {
    const text = 'Acme - Impact\n\nWe contribute to SDG 14.\n\nOur range is eco-friendly.\n\nWe will be net zero by 2040.';
    const t = io(JSON.stringify({ id: 'p', text }));
    await runAssess([], t.io);
    const line = JSON.parse(t.out.join(''));
    const a = analyze(text);
    expect(line.risk).toEqual({ score: a.risk.score, level: a.risk.level });
    expect(line.flags.map((f: { criterion: string }) => f.criterion)).toEqual(a.flags.map((f) => f.criterion));
  });

  test.each([
    ['invalid JSON', 'not json', /line 1 is not valid JSON/],
    ['a missing text', '{"id":"a"}', /line 1: text/],
    ['an unknown language', '{"id":"a","text":"x","lang":"it"}', /line 1: lang/],
  ])('exits 1 with a one-line reason and no output on %s', async (_name, stdin, reason) => {
    const t = io(stdin);
    expect(await runAssess([], t.io)).toBe(1);
    expect(t.out).toEqual([]);
    expect(t.err.join('')).toMatch(reason);
    expect(t.err.join('').trim().split('\n')).toHaveLength(1);
  });

  test('exits 2 on an unexpected argument, 0 with usage on --help', async () => {
    const bad = io('');
    expect(await runAssess(['--nope'], bad.io)).toBe(2);
    const help = io('');
    expect(await runAssess(['--help'], help.io)).toBe(0);
    expect(help.out.join('')).toMatch(/usage: sdg-lens assess/);
  });
});
