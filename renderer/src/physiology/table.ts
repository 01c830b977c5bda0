import { COMPARTMENTS, type CompartmentId, FLOW_PATH_IDS } from './ids';
import type { Solution } from './solver';

/** What the scene reads every frame: one moment of the solved procedure. Allocate once, refill. */
export interface PhysiologySample {
  timeS: number;
  /** mg/L, indexed like COMPARTMENTS. */
  conc: Float64Array;
  /** mg/L in systemic blood had the same dose been given intravenously. */
  ivComparatorSystemic: number;
  /** mL/min, indexed like FLOW_PATH_IDS; negative = against the path's normal direction; 0 = no flow. */
  pathFlow: Float64Array;
  /** mg/L of the blood in that path. */
  pathConc: Float64Array;
}

export function createSample(): PhysiologySample {
  return {
    timeS: 0,
    conc: new Float64Array(COMPARTMENTS.length),
    ivComparatorSystemic: 0,
    pathFlow: new Float64Array(FLOW_PATH_IDS.length),
    pathConc: new Float64Array(FLOW_PATH_IDS.length),
  };
}

// Where the last `locate` landed: module scratch, so that sampling every frame allocates nothing.
const located = { row: 0, weight: 0, timeS: 0 };

/** Row below a time and the weight of the row above (time clamped to the solution). */
function locate(solution: Solution, timeS: number): void {
  const t = Number.isFinite(timeS) ? Math.min(Math.max(0, timeS), solution.durationS) : 0;
  const x = t / solution.dtS;
  const row = Math.min(Math.max(0, Math.floor(x)), solution.count - 2);
  located.row = row;
  located.weight = Math.min(1, Math.max(0, x - row));
  located.timeS = t;
}

function lerpRow(
  table: Float64Array | Float32Array,
  width: number,
  row: number,
  weight: number,
  out: Float64Array,
  rows = 1,
): void {
  const a = row * width;
  const b = a + rows * width;
  for (let i = 0; i < width; i++) {
    out[i] = (table[a + i] as number) + weight * ((table[b + i] as number) - (table[a + i] as number));
  }
}

/** Flows (mL/min per FLOW_PATH_IDS entry) at a time, interpolated between the keyframes around it. */
export function pathFlowsAt(solution: Solution, timeS: number, out: Float64Array): Float64Array {
  locate(solution, timeS);
  const { row, timeS: t } = located;
  const times = solution.flowTimes;
  const last = times.length - 1;
  let j = solution.flowSegment[row] as number;
  // Keyframes are about a time step apart or more: this moves on once, rarely twice.
  while (j < last - 1 && t >= (times[j + 1] as number)) j++;
  const k = Math.min(j + 1, last);
  const t0 = times[j] as number;
  const t1 = times[k] as number;
  const w = t1 > t0 ? Math.min(1, Math.max(0, (t - t0) / (t1 - t0))) : 0;
  lerpRow(solution.flowKeys, FLOW_PATH_IDS.length, j, w, out, k - j);
  return out;
}

/** Path concentrations (mg/L) at a time, from their coarser rows. */
function pathConcAt(solution: Solution, t: number, out: Float64Array): void {
  const spacing = solution.pathConcEvery * solution.dtS;
  const row = Math.min(Math.max(0, Math.floor(t / spacing)), solution.pathConcRows - 2);
  const t0 = row * spacing;
  const t1 = Math.min((row + 1) * spacing, solution.durationS);
  const w = t1 > t0 ? Math.min(1, Math.max(0, (t - t0) / (t1 - t0))) : 0;
  lerpRow(solution.pathConc, FLOW_PATH_IDS.length, row, w, out);
}

/** The solution at a time, linearly interpolated: constant time, no allocation. */
export function sampleAt(solution: Solution, timeS: number, out: PhysiologySample): PhysiologySample {
  locate(solution, timeS);
  const { row, weight, timeS: t } = located;
  out.timeS = t;
  lerpRow(solution.conc, COMPARTMENTS.length, row, weight, out.conc);
  pathFlowsAt(solution, t, out.pathFlow);
  pathConcAt(solution, t, out.pathConc);
  const a = solution.ivSystemic[row] as number;
  out.ivComparatorSystemic = a + weight * ((solution.ivSystemic[row + 1] as number) - a);
  return out;
}

/** One compartment's concentration (mg/L) over time (s), every `stepS` seconds and at the end; for charts. */
export function seriesFor(
  solution: Solution,
  compartment: CompartmentId | 'ivComparator',
  stepS?: number,
): { t: Float64Array; y: Float64Array } {
  const step = stepS !== undefined && stepS > 0 ? stepS : solution.dtS;
  const whole = Math.floor(solution.durationS / step + 1e-9);
  const n = whole + 1 + (whole * step < solution.durationS - 1e-9 ? 1 : 0);
  const t = new Float64Array(n);
  const y = new Float64Array(n);
  const column = compartment === 'ivComparator' ? -1 : COMPARTMENTS.indexOf(compartment);
  const width = COMPARTMENTS.length;
  for (let i = 0; i < n; i++) {
    const time = Math.min(i * step, solution.durationS);
    locate(solution, time);
    const { row, weight } = located;
    const at = (r: number) =>
      column < 0 ? (solution.ivSystemic[r] as number) : (solution.conc[r * width + column] as number);
    t[i] = time;
    y[i] = at(row) + weight * (at(row + 1) - at(row));
  }
  return { t, y };
}
