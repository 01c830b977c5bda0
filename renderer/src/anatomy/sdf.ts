import { Euler, Matrix4, Vector3 } from 'three';
import type { VesselId } from '../procedure/ids';
import { sampleLine } from './curve';
import type { GallbladderFile, LiverPrimitive } from './schema';
import type { CentreLine } from './types';

export type Sdf = (x: number, y: number, z: number) => number;

/**
 * Distances are exact only up to this many mm from the nearest surface; beyond it only the sign and
 * "at least this far" are kept, which is all that polygonising, volumes and depth checks need.
 */
export const SDF_EXACT_RANGE_MM = 30;

// Shape kinds and the layout of their parameters in one flat array, so that evaluation is a single
// loop with a switch: no closures or polymorphic calls in the hot path.
const ELLIPSOID = 0; // cx cy cz, m00..m22 (inverse rotation), 1/rx 1/ry 1/rz, maxR, minR: 17
const CHAIN = 1; // first segment, segment count, bounding box min xyz, max xyz: 8
const PLANE = 2; // nx ny nz offset: 4
const STRIDE = 17;
// Chain segments: ax ay az, dx dy dz, 1/|d|², r0, r1 - r0.
const SEGMENT = 9;

interface Program {
  kinds: Uint8Array;
  ops: Uint8Array;
  blends: Float64Array;
  params: Float64Array;
  segments: Float64Array;
}

/** A chain of points with a radius each, as the segments of a chain shape. */
function chainSegments(points: readonly Vector3[], radii: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i] as Vector3;
    const b = points[i + 1] as Vector3;
    const len2 = a.distanceToSquared(b);
    const r0 = radii[i] ?? 0;
    out.push(
      a.x,
      a.y,
      a.z,
      b.x - a.x,
      b.y - a.y,
      b.z - a.z,
      len2 > 0 ? 1 / len2 : 0,
      r0,
      (radii[i + 1] ?? 0) - r0,
    );
  }
  return out;
}

/** The gallbladder as a chain along its axis, radius from its profile. */
export function gallbladderChain(
  spec: GallbladderFile,
  extraRadiusMm = 0,
): { points: Vector3[]; radii: number[] } {
  const fundus = new Vector3(...spec.fundus);
  const neck = new Vector3(...spec.neck);
  const points: Vector3[] = [];
  const radii: number[] = [];
  for (const [t, r] of spec.profile) {
    points.push(fundus.clone().lerp(neck, t));
    radii.push(Math.max(0, r + extraRadiusMm));
  }
  return { points, radii };
}

/** Points and radii of a primitive that is a chain: a capsule, a vessel groove or the gallbladder. */
function chainOf(
  primitive: LiverPrimitive,
  lines: ReadonlyMap<VesselId, CentreLine>,
  gallbladder: GallbladderFile,
): { points: Vector3[]; radii: number[] } | null {
  const shape = primitive.shape;
  if (shape.type === 'capsule') {
    return {
      points: [new Vector3(...shape.a), new Vector3(...shape.b)],
      radii: [shape.radius, shape.radius],
    };
  }
  if (shape.type === 'gallbladder') return gallbladderChain(gallbladder, shape.extraRadiusMm);
  if (shape.type !== 'pathTube') return null;
  const line = lines.get(shape.path);
  if (!line) throw new Error(`liver primitive ${primitive.name}: no centre line ${shape.path}`);
  const from = shape.from ?? 0;
  const to = shape.to ?? 1;
  // A segment every 10 mm follows a vessel's gentle curves closely enough for a groove.
  const steps = Math.max(1, Math.round((Math.abs(to - from) * line.lengthMm) / 10));
  const offset = new Vector3(...(shape.offset ?? [0, 0, 0]));
  const points: Vector3[] = [];
  const radii: number[] = [];
  const last = line.radiiMm.length - 1;
  for (let i = 0; i <= steps; i++) {
    const u = from + ((to - from) * i) / steps;
    points.push(sampleLine(line, u, new Vector3()).add(offset));
    radii.push((line.radiiMm[Math.round(u * last)] as number) + shape.extraRadiusMm);
  }
  return { points, radii };
}

function compile(
  primitives: readonly LiverPrimitive[],
  lines: ReadonlyMap<VesselId, CentreLine>,
  gallbladder: GallbladderFile,
): Program {
  const n = primitives.length;
  const program: Program = {
    kinds: new Uint8Array(n),
    ops: new Uint8Array(n),
    blends: new Float64Array(n),
    params: new Float64Array(n * STRIDE),
    segments: new Float64Array(0),
  };
  const segments: number[] = [];
  const toRad = Math.PI / 180;
  primitives.forEach((primitive, i) => {
    program.ops[i] = primitive.op === 'union' ? 0 : primitive.op === 'subtract' ? 1 : 2;
    program.blends[i] = primitive.blendMm;
    const p = i * STRIDE;
    const shape = primitive.shape;
    if (shape.type === 'ellipsoid') {
      program.kinds[i] = ELLIPSOID;
      const rot = shape.rotationDeg ?? [0, 0, 0];
      const m = new Matrix4()
        .makeRotationFromEuler(new Euler(rot[0] * toRad, rot[1] * toRad, rot[2] * toRad, 'XYZ'))
        .transpose().elements;
      // Rows of the inverse rotation (elements are column-major).
      const rows = [m[0], m[4], m[8], m[1], m[5], m[9], m[2], m[6], m[10]] as number[];
      const [rx, ry, rz] = shape.radii;
      program.params.set(
        [...shape.centre, ...rows, 1 / rx, 1 / ry, 1 / rz, Math.max(rx, ry, rz), Math.min(rx, ry, rz)],
        p,
      );
      return;
    }
    if (shape.type === 'plane') {
      program.kinds[i] = PLANE;
      const normal = new Vector3(...shape.normal).normalize();
      program.params.set([normal.x, normal.y, normal.z, normal.dot(new Vector3(...shape.point))], p);
      return;
    }
    const chain = chainOf(primitive, lines, gallbladder);
    if (!chain) throw new Error(`liver primitive ${primitive.name}: unknown shape`);
    program.kinds[i] = CHAIN;
    const first = segments.length / SEGMENT;
    segments.push(...chainSegments(chain.points, chain.radii));
    const box = [Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity];
    chain.points.forEach((q, k) => {
      const r = chain.radii[k] ?? 0;
      box[0] = Math.min(box[0] as number, q.x - r);
      box[1] = Math.min(box[1] as number, q.y - r);
      box[2] = Math.min(box[2] as number, q.z - r);
      box[3] = Math.max(box[3] as number, q.x + r);
      box[4] = Math.max(box[4] as number, q.y + r);
      box[5] = Math.max(box[5] as number, q.z + r);
    });
    program.params.set([first, chain.points.length - 1, ...box], p);
  });
  program.segments = new Float64Array(segments);
  return program;
}

/** Polynomial smooth minimum: blends two distances over a band k mm wide. */
export function smoothMin(a: number, b: number, k: number): number {
  if (k <= 0) return Math.min(a, b);
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.min(a, b) - h * h * k * 0.25;
}

/**
 * The liver as one signed distance function: the primitives combined in order (smooth union,
 * smooth cut, smooth intersection). A shape is skipped when a cheap lower bound on its distance
 * shows it cannot change the result within SDF_EXACT_RANGE_MM of the surface; deep inside the
 * liver, far cuts are never evaluated.
 */
export function compileLiverSdf(
  primitives: readonly LiverPrimitive[],
  lines: ReadonlyMap<VesselId, CentreLine>,
  gallbladder: GallbladderFile,
): Sdf {
  const { kinds, ops, blends, params: q, segments: s } = compile(primitives, lines, gallbladder);
  const count = kinds.length;
  const range = SDF_EXACT_RANGE_MM;
  return (x, y, z) => {
    let d = 0;
    for (let i = 0; i < count; i++) {
      const p = i * STRIDE;
      const kind = kinds[i] as number;
      const op = ops[i] as number;
      const k = blends[i] as number;
      // How far the shape may be and still matter; beyond it, skip.
      let reach: number;
      if (i === 0) reach = Number.POSITIVE_INFINITY;
      else if (op === 0) reach = d < -range ? Number.NEGATIVE_INFINITY : d + k;
      else if (op === 1) reach = d > range ? Number.NEGATIVE_INFINITY : Math.min(k - d, range + k);
      else reach = d > range ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
      if (reach === Number.NEGATIVE_INFINITY) continue;
      let e: number;
      if (kind === ELLIPSOID) {
        const px = x - (q[p] as number);
        const py = y - (q[p + 1] as number);
        const pz = z - (q[p + 2] as number);
        if (op !== 2 && Math.sqrt(px * px + py * py + pz * pz) - (q[p + 15] as number) > reach) continue;
        const ax =
          ((q[p + 3] as number) * px + (q[p + 4] as number) * py + (q[p + 5] as number) * pz) *
          (q[p + 12] as number);
        const ay =
          ((q[p + 6] as number) * px + (q[p + 7] as number) * py + (q[p + 8] as number) * pz) *
          (q[p + 13] as number);
        const az =
          ((q[p + 9] as number) * px + (q[p + 10] as number) * py + (q[p + 11] as number) * pz) *
          (q[p + 14] as number);
        const k0 = Math.sqrt(ax * ax + ay * ay + az * az);
        const bx = ax * (q[p + 12] as number);
        const by = ay * (q[p + 13] as number);
        const bz = az * (q[p + 14] as number);
        const k1 = Math.sqrt(bx * bx + by * by + bz * bz);
        e = k1 < 1e-9 ? -(q[p + 16] as number) : (k0 * (k0 - 1)) / k1;
      } else if (kind === PLANE) {
        e =
          (q[p + 3] as number) - ((q[p] as number) * x + (q[p + 1] as number) * y + (q[p + 2] as number) * z);
      } else {
        const bx = Math.max((q[p + 2] as number) - x, 0, x - (q[p + 5] as number));
        const by = Math.max((q[p + 3] as number) - y, 0, y - (q[p + 6] as number));
        const bz = Math.max((q[p + 4] as number) - z, 0, z - (q[p + 7] as number));
        if (op !== 2 && Math.sqrt(bx * bx + by * by + bz * bz) > reach) continue;
        const first = q[p] as number;
        const last = first + (q[p + 1] as number);
        e = Number.POSITIVE_INFINITY;
        for (let g = first; g < last; g++) {
          const o = g * SEGMENT;
          const wx = x - (s[o] as number);
          const wy = y - (s[o + 1] as number);
          const wz = z - (s[o + 2] as number);
          const dx = s[o + 3] as number;
          const dy = s[o + 4] as number;
          const dz = s[o + 5] as number;
          const t = Math.min(1, Math.max(0, (wx * dx + wy * dy + wz * dz) * (s[o + 6] as number)));
          const rx = wx - dx * t;
          const ry = wy - dy * t;
          const rz = wz - dz * t;
          const dist =
            Math.sqrt(rx * rx + ry * ry + rz * rz) - ((s[o + 7] as number) + (s[o + 8] as number) * t);
          if (dist < e) e = dist;
        }
      }
      if (i === 0) d = e;
      else if (op === 0) d = smoothMin(d, e, k);
      else if (op === 1) d = -smoothMin(-d, e, k);
      else d = -smoothMin(-d, -e, k);
    }
    return d;
  };
}
