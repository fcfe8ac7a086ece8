/**
 * Washing-risk eval (`npm run eval`): runs `assess` on shared/data/washing/dev.jsonl the way the
 * CLI does (text + lang, no item kind) and prints WASHING.md §6 metrics: per-criterion P/R/F1/F0.5,
 * micro-F1 (primary), macro-F1 over 18, micro-F1 per language, clean-item false-alarm rate and
 * contrastive-pair accuracy. `--errors` lists every miss and false alarm.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../lib/analyze';
import { assess } from '../../lib/risk/index';
import type { Lang } from '../../lib/sdg/index';
import { CRITERIA, type Flag } from '../../lib/schema/analysis';
import { FRESH_SET } from './washing-fresh-set';
import { FRESH2_SET } from './washing-fresh2-set';
import { FRESH3_SET } from './washing-fresh3-set';
import { FRESH4_SET } from './washing-fresh4-set';
import { FRESH5_SET } from './washing-fresh5-set';
import { FRESH6_SET } from './washing-fresh6-set';
import { FRESH7_SET } from './washing-fresh7-set';
import { OWN_SET } from './washing-own-set';
import { prf, scoreSet, type GoldItem } from './washing-score';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The dev set's location (read-only shared data). */
export const WASHING_DEV = path.resolve(here, '../../../shared/data/washing/dev.jsonl');

const pct = (x: number): string => x.toFixed(2);

/** Own labelled sets (written for this project, never tuned on before their first score; see each file). */
const OWN_SETS: [string, readonly GoldItem[]][] = [
  ['own', OWN_SET], ['fresh1', FRESH_SET], ['fresh2', FRESH2_SET], ['fresh3', FRESH3_SET], ['fresh4', FRESH4_SET], ['fresh5', FRESH5_SET], ['fresh6', FRESH6_SET], ['fresh7', FRESH7_SET],
];

/** Prints the §6 tables for the shared dev set and for our own sets pooled, plus one line per own set. */
export function run(file = process.env.SDG_WASHING_SET ?? WASHING_DEV): void {
  if (!fs.existsSync(file)) console.log(`washing eval (dev) skipped: ${file} not found (needs ../shared)`);
  else {
    const items = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldItem);
    report(path.basename(file), items);
  }
  const pooled = OWN_SETS.flatMap(([, items]) => items);
  report(`own sets pooled (test/eval/washing-*-set.ts: ${OWN_SETS.map(([n]) => n).join(', ')})`, pooled);
  for (const [name, items] of OWN_SETS) {
    const r = scoreSet(items, predict);
    const m = prf(r.micro);
    console.log(`  ${name.padEnd(7)} ${String(items.length).padStart(3)} items  P ${pct(m.p)}  R ${pct(m.r)}  micro-F1 ${pct(m.f1)}  clean false alarms ${r.cleanFalseAlarms}/${r.cleanItems}`);
  }
}

/** Exactly the shipped path (`sdg-lens assess` → analyze → explicit + thematic → lib/risk);
 * SDG_WASHING_CORE=risk scores lib/risk alone (built-in SDG finder, no thematic scores). */
function predict(item: GoldItem): readonly Flag[] {
  const lang = item.lang as Lang;
  return process.env.SDG_WASHING_CORE === 'risk' ? assess(item.text, { lang }).flags : analyze(item.text, { lang }).flags;
}

function report(name: string, items: readonly GoldItem[]): void {
  const t0 = performance.now();
  const report = scoreSet(items, predict);
  const ms = performance.now() - t0;
  console.log(`\nWashing flags on ${name}: ${items.length} items, ${ms.toFixed(0)} ms`);
  console.log('crit   TP  FP  FN     P     R    F1  F0.5');
  for (const c of CRITERIA) {
    const k = report.perCriterion[c];
    const m = prf(k);
    console.log(`${c.padEnd(4)} ${String(k.tp).padStart(4)} ${String(k.fp).padStart(3)} ${String(k.fn).padStart(3)}  ${pct(m.p)}  ${pct(m.r)}  ${pct(m.f1)}  ${pct(m.f05)}`);
  }
  const mi = prf(report.micro);
  console.log(`micro ${String(report.micro.tp).padStart(4)} ${String(report.micro.fp).padStart(3)} ${String(report.micro.fn).padStart(3)}  ${pct(mi.p)}  ${pct(mi.r)}  ${pct(mi.f1)}  ${pct(mi.f05)}`);
  console.log(`micro-F1 (primary): ${pct(mi.f1)}   macro-F1 (18 criteria): ${pct(report.macroF1)}`);
  console.log(`micro-F1 per language: ${Object.entries(report.perLang).map(([l, k]) => `${l} ${pct(prf(k).f1)}`).join('  ')}`);
  console.log(`clean-item false-alarm rate: ${report.cleanFalseAlarms}/${report.cleanItems} = ${pct(report.cleanItems ? report.cleanFalseAlarms / report.cleanItems : 0)}`);
  const ok = report.pairs.filter((p) => p.ok).length;
  console.log(`pair accuracy: ${ok}/${report.pairs.length} = ${pct(report.pairs.length ? ok / report.pairs.length : 0)}`);
  if (process.argv.includes('--errors')) {
    for (const e of report.errors) console.log(`  ${e.kind.padEnd(5)} ${e.criterion} ${e.id}`);
  }
}
