import type { BufferGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { getAnatomy } from '../../anatomy';
import { buildTubeFromPoints } from '../../anatomy/tube';
import { growTumourFeeders, type TumourFeeder } from '../../anatomy/tumourFeeders';
import type { Tumour } from '../../procedure/schema';
import { tumourCentre } from './tumourGeometry';

const cache = new WeakMap<readonly Tumour[], { feeders: TumourFeeder[]; geometry: BufferGeometry | null }>();

/** The feeding arteries of a procedure's tumours and their merged tube, grown once per tumour list. */
export function tumourFeeders(tumours: readonly Tumour[]): {
  feeders: TumourFeeder[];
  geometry: BufferGeometry | null;
} {
  let entry = cache.get(tumours);
  if (!entry) {
    const feeders = growTumourFeeders(
      getAnatomy().branches,
      tumours.map((t) => ({ id: t.id, centre: tumourCentre(t), radiusMm: t.diameterMm / 2 })),
    );
    const tubes = feeders.map((f) =>
      buildTubeFromPoints(f.points, f.radiiMm, { radialSegments: 6, capEnd: true }),
    );
    for (const tube of tubes) tube.userData = {};
    const geometry = tubes.length > 0 ? mergeGeometries(tubes, false) : null;
    for (const tube of tubes) tube.dispose();
    entry = { feeders, geometry };
    cache.set(tumours, entry);
  }
  return entry;
}
