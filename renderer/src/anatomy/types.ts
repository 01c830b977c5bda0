import type { Vector3 } from 'three';
import type { FlowPathId } from '../procedure/ids';

/** How a path is drawn and which blood it carries. */
export type PathSystem = 'artery' | 'portal' | 'vein' | 'circuit';

/** Couinaud segments, in the order the app lists them. */
export const SEGMENT_IDS = ['I', 'II', 'III', 'IVa', 'IVb', 'V', 'VI', 'VII', 'VIII'] as const;
export type SegmentId = (typeof SEGMENT_IDS)[number];

/** A vessel or tubing centre line, resampled to even steps so that sampling it takes constant time. */
export interface CentreLine {
  id: FlowPathId;
  system: PathSystem;
  /** Dense points, evenly spaced along the line, in flow direction (mm, body frame). */
  points: Vector3[];
  /** Radius at each point, mm. */
  radiiMm: Float32Array;
  /** Length of the line, mm. */
  lengthMm: number;
  /** Distance between neighbouring points, mm. */
  stepMm: number;
  /** The same points as a flat [x, y, z, …] array, for hot loops. */
  flat: Float64Array;
}
