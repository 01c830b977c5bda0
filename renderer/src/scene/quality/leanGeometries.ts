import type { BufferGeometry } from 'three';
import { buildCoarseLiverSurface, buildLeanVesselTube, getAnatomy } from '../../anatomy';
import type { FlowPathId } from '../../procedure/ids';
import { buildStreakGeometry } from '../streakGeometry';

/**
 * The lighter geometry that lean frames draw (see leanFrame.ts), each built once on first use and
 * kept like the anatomy's own: the anatomy is built once per run.
 */

let liver: BufferGeometry | null = null;
const tubes = new Map<FlowPathId, BufferGeometry>();
let streak: BufferGeometry | null = null;

/** The liver from every other node of its distance-field grid: about a quarter of its triangles. */
export function leanLiverGeometry(): BufferGeometry {
  if (!liver) {
    const { sdf, grid } = getAnatomy().liver;
    liver = buildCoarseLiverSurface(sdf, grid);
  }
  return liver;
}

/** A vessel's tube with half the sides and rings 6 mm apart. */
export function leanVesselTube(id: FlowPathId): BufferGeometry {
  let tube = tubes.get(id);
  if (!tube) {
    const line = getAnatomy().centreLines.get(id);
    if (!line) throw new Error(`no centre line for ${id}`);
    tube = buildLeanVesselTube(line);
    tubes.set(id, tube);
  }
  return tube;
}

/** The blood particle in 16 triangles instead of 48. */
export function leanStreakGeometry(): BufferGeometry {
  streak ??= buildStreakGeometry(true);
  return streak;
}
