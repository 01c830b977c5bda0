import { Quaternion, Vector3 } from 'three';
import { getCentreLines, pointAlong, tangentAlong } from '../anatomy';
import type { FlowPathId } from '../procedure/ids';

/**
 * The scene's view of the anatomy's centre lines: where a point along a vessel or tube is, and how
 * wide it is. One place to adapt if the anatomy's API changes.
 */
export type PathSystem = 'artery' | 'portal' | 'vein' | 'circuit';

export function pathLengthMm(id: FlowPathId): number {
  return getCentreLines().get(id)?.lengthMm ?? 0;
}

export function pathRadiusMm(id: FlowPathId): number {
  const radii = getCentreLines().get(id)?.radiiMm ?? [];
  if (radii.length === 0) return 1;
  let sum = 0;
  for (const r of radii) sum += r;
  return sum / radii.length;
}

export function pathSystem(id: FlowPathId): PathSystem {
  return (getCentreLines().get(id)?.system as PathSystem | undefined) ?? 'circuit';
}

export function pointOnPath(id: FlowPathId, u: number, out: Vector3): Vector3 {
  return pointAlong(id, u, out);
}

export function tangentOnPath(id: FlowPathId, u: number, out: Vector3): Vector3 {
  return tangentAlong(id, u, out);
}

const UP = new Vector3(0, 1, 0);

/** Where a device sits on its vessel or line, turned so its local y axis runs along the flow. */
export function placementAlong(id: FlowPathId, along: number): { position: Vector3; quaternion: Quaternion } {
  const position = pointOnPath(id, along, new Vector3());
  const tangent = tangentOnPath(id, along, new Vector3()).normalize();
  return { position, quaternion: new Quaternion().setFromUnitVectors(UP, tangent) };
}
