import { BufferAttribute, BufferGeometry, Vector3 } from 'three';
import { radiusOfLine, sampleLine } from './curve';
import type { CentreLine } from './types';

/** Anything with evenly spaced points and radii: a centre line, or a duct resampled the same way. */
export type TubePath = Pick<CentreLine, 'flat' | 'radiiMm' | 'lengthMm'>;

/** How a tube's index buffer is laid out, so a draw range can reveal it from its start. */
export interface TubeLayout {
  /** Indices per step between two rings. */
  ringIndexCount: number;
  /** Number of steps between rings. */
  steps: number;
  /** Indices of the end caps, which come last. */
  capIndexCount: number;
}

export interface TubeOptions {
  /** Vertices round each ring; 12. */
  radialSegments?: number;
  /** Longest distance between rings, mm; 3. */
  ringSpacingMm?: number;
  /** Close the start and the end with flat caps; false. */
  capStart?: boolean;
  capEnd?: boolean;
}

const tangent = new Vector3();
const normal = new Vector3();
const binormal = new Vector3();
const previous = new Vector3();

/**
 * A tube round a chain of points with a radius per point. Frames are carried along the chain
 * (parallel transport), so the tube does not twist; rings are written start to end and the index
 * buffer follows them, caps last.
 */
export function buildTubeFromPoints(
  points: readonly Vector3[],
  radii: ArrayLike<number>,
  options: TubeOptions = {},
): BufferGeometry {
  const radial = options.radialSegments ?? 12;
  const rings = points.length;
  const capStart = options.capStart ?? false;
  const capEnd = options.capEnd ?? false;
  const vertexCount = rings * radial + (capStart ? 1 : 0) + (capEnd ? 1 : 0);
  const positions = new Float32Array(vertexCount * 3);
  const normals = new Float32Array(vertexCount * 3);
  const tangents: Vector3[] = points.map((_, i) => {
    const a = points[Math.max(0, i - 1)] as Vector3;
    const b = points[Math.min(rings - 1, i + 1)] as Vector3;
    return new Vector3().subVectors(b, a).normalize();
  });
  // Any direction not along the first tangent starts the frame.
  const t0 = tangents[0] as Vector3;
  normal.set(0, 0, 1);
  if (Math.abs(t0.dot(normal)) > 0.9) normal.set(1, 0, 0);
  normal.addScaledVector(t0, -normal.dot(t0)).normalize();
  for (let i = 0; i < rings; i++) {
    tangent.copy(tangents[i] as Vector3);
    previous.copy(normal);
    normal.addScaledVector(tangent, -normal.dot(tangent));
    if (normal.lengthSq() < 1e-12) normal.copy(previous);
    normal.normalize();
    binormal.crossVectors(tangent, normal);
    const p = points[i] as Vector3;
    const r = radii[i] as number;
    for (let j = 0; j < radial; j++) {
      const a = (j / radial) * Math.PI * 2;
      const c = Math.cos(a);
      const s = Math.sin(a);
      const nx = normal.x * c + binormal.x * s;
      const ny = normal.y * c + binormal.y * s;
      const nz = normal.z * c + binormal.z * s;
      const v = (i * radial + j) * 3;
      positions[v] = p.x + nx * r;
      positions[v + 1] = p.y + ny * r;
      positions[v + 2] = p.z + nz * r;
      normals[v] = nx;
      normals[v + 1] = ny;
      normals[v + 2] = nz;
    }
  }
  const indices: number[] = [];
  for (let i = 0; i < rings - 1; i++) {
    for (let j = 0; j < radial; j++) {
      const a = i * radial + j;
      const b = i * radial + ((j + 1) % radial);
      const c = a + radial;
      const d = b + radial;
      // Counter-clockwise seen from outside.
      indices.push(a, b, c, b, d, c);
    }
  }
  let capIndexCount = 0;
  let next = rings * radial;
  const cap = (ring: number, sign: number) => {
    const centre = points[ring] as Vector3;
    const t = tangents[ring] as Vector3;
    positions.set([centre.x, centre.y, centre.z], next * 3);
    normals.set([t.x * sign, t.y * sign, t.z * sign], next * 3);
    for (let j = 0; j < radial; j++) {
      const a = ring * radial + j;
      const b = ring * radial + ((j + 1) % radial);
      if (sign < 0) indices.push(next, b, a);
      else indices.push(next, a, b);
      capIndexCount += 3;
    }
    next++;
  };
  if (capStart) cap(0, -1);
  if (capEnd) cap(rings - 1, 1);
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(positions, 3));
  geometry.setAttribute('normal', new BufferAttribute(normals, 3));
  geometry.setIndex(indices);
  const layout: TubeLayout = { ringIndexCount: radial * 6, steps: rings - 1, capIndexCount };
  geometry.userData.tube = layout;
  geometry.computeBoundingSphere();
  return geometry;
}

/** Rings along a centre line at most `ringSpacingMm` apart. */
export function buildTube(line: TubePath, options: TubeOptions = {}): BufferGeometry {
  const spacing = options.ringSpacingMm ?? 3;
  const steps = Math.max(1, Math.ceil(line.lengthMm / spacing));
  const points: Vector3[] = [];
  const radii = new Float32Array(steps + 1);
  for (let i = 0; i <= steps; i++) {
    const u = i / steps;
    points.push(sampleLine(line, u, new Vector3()));
    radii[i] = radiusOfLine(line, u);
  }
  return buildTubeFromPoints(points, radii, options);
}

/** Index count that shows the first `fraction` of a tube built here (caps only when whole). */
export function tubeDrawCount(layout: TubeLayout, fraction: number): number {
  if (fraction >= 1) return layout.steps * layout.ringIndexCount + layout.capIndexCount;
  return Math.floor(Math.max(0, fraction) * layout.steps) * layout.ringIndexCount;
}
