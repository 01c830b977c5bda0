import { CatmullRomCurve3, Vector3 } from 'three';
import type { FlowPathId } from '../procedure/ids';
import type { CentreLine, PathSystem } from './types';

/** [x, y, z, radiusMm] */
export type ControlPoint = readonly [number, number, number, number];

/** Target spacing of the dense centre-line points, mm. */
export const CENTRE_LINE_STEP_MM = 2;

/**
 * A smooth curve through the control points (centripetal Catmull-Rom, which neither loops nor
 * overshoots at sharp bends), resampled at even arc-length steps with radii interpolated between
 * the control points.
 */
export function buildCentreLine(
  id: FlowPathId,
  system: PathSystem,
  control: readonly ControlPoint[],
  stepMm: number = CENTRE_LINE_STEP_MM,
): CentreLine {
  if (control.length < 2) throw new Error(`${id}: needs at least two control points`);
  return { id, system, ...resampleControlPoints(control, stepMm) };
}

/** The curve through control points as even steps: points, radii, length. */
export function resampleControlPoints(
  control: readonly ControlPoint[],
  stepMm: number = CENTRE_LINE_STEP_MM,
): Omit<CentreLine, 'id' | 'system'> {
  const curve = new CatmullRomCurve3(
    control.map(([x, y, z]) => new Vector3(x, y, z)),
    false,
    'centripetal',
  );
  // Enough divisions for even steps to within a few per cent, few enough to build in a millisecond.
  curve.arcLengthDivisions = Math.max(200, control.length * 24);
  const roughLength = curve.getLength();
  const count = Math.max(2, Math.ceil(roughLength / stepMm) + 1);
  const points: Vector3[] = [];
  const radiiMm = new Float32Array(count);
  const last = control.length - 1;
  for (let i = 0; i < count; i++) {
    const t = curve.getUtoTmapping(i / (count - 1), 0);
    points.push(curve.getPoint(t));
    const s = t * last;
    const i0 = Math.min(Math.floor(s), last - 1);
    const f = s - i0;
    const r0 = (control[i0] as ControlPoint)[3];
    const r1 = (control[i0 + 1] as ControlPoint)[3];
    radiiMm[i] = r0 + (r1 - r0) * f;
  }
  const flat = new Float64Array(count * 3);
  let lengthMm = 0;
  points.forEach((p, i) => {
    flat[i * 3] = p.x;
    flat[i * 3 + 1] = p.y;
    flat[i * 3 + 2] = p.z;
    if (i > 0) lengthMm += p.distanceTo(points[i - 1] as Vector3);
  });
  return { points, radiiMm, lengthMm, stepMm: lengthMm / (count - 1), flat };
}

function clampUnit(u: number): number {
  return Math.min(1, Math.max(0, u));
}

/** Point at fraction u (0 start … 1 end) of the line's length; constant time. */
export function sampleLine(line: Pick<CentreLine, 'flat' | 'radiiMm'>, u: number, out: Vector3): Vector3 {
  const n = line.radiiMm.length;
  const f = clampUnit(u) * (n - 1);
  const i = Math.min(Math.floor(f), n - 2);
  const t = f - i;
  const a = line.flat;
  const k = i * 3;
  return out.set(
    (a[k] as number) + ((a[k + 3] as number) - (a[k] as number)) * t,
    (a[k + 1] as number) + ((a[k + 4] as number) - (a[k + 1] as number)) * t,
    (a[k + 2] as number) + ((a[k + 5] as number) - (a[k + 2] as number)) * t,
  );
}

/** Unit direction of flow at fraction u; constant time. */
export function tangentOfLine(line: CentreLine, u: number, out: Vector3): Vector3 {
  const n = line.radiiMm.length;
  const i = Math.min(Math.floor(clampUnit(u) * (n - 1)), n - 2);
  const a = line.flat;
  const k = i * 3;
  return out
    .set(
      (a[k + 3] as number) - (a[k] as number),
      (a[k + 4] as number) - (a[k + 1] as number),
      (a[k + 5] as number) - (a[k + 2] as number),
    )
    .normalize();
}

/** Radius at fraction u, mm; constant time. */
export function radiusOfLine(line: Pick<CentreLine, 'radiiMm'>, u: number): number {
  const n = line.radiiMm.length;
  const f = clampUnit(u) * (n - 1);
  const i = Math.min(Math.floor(f), n - 2);
  const r0 = line.radiiMm[i] as number;
  return r0 + ((line.radiiMm[i + 1] as number) - r0) * (f - i);
}

/** Fraction of the line's length at which it passes closest to a point. */
export function nearestFraction(line: CentreLine, x: number, y: number, z: number): number {
  const a = line.flat;
  const n = line.radiiMm.length;
  let best = 0;
  let bestD = Number.POSITIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const dx = (a[i * 3] as number) - x;
    const dy = (a[i * 3 + 1] as number) - y;
    const dz = (a[i * 3 + 2] as number) - z;
    const d = dx * dx + dy * dy + dz * dz;
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  }
  return best / (n - 1);
}
