import { BoxGeometry, type BufferGeometry, CylinderGeometry } from 'three';
import type { StationKind } from '../../anatomy';

const cache = new Map<StationKind, BufferGeometry>();

/** Unit-sized shape per kind of station (scaled to the station's size): cartridges are cylinders. */
export function stationGeometry(kind: StationKind): BufferGeometry {
  let geometry = cache.get(kind);
  if (!geometry) {
    geometry =
      kind === 'pump' || kind === 'heatExchanger'
        ? new BoxGeometry(1, 1, 1)
        : new CylinderGeometry(0.5, 0.5, 1, 32);
    cache.set(kind, geometry);
  }
  return geometry;
}
