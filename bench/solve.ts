// Physiology solve time in Node, against a fixed reference workload timed in the same loop, so the
// ratio holds still when the shared machine gets busier.
import php from '@assets/procedures/php.json';
import { defaultParams, solveProcedure } from '../renderer/src/physiology';
import { parseProcedure } from '../renderer/src/procedure/loader';
import type { Procedure } from '../renderer/src/procedure/schema';
import { procedureDurationS } from '../renderer/src/procedure/timeline';
import { median } from './stats';

export interface SolveResult {
  procedureMinutes: number;
  runs: number;
  /** The first solve in a fresh Node process, compilation included. */
  coldMs: number;
  medianMs: number;
  referenceMedianMs: number;
  /** Median of solve / reference over back-to-back pairs: the figure the budget holds. */
  ratio: number;
}

/** The PHP procedure stretched to `minutes` by lengthening its last step; validated like a file. */
export function procedureOfLength(minutes: number): Procedure {
  const data = structuredClone(php) as { steps: { startMin: number; durationMin: number }[] };
  const last = data.steps[data.steps.length - 1];
  if (!last) throw new Error('php.json has no steps');
  last.durationMin = minutes - last.startMin;
  const result = parseProcedure(data, `php.json stretched to ${minutes} min`);
  if (!result.ok) throw new Error(result.error);
  return result.procedure;
}

/**
 * The reference: the same kind of work a solver does, on a fixed size: a table of 7,200 rows (two
 * hours at 1 s) filled by stepping a dense 24-state linear system, allocating as it goes.
 * Returns a value so the loop cannot be optimised away.
 */
function referenceWorkload(): number {
  const n = 24;
  const rows = 7200;
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) a[i * n + j] = i === j ? 0.98 : 0.02 / n;
  }
  const table = new Float64Array(rows * n);
  let y = new Float64Array(n).fill(1);
  for (let r = 0; r < rows; r++) {
    const next = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let sum = 0;
      for (let j = 0; j < n; j++) sum += (a[i * n + j] as number) * (y[j] as number);
      next[i] = sum;
    }
    table.set(next, r * n);
    y = next;
  }
  return table[rows * n - 1] as number;
}

function timeMs(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

export function measureSolve(runs: number, minutes = 120): SolveResult {
  const procedure = procedureOfLength(minutes);
  if (procedureDurationS(procedure) !== minutes * 60)
    throw new Error('stretched procedure has the wrong length');
  const params = defaultParams(procedure);
  // The first call in a fresh process is what the app pays at start (parse, compile, optimise).
  const coldMs = timeMs(() => solveProcedure(procedure, params));
  // Then the JIT keeps speeding the solver up for some 15-20 calls (300 ms → 12 ms here); the
  // budget holds the settled speed, which moves only when the solver's work changes.
  for (let i = 0; i < 20; i++) {
    solveProcedure(procedure, params);
    referenceWorkload();
  }
  const solves: number[] = [];
  const references: number[] = [];
  for (let i = 0; i < runs; i++) {
    references.push(timeMs(referenceWorkload));
    solves.push(timeMs(() => solveProcedure(procedure, params)));
  }
  const medianMs = median(solves);
  const referenceMedianMs = median(references);
  return {
    procedureMinutes: minutes,
    runs,
    coldMs,
    medianMs,
    referenceMedianMs,
    ratio: medianMs / referenceMedianMs,
  };
}
