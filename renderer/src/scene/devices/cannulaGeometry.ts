import { type BufferGeometry, CatmullRomCurve3, TubeGeometry, Vector3 } from 'three';
import { box, cylinder, mergeParts, paint, ring, roundedTip } from './parts';

export interface CannulaSpec {
  /** The cannula's centre line from its tip inside the vessel to a little past the wall, evenly spaced. */
  points: readonly Vector3[];
  /** Index into `points` where it goes through the vessel wall. */
  entryIndex: number;
  radiusMm: number;
}

/**
 * A cannula in its vessel: an opaque sleeve from the rounded tip to just outside the wall, so the
 * part inside shows through the vessel, and at the wall the tourniquet that holds it: a tape loop
 * snug round the cannula, drawn up through a short rubber snugger closed by a clip.
 */
export function cannulaGeometry({ points, entryIndex, radiusMm }: CannulaSpec): BufferGeometry {
  const r = radiusMm + 0.2;
  const parts: BufferGeometry[] = [
    paint(
      new TubeGeometry(new CatmullRomCurve3(points as Vector3[]), Math.max(4, points.length), r, 12),
      'shaft',
    ),
  ];
  parts.push(
    paint(
      roundedTip(points, [
        [r, 0],
        [r * 0.8, r * 0.6],
        [r * 0.35, r * 1.1],
        [0, r * 1.2],
      ]),
      'shaft',
    ),
  );
  const entry = points[Math.min(entryIndex, points.length - 1)] as Vector3;
  const outward = (points[Math.min(entryIndex + 2, points.length - 1)] as Vector3)
    .clone()
    .sub(points[Math.max(entryIndex - 2, 0)] as Vector3)
    .normalize();
  const side = new Vector3(0, 0, 1).cross(outward);
  if (side.lengthSq() < 1e-6) side.set(1, 0, 0);
  side.normalize();
  const snuggerLength = 26 + r * 2;
  const snugger = entry
    .clone()
    .addScaledVector(side, r + 3)
    .addScaledVector(outward, snuggerLength / 2 + 1);
  parts.push(
    paint(ring(r + 0.9, 0.8, entry, outward, 16), 'rubber'),
    paint(cylinder(2.1, snuggerLength, snugger, outward, 10), 'rubber'),
    paint(
      box(5, 3, 8, new Vector3()).translate(
        snugger.x + outward.x * (snuggerLength / 2 + 3),
        snugger.y + outward.y * (snuggerLength / 2 + 3),
        snugger.z + outward.z * (snuggerLength / 2 + 3),
      ),
      'steel',
    ),
  );
  return mergeParts(parts);
}
