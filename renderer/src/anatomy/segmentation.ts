import { Vector3 } from 'three';
import { boundaryDistance, classifySegment, type SegmentModel } from './couinaud';
import type { SampleGrid } from './surfaceNets';
import { SEGMENT_IDS, type SegmentId } from './types';

export interface SegmentStats {
  /** Volume of each segment, mL; they add up to `totalMl`. */
  volumesMl: Record<SegmentId, number>;
  totalMl: number;
  /** A point deep inside each segment, near its centroid: where a tumour without a position sits. */
  centres: Record<SegmentId, Vector3>;
  /** Depth of that point below the liver surface and the segment's boundaries, mm. */
  centreDepthMm: Record<SegmentId, number>;
  /** Grid points well inside each segment, flat [x, y, z, …]: targets for the intrahepatic branches. */
  clouds: Record<SegmentId, Float32Array>;
}

function perSegment<T>(make: () => T): Record<SegmentId, T> {
  return Object.fromEntries(SEGMENT_IDS.map((s) => [s, make()])) as Record<SegmentId, T>;
}

/**
 * Splits the liver's sampled volume among the Couinaud segments. Each grid node counts for the
 * share of its cell that lies inside (from its distance value), so the segment volumes sum to the
 * liver volume whatever the segment boundaries.
 */
export function measureSegments(grid: SampleGrid, model: SegmentModel): SegmentStats {
  const { nx, ny, nz, origin, cellMm, values } = grid;
  const cellVolumeMl = cellMm ** 3 / 1000;
  const volumesMl = perSegment(() => 0);
  const sums = perSegment(() => new Vector3());
  const weights = perSegment(() => 0);
  const clouds = perSegment<number[]>(() => []);
  let n = 0;
  for (let k = 0; k < nz; k++) {
    const z = origin[2] + k * cellMm;
    for (let j = 0; j < ny; j++) {
      const y = origin[1] + j * cellMm;
      for (let i = 0; i < nx; i++, n++) {
        const v = values[n] as number;
        const share = Math.min(1, Math.max(0, 0.5 - v / cellMm));
        if (share <= 0) continue;
        const x = origin[0] + i * cellMm;
        const segment = classifySegment(model, x, y, z);
        volumesMl[segment] += share * cellVolumeMl;
        sums[segment].x += x * share;
        sums[segment].y += y * share;
        sums[segment].z += z * share;
        weights[segment] += share;
        if (v < -1.5 && i % 2 === 0 && (j + k) % 2 === 0) clouds[segment].push(x, y, z);
      }
    }
  }
  const centres = perSegment(() => new Vector3());
  const centreDepthMm = perSegment(() => 0);
  for (const segment of SEGMENT_IDS) {
    const centroid = sums[segment].clone().divideScalar(Math.max(weights[segment], 1e-9));
    const cloud = clouds[segment];
    let bestScore = Number.NEGATIVE_INFINITY;
    for (let c = 0; c < cloud.length; c += 3) {
      const x = cloud[c] as number;
      const y = cloud[c + 1] as number;
      const z = cloud[c + 2] as number;
      const i = Math.round((x - origin[0]) / cellMm);
      const j = Math.round((y - origin[1]) / cellMm);
      const k = Math.round((z - origin[2]) / cellMm);
      const depth = Math.min(
        -(values[i + nx * (j + ny * k)] as number),
        boundaryDistance(model, segment, x, y, z),
      );
      // Deep enough for a large tumour first, then as near the centroid as that allows.
      const score = Math.min(depth, 20) - 0.02 * Math.hypot(x - centroid.x, y - centroid.y, z - centroid.z);
      if (score > bestScore) {
        bestScore = score;
        centres[segment].set(x, y, z);
        centreDepthMm[segment] = depth;
      }
    }
  }
  const totalMl = SEGMENT_IDS.reduce((sum, s) => sum + volumesMl[s], 0);
  return {
    volumesMl,
    totalMl,
    centres,
    centreDepthMm,
    clouds: Object.fromEntries(SEGMENT_IDS.map((s) => [s, new Float32Array(clouds[s])])) as Record<
      SegmentId,
      Float32Array
    >,
  };
}
