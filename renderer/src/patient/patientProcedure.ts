import { Vector3 } from 'three';
import { segmentAt, segmentCentre } from '../anatomy/model';
import type { Procedure, Tumour } from '../procedure/schema';
import type { PatientTumour } from './tumourList';

/** Directions tried, in order, to set a second or later tumour of a segment beside the first. */
const SPREAD = [
  [1, 0, 0],
  [-1, 0, 0],
  [0, 1, 0],
  [0, -1, 0],
  [0, 0, 1],
  [0, 0, -1],
  [0.7, 0.7, 0],
  [-0.7, -0.7, 0],
] as const;

const scratch = new Vector3();

/**
 * The patient's tumours as procedure tumours. The first in a segment sits at the segment's centre
 * (like the built-in ones); later ones in the same segment sit beside it, still inside that segment,
 * so they do not hide one another.
 */
export function placePatientTumours(tumours: readonly PatientTumour[]): Tumour[] {
  const countBySegment = new Map<string, number>();
  return tumours.map((t, i) => {
    const id = `patientTumour${i + 1}`;
    const seen = countBySegment.get(t.segment) ?? 0;
    countBySegment.set(t.segment, seen + 1);
    if (seen === 0) return { id, segment: t.segment, diameterMm: t.diameterMm };
    const centre = segmentCentre(t.segment, new Vector3());
    const [dx, dy, dz] = SPREAD[(seen - 1) % SPREAD.length] ?? SPREAD[0];
    const distance = Math.max(10, t.diameterMm * 0.6) * (1 + Math.floor((seen - 1) / SPREAD.length));
    for (let shrink = 1; shrink > 0.2; shrink -= 0.25) {
      scratch
        .set(dx, dy, dz)
        .multiplyScalar(distance * shrink)
        .add(centre);
      if (segmentAt(scratch) === t.segment) {
        return {
          id,
          segment: t.segment,
          diameterMm: t.diameterMm,
          position: [scratch.x, scratch.y, scratch.z],
        };
      }
    }
    return { id, segment: t.segment, diameterMm: t.diameterMm };
  });
}

const derived = new WeakMap<Procedure, WeakMap<readonly PatientTumour[], Procedure>>();

/**
 * The procedure with the patient's tumours in place of its own, or the procedure itself when the
 * patient has none set (null). Memoised by identity, so the physiology solution cache (keyed by the
 * procedure object) solves once per procedure and tumour list.
 */
export function withPatientTumours(
  procedure: Procedure,
  tumours: readonly PatientTumour[] | null,
): Procedure {
  if (tumours === null) return procedure;
  let byList = derived.get(procedure);
  if (!byList) {
    byList = new WeakMap();
    derived.set(procedure, byList);
  }
  let result = byList.get(tumours);
  if (!result) {
    result = { ...procedure, tumours: placePatientTumours(tumours) };
    byList.set(tumours, result);
  }
  return result;
}
