import { NO_FLOW_ML_MIN } from '../physiology';

/**
 * How far blood particles have travelled along each path by a procedure time, so that a frame is a
 * pure function of time: scrubbing back and forth gives the same picture, whatever the frame rate.
 *
 * Speed follows flow: the mean velocity Q/A of the path, scaled down to be watchable and clamped.
 * Travel is integrated once per physiology solution, sampled with linear interpolation per frame.
 */

/** Real velocity × this = on-screen velocity at 1× playback (mm per real second). */
const VISUAL_SCALE = 0.12;
const MIN_VISUAL_MM_S = 4;
const MAX_VISUAL_MM_S = 70;

/** Below this a path counts as stopped: the physiology's one "no flow" threshold. */
export { NO_FLOW_ML_MIN };

/** On-screen speed in mm per real second at 1× for a flow (mL/min) through a tube of radius r (mm). */
export function visualSpeedMmPerS(flowMlMin: number, radiusMm: number): number {
  const magnitude = Math.abs(flowMlMin);
  if (magnitude < NO_FLOW_ML_MIN) return 0;
  const velocity = (magnitude * 1000) / 60 / (Math.PI * radiusMm * radiusMm);
  const visual = Math.min(MAX_VISUAL_MM_S, Math.max(MIN_VISUAL_MM_S, velocity * VISUAL_SCALE));
  return Math.sign(flowMlMin) * visual;
}

export interface TravelTable {
  stepS: number;
  count: number;
  /** travel[path][i] = millimetres travelled by procedure time i × stepS. */
  travel: Float32Array[];
}

/**
 * @param flowAt fills `out[path]` with each path's flow (mL/min) at a procedure time.
 * @param procedureSecondsPerRealSecond how fast procedure time runs at 1×.
 */
export function buildTravelTable(
  durationS: number,
  stepS: number,
  radiiMm: readonly number[],
  procedureSecondsPerRealSecond: number,
  flowAt: (timeS: number, out: Float64Array) => void,
): TravelTable {
  const count = Math.floor(durationS / stepS) + 1;
  const paths = radiiMm.length;
  const travel = Array.from({ length: paths }, () => new Float32Array(count));
  const flows = new Float64Array(paths);
  const previous = new Float64Array(paths);
  flowAt(0, previous);
  for (let i = 1; i < count; i++) {
    flowAt(i * stepS, flows);
    for (let p = 0; p < paths; p++) {
      const radius = radiiMm[p] ?? 1;
      // Trapezoid rule on the on-screen speed, converted to travel per procedure second.
      const speed =
        (visualSpeedMmPerS(previous[p] ?? 0, radius) + visualSpeedMmPerS(flows[p] ?? 0, radius)) /
        2 /
        procedureSecondsPerRealSecond;
      const row = travel[p] as Float32Array;
      row[i] = (row[i - 1] ?? 0) + speed * stepS;
      previous[p] = flows[p] ?? 0;
    }
  }
  return { stepS, count, travel };
}

/** Travel of one path at a time, interpolated. Constant time, no allocation. */
export function travelAt(table: TravelTable, path: number, timeS: number): number {
  const row = table.travel[path];
  if (!row) return 0;
  const x = Math.min(Math.max(timeS / table.stepS, 0), table.count - 1);
  const i = Math.floor(x);
  const f = x - i;
  const a = row[i] ?? 0;
  const b = row[Math.min(i + 1, table.count - 1)] ?? a;
  return a + (b - a) * f;
}
