import { Vector3 } from 'three';
import type { CircuitId, FlowPathId, VesselId } from '../procedure/ids';
import { nearestFraction, radiusOfLine, sampleLine } from './curve';
import type { CircuitFile } from './schema';
import type { CentreLine } from './types';

/** Where a catheter or cannula runs inside the body: its tip, and where it goes through the vessel wall. */
export interface CannulaSite {
  line: CircuitId;
  /** Which end of the line lies inside the vessel. */
  tipEnd: 'start' | 'end';
  /** The vessel the tip lies in. */
  tipVessel: VesselId;
  /** The vessel it goes in through (the gastroduodenal artery for the hepatic artery inflow). */
  entryVessel: VesselId;
  tip: Vector3;
  /** The last point of the line inside a vessel, walking from the tip: where it crosses the wall. */
  entry: Vector3;
  /** Fractions of the line's length at the tip and the entry. */
  tipFraction: number;
  entryFraction: number;
}

/** Distance from a point to a vessel's centre line and the vessel's radius there. */
export function offVessel(line: CentreLine, p: Vector3): { distance: number; radius: number } {
  const u = nearestFraction(line, p.x, p.y, p.z);
  return { distance: sampleLine(line, u, new Vector3()).distanceTo(p), radius: radiusOfLine(line, u) };
}

/**
 * Where each line that runs inside vessels enters them, from the circuit data: the tip end is the one
 * whose leg follows a vessel; walking from it, the entry is the last point still inside one of the
 * vessels the line follows. Lines that stay outside the body give null.
 */
export function cannulaSite(
  id: CircuitId,
  spec: CircuitFile,
  lines: ReadonlyMap<FlowPathId, CentreLine>,
): CannulaSite | null {
  const legs = spec.paths[id]?.legs ?? [];
  const line = lines.get(id);
  const first = legs[0];
  const last = legs[legs.length - 1];
  if (!line || !first || !last) return null;
  const tipEnd = 'follow' in first ? 'start' : 'follow' in last ? 'end' : null;
  if (!tipEnd) return null;
  const followed: VesselId[] = [];
  for (const leg of tipEnd === 'start' ? legs : [...legs].reverse()) {
    if (!('follow' in leg)) break;
    followed.push(leg.follow);
  }
  const n = line.points.length;
  const at = (k: number) => line.points[tipEnd === 'start' ? k : n - 1 - k] as Vector3;
  let entryIndex = 0;
  let entryVessel = followed[0] as VesselId;
  for (let k = 0; k < n; k++) {
    const inside = followed.find((vessel) => {
      const centre = lines.get(vessel);
      if (!centre) return false;
      const { distance, radius } = offVessel(centre, at(k));
      return distance < radius;
    });
    if (!inside) break;
    entryIndex = k;
    entryVessel = inside;
  }
  const toFraction = (k: number) => (tipEnd === 'start' ? k : n - 1 - k) / (n - 1);
  return {
    line: id,
    tipEnd,
    tipVessel: followed[0] as VesselId,
    entryVessel,
    tip: at(0).clone(),
    entry: at(entryIndex).clone(),
    tipFraction: toFraction(0),
    entryFraction: toFraction(entryIndex),
  };
}
