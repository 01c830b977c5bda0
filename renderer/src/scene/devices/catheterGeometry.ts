import { type BufferGeometry, CatmullRomCurve3, CircleGeometry, Matrix4, TubeGeometry, Vector3 } from 'three';
import { lathe, mergeParts, paint, ring, roundedTip } from './parts';

/**
 * A catheter balloon's outline, radius 1 at its widest and half-length 1: a barrel with shoulders
 * tapering to the necks bonded to the shaft. Scaled across by how full it is and along by its size;
 * deflated (narrow), it is a sleeve round the shaft.
 */
export const BALLOON_PROFILE: readonly (readonly [radius: number, y: number])[] = [
  [0.2, -1],
  [0.22, -0.93],
  [0.45, -0.82],
  [0.8, -0.62],
  [0.97, -0.38],
  [1, -0.12],
  [1, 0.12],
  [0.97, 0.38],
  [0.8, 0.62],
  [0.45, 0.82],
  [0.22, 0.93],
  [0.2, 1],
];

/** A deflated balloon hugs the catheter shaft (16 Fr ≈ 5.3 mm across). */
export const DEFLATED_RADIUS_MM = 2.9;

/** Half the length of a balloon that seals a vessel of this radius, mm. */
export function balloonHalfLengthMm(vesselRadiusMm: number): number {
  return vesselRadiusMm * 1.1 + 4;
}

let balloon: BufferGeometry | null = null;

/** One balloon shape for every balloon (scaled per balloon). */
export function balloonGeometry(): BufferGeometry {
  balloon ??= lathe(BALLOON_PROFILE, 24);
  return balloon;
}

export interface CatheterSpec {
  /** The catheter's centre line from its tip onwards, evenly spaced (mm). */
  points: readonly Vector3[];
  /** Shaft radius, mm (16 Fr ≈ 2.7). */
  radiusMm: number;
  /** Indices into `points` of the balloons' centres, tip side first. */
  balloonIndices: readonly number[];
  /** Half-length of each balloon, mm: the holes start this far from a balloon's centre. */
  balloonHalfLengthMm: number;
}

export interface CatheterParts {
  geometry: BufferGeometry;
  /** Centres of the side holes, all between the two balloons. */
  holes: Vector3[];
  /** Centres of the radiopaque marker bands, one under each balloon. */
  markers: Vector3[];
}

const HOLE_SPACING_MM = 6;
const HOLES_AROUND = 4;

/**
 * The double-balloon catheter's working end: the shaft from its rounded tip past the last balloon,
 * a marker band under each balloon, and between the two balloons the fenestrated segment whose side
 * holes draw the liver's blood in. One vertex-coloured geometry.
 */
export function doubleBalloonCatheter(spec: CatheterSpec): CatheterParts {
  const { points, radiusMm: r, balloonIndices } = spec;
  const [tipBalloon, tailBalloon] = [...balloonIndices].sort((a, b) => a - b) as [number, number];
  const spacing = points.length > 1 ? (points[0] as Vector3).distanceTo(points[1] as Vector3) : 1;
  const last = Math.min(
    points.length - 1,
    tailBalloon + Math.ceil((spec.balloonHalfLengthMm + 10) / spacing),
  );
  const run = points.slice(0, last + 1) as Vector3[];
  const curve = new CatmullRomCurve3(run);
  const sleeve = r + 0.15;
  const parts: BufferGeometry[] = [
    paint(new TubeGeometry(curve, Math.max(4, run.length), sleeve, 12, false), 'shaft'),
  ];
  // A rounded tip beyond the cranial balloon.
  parts.push(
    paint(
      roundedTip(points, [
        [sleeve, 0],
        [sleeve * 0.85, 1.5],
        [sleeve * 0.4, 3],
        [0, 3.4],
      ]),
      'shaft',
    ),
  );
  const markers = balloonIndices.map((i) => (points[i] as Vector3).clone());
  for (const [i, centre] of markers.entries()) {
    const axis = tangentAt(points, balloonIndices[i] as number);
    parts.push(paint(ring(sleeve, 0.6, centre, axis, 16), 'trim'));
  }
  // Side holes: rings of dark ovals a few millimetres apart, clear of both balloons.
  const margin = Math.ceil((spec.balloonHalfLengthMm + 2) / spacing);
  const from = tipBalloon + margin;
  const to = tailBalloon - margin;
  const step = Math.max(1, Math.round(HOLE_SPACING_MM / spacing));
  const holes: Vector3[] = [];
  const side = new Vector3();
  const other = new Vector3();
  for (let i = from, row = 0; i <= to; i += step, row++) {
    const centre = points[i] as Vector3;
    const axis = tangentAt(points, i);
    side.set(0, 0, 1);
    if (Math.abs(side.dot(axis)) > 0.9) side.set(1, 0, 0);
    side.addScaledVector(axis, -side.dot(axis)).normalize();
    other.crossVectors(axis, side);
    for (let k = 0; k < HOLES_AROUND; k++) {
      const a = ((k + (row % 2) * 0.5) / HOLES_AROUND) * Math.PI * 2;
      const normal = side.clone().multiplyScalar(Math.cos(a)).addScaledVector(other, Math.sin(a));
      const at = centre.clone().addScaledVector(normal, sleeve + 0.05);
      holes.push(at);
      const disc = new CircleGeometry(1.2, 8).scale(1, 1.6, 1);
      // The disc faces +z and is long along y: turn it to face out, long along the shaft.
      disc.applyMatrix4(orientAlong(normal, axis));
      parts.push(paint(disc.translate(at.x, at.y, at.z), 'hole'));
    }
  }
  return { geometry: mergeParts(parts), holes, markers };
}

function tangentAt(points: readonly Vector3[], i: number): Vector3 {
  const a = points[Math.max(0, i - 1)] as Vector3;
  const b = points[Math.min(points.length - 1, i + 1)] as Vector3;
  return b.clone().sub(a).normalize();
}

/** Rotation taking the disc's own frame (long axis y, facing z) to (long axis `axis`, facing `normal`). */
function orientAlong(normal: Vector3, axis: Vector3): Matrix4 {
  const x = new Vector3().crossVectors(axis, normal);
  return new Matrix4().makeBasis(x, axis, normal);
}
