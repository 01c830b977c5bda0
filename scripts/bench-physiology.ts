/**
 * Solve time of the physiology model at 1-second resolution: the median of repeated runs after a
 * warm-up (the first solves include compilation, paid once per app start).
 *
 *   npx tsx scripts/bench-physiology.ts [--runs N]
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultParams, type PhysiologyParams, solveProcedure } from '../renderer/src/physiology';
import { parseProcedureText } from '../renderer/src/procedure/loader';
import { PROCEDURE_IDS } from '../renderer/src/procedure/registry';
import type { Procedure } from '../renderer/src/procedure/schema';
import { procedureDurationS } from '../renderer/src/procedure/timeline';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function load(id: string): Procedure {
  const file = resolve(ROOT, 'assets', 'procedures', `${id}.json`);
  const result = parseProcedureText(readFileSync(file, 'utf8'), file);
  if (!result.ok) throw new Error(result.error);
  return result.procedure;
}

function quantile(sorted: number[], q: number): number {
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (i - lo);
}

function bench(procedure: Procedure, params: PhysiologyParams, runs: number) {
  for (let i = 0; i < 5; i++) solveProcedure(procedure, params);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    solveProcedure(procedure, params);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: quantile(times, 0.5), min: times[0] as number, p90: quantile(times, 0.9) };
}

const runsArg = process.argv.indexOf('--runs');
const runs = runsArg >= 0 ? Math.max(3, Number(process.argv[runsArg + 1]) || 30) : 30;
// Every procedure of the catalogue, and the first one stretched to two hours with follow-up.
const procedures = PROCEDURE_IDS.map((id) => load(id));
const cases: Array<[string, Procedure, PhysiologyParams]> = procedures.map((p) => [
  p.id,
  p,
  defaultParams(p),
]);
const first = procedures[0];
if (first) {
  const followUpMin = Math.max(0, 120 - procedureDurationS(first) / 60);
  cases.unshift([
    `${first.id} + ${followUpMin} min follow-up`,
    first,
    { ...defaultParams(first), followUpMin },
  ]);
}
console.log(`physiology solve, 1 s resolution, ${runs} runs after warm-up (ms)`);
for (const [label, procedure, params] of cases) {
  const minutes = procedureDurationS(procedure) / 60 + (params.followUpMin ?? 0);
  const { median, min, p90 } = bench(procedure, params, runs);
  console.log(
    `${label.padEnd(24)} ${String(minutes).padStart(4)} min  median ${median.toFixed(2).padStart(6)}  min ${min.toFixed(2).padStart(6)}  p90 ${p90.toFixed(2).padStart(6)}`,
  );
}
