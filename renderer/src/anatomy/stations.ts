import { Vector3 } from 'three';
import type { CircuitId, FlowPathId } from '../procedure/ids';
import { nearestFraction } from './curve';
import type { CircuitFile, STATION_KINDS } from './schema';
import type { CentreLine } from './types';

export type StationKind = (typeof STATION_KINDS)[number];

/** A box beside the patient where tubing meets a machine. */
export interface Station {
  id: string;
  kind: StationKind;
  lines: CircuitId[];
  centre: Vector3;
  sizeMm: Vector3;
  /** A pump's head (roller or centrifugal); other kinds ignore it. */
  head: 'roller' | 'centrifugal';
  /** Where each of its lines passes nearest the box's centre, as a fraction of the line's length. */
  along: Partial<Record<CircuitId, number>>;
}

export function buildStations(spec: CircuitFile, lines: ReadonlyMap<FlowPathId, CentreLine>): Station[] {
  return spec.stations.map((s) => {
    const centre = new Vector3(...s.centre);
    const along: Partial<Record<CircuitId, number>> = {};
    for (const id of s.lines) {
      const line = lines.get(id);
      if (line) along[id] = nearestFraction(line, centre.x, centre.y, centre.z);
    }
    return {
      id: s.id,
      kind: s.kind,
      lines: [...s.lines],
      centre,
      sizeMm: new Vector3(...s.sizeMm),
      head: s.head ?? 'roller',
      along,
    };
  });
}
