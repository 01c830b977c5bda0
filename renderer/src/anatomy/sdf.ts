import { Euler, Matrix4, Vector3 } from 'three';
import type { VesselId } from '../procedure/ids';
import { sampleLine } from './curve';
import type { GallbladderFile, LiverPrimitive } from './schema';
import type { CentreLine } from './types';

/** A signed distance (negative inside), in mm, and a cheap lower bound used to skip far shapes. */
interface Shape {
  distance(x: number, y: number, z: number): number;
  lowerBound(x: number, y: number, z: number): number;
}

export type Sdf = (x: number, y: number, z: number) => number;

function ellipsoidShape(
  centre: readonly number[],
  radii: readonly number[],
  rotationDeg?: readonly number[],
): Shape {
  const [cx, cy, cz] = centre as [number, number, number];
  const [rx, ry, rz] = radii as [number, number, number];
  const rot = rotationDeg ?? [0, 0, 0];
  const toRad = Math.PI / 180;
  // Inverse rotation takes a body point into the ellipsoid's own axes.
  const m = new Matrix4()
    .makeRotationFromEuler(
      new Euler((rot[0] ?? 0) * toRad, (rot[1] ?? 0) * toRad, (rot[2] ?? 0) * toRad, 'XYZ'),
    )
    .transpose().elements;
  const [m0, m1, m2, , m4, m5, m6, , m8, m9, m10] = m as unknown as number[];
  const maxR = Math.max(rx, ry, rz);
  const minR = Math.min(rx, ry, rz);
  return {
    distance(x, y, z) {
      const px = x - cx;
      const py = y - cy;
      const pz = z - cz;
      const lx = (m0 as number) * px + (m4 as number) * py + (m8 as number) * pz;
      const ly = (m1 as number) * px + (m5 as number) * py + (m9 as number) * pz;
      const lz = (m2 as number) * px + (m6 as number) * py + (m10 as number) * pz;
      const ax = lx / rx;
      const ay = ly / ry;
      const az = lz / rz;
      const k0 = Math.sqrt(ax * ax + ay * ay + az * az);
      const bx = ax / rx;
      const by = ay / ry;
      const bz = az / rz;
      const k1 = Math.sqrt(bx * bx + by * by + bz * bz);
      return k1 < 1e-9 ? -minR : (k0 * (k0 - 1)) / k1;
    },
    lowerBound(x, y, z) {
      return Math.hypot(x - cx, y - cy, z - cz) - maxR;
    },
  };
}

/** Distance to a chain of segments whose radius varies linearly along each segment. */
function chainShape(points: readonly Vector3[], radii: readonly number[]): Shape {
  const n = points.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const zs = new Float64Array(n);
  const rs = new Float64Array(n);
  let minX = Number.POSITIVE_INFINITY;
  let minY = minX;
  let minZ = minX;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = maxX;
  let maxZ = maxX;
  points.forEach((p, i) => {
    const r = radii[i] ?? 0;
    xs[i] = p.x;
    ys[i] = p.y;
    zs[i] = p.z;
    rs[i] = r;
    minX = Math.min(minX, p.x - r);
    minY = Math.min(minY, p.y - r);
    minZ = Math.min(minZ, p.z - r);
    maxX = Math.max(maxX, p.x + r);
    maxY = Math.max(maxY, p.y + r);
    maxZ = Math.max(maxZ, p.z + r);
  });
  return {
    distance(x, y, z) {
      let best = Number.POSITIVE_INFINITY;
      for (let i = 0; i < n - 1; i++) {
        const ax = xs[i] as number;
        const ay = ys[i] as number;
        const az = zs[i] as number;
        const dx = (xs[i + 1] as number) - ax;
        const dy = (ys[i + 1] as number) - ay;
        const dz = (zs[i + 1] as number) - az;
        const len2 = dx * dx + dy * dy + dz * dz;
        let t = len2 > 0 ? ((x - ax) * dx + (y - ay) * dy + (z - az) * dz) / len2 : 0;
        t = Math.min(1, Math.max(0, t));
        const qx = x - ax - dx * t;
        const qy = y - ay - dy * t;
        const qz = z - az - dz * t;
        const r = (rs[i] as number) + ((rs[i + 1] as number) - (rs[i] as number)) * t;
        const d = Math.sqrt(qx * qx + qy * qy + qz * qz) - r;
        if (d < best) best = d;
      }
      return best;
    },
    lowerBound(x, y, z) {
      const dx = Math.max(minX - x, 0, x - maxX);
      const dy = Math.max(minY - y, 0, y - maxY);
      const dz = Math.max(minZ - z, 0, z - maxZ);
      return Math.sqrt(dx * dx + dy * dy + dz * dz);
    },
  };
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

function primitiveShape(
  primitive: LiverPrimitive,
  lines: ReadonlyMap<VesselId, CentreLine>,
  gallbladder: GallbladderFile,
): Shape {
  const shape = primitive.shape;
  switch (shape.type) {
    case 'ellipsoid':
      return ellipsoidShape(shape.centre, shape.radii, shape.rotationDeg);
    case 'capsule':
      return chainShape([new Vector3(...shape.a), new Vector3(...shape.b)], [shape.radius, shape.radius]);
    case 'pathTube': {
      const line = lines.get(shape.path);
      if (!line) throw new Error(`liver primitive ${primitive.name}: no centre line ${shape.path}`);
      const from = shape.from ?? 0;
      const to = shape.to ?? 1;
      const steps = Math.max(1, Math.round((Math.abs(to - from) * line.lengthMm) / 6));
      const offset = new Vector3(...(shape.offset ?? [0, 0, 0]));
      const points: Vector3[] = [];
      const radii: number[] = [];
      for (let i = 0; i <= steps; i++) {
        const u = from + ((to - from) * i) / steps;
        points.push(sampleLine(line, u, new Vector3()).add(offset));
        const n = line.radiiMm.length - 1;
        radii.push((line.radiiMm[Math.round(u * n)] as number) + shape.extraRadiusMm);
      }
      return chainShape(points, radii);
    }
    case 'plane': {
      const n = new Vector3(...shape.normal).normalize();
      const offset = n.dot(new Vector3(...shape.point));
      // Inside (negative) on the normal's side.
      const distance = (x: number, y: number, z: number) => offset - (n.x * x + n.y * y + n.z * z);
      return { distance, lowerBound: distance };
    }
    case 'gallbladder': {
      const { points, radii } = gallbladderChain(gallbladder, shape.extraRadiusMm);
      return chainShape(points, radii);
    }
  }
}

/** Polynomial smooth minimum: blends two distances over a band k mm wide. */
export function smoothMin(a: number, b: number, k: number): number {
  if (k <= 0) return Math.min(a, b);
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.min(a, b) - h * h * k * 0.25;
}

/**
 * Distances are exact only up to this many mm from the nearest surface; beyond it only the sign and
 * "at least this far" are kept, which is all that polygonising, volumes and depth checks need.
 */
export const SDF_EXACT_RANGE_MM = 30;

/**
 * The liver as one signed distance function: the primitives combined in order (smooth union,
 * smooth cut, smooth intersection). A shape is skipped when its lower bound shows it cannot change
 * the result within SDF_EXACT_RANGE_MM of the surface, which keeps evaluation fast: deep inside the
 * liver, far cuts are never evaluated.
 */
export function compileLiverSdf(
  primitives: readonly LiverPrimitive[],
  lines: ReadonlyMap<VesselId, CentreLine>,
  gallbladder: GallbladderFile,
): Sdf {
  const shapes = primitives.map((p) => primitiveShape(p, lines, gallbladder));
  const ops = primitives.map((p) => (p.op === 'union' ? 0 : p.op === 'subtract' ? 1 : 2));
  const blends = primitives.map((p) => p.blendMm);
  const count = shapes.length;
  const range = SDF_EXACT_RANGE_MM;
  return (x, y, z) => {
    let d = (shapes[0] as Shape).distance(x, y, z);
    for (let i = 1; i < count; i++) {
      const shape = shapes[i] as Shape;
      const op = ops[i];
      const k = blends[i] as number;
      if (op === 0) {
        if (d < -range || shape.lowerBound(x, y, z) > d + k) continue;
        d = smoothMin(d, shape.distance(x, y, z), k);
      } else if (op === 1) {
        if (d > range || shape.lowerBound(x, y, z) > Math.min(k - d, range + k)) continue;
        d = -smoothMin(-d, shape.distance(x, y, z), k);
      } else {
        if (d > range) continue;
        d = -smoothMin(-d, -shape.distance(x, y, z), k);
      }
    }
    return d;
  };
}
