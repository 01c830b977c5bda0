import { Vector3 } from 'three';
import type { Branch } from './branches';

/** A tumour as the anatomy sees it: where it is and how big. */
export interface TumourSite {
  id: string;
  centre: Vector3;
  radiusMm: number;
}

/** The small artery that carries blood from the hepatic artery's branches into one tumour. */
export interface TumourFeeder {
  tumourId: string;
  /** From the parent branch to just inside the tumour, mm. */
  points: Vector3[];
  radiiMm: number[];
  /** Radius of the parent branch where the feeder leaves it, mm. */
  parentRadiusMm: number;
}

/** How far into the tumour the feeder reaches, as a share of its radius: it ends inside, not on, the surface. */
const REACH_INSIDE = 0.35;
/** The feeder leaves a branch at least this far outside the tumour, mm: a visible stem. */
const MIN_STEM_MM = 4;
const STEP_MM = 2;

/**
 * Liver tumours take most of their blood from the hepatic artery (which is why an arterial infusion
 * reaches them). For each tumour: the nearest point on an arterial branch that lies outside it, and
 * a gently curved vessel from there into the tumour, tapering from a little under the parent's
 * radius. Deterministic, so every load looks the same.
 */
export function growTumourFeeders(
  branches: readonly Branch[],
  tumours: readonly TumourSite[],
): TumourFeeder[] {
  const arterial = branches.filter((b) => b.tree === 'artery');
  const feeders: TumourFeeder[] = [];
  for (const tumour of tumours) {
    let best: { point: Vector3; radius: number; distance: number } | null = null;
    for (const branch of arterial) {
      branch.points.forEach((point, i) => {
        const distance = point.distanceTo(tumour.centre);
        if (distance < tumour.radiusMm + MIN_STEM_MM) return;
        if (!best || distance < best.distance) {
          best = { point, radius: branch.radiiMm[i] ?? 0.5, distance };
        }
      });
    }
    if (!best) continue;
    const { point: start, radius: parentRadius } = best as { point: Vector3; radius: number };
    const end = new Vector3()
      .subVectors(start, tumour.centre)
      .setLength(tumour.radiusMm * REACH_INSIDE)
      .add(tumour.centre);
    // A slight bend, sideways to the straight line, so it reads as a vessel rather than a rod.
    const along = new Vector3().subVectors(end, start);
    const side = new Vector3(0, 1, 0).cross(along);
    if (side.lengthSq() < 1e-6) side.set(1, 0, 0);
    const bend = side.setLength(along.length() * 0.12);
    const control = start.clone().lerp(end, 0.5).add(bend);
    const steps = Math.max(3, Math.ceil(along.length() / STEP_MM));
    const points: Vector3[] = [];
    const radiiMm: number[] = [];
    const startRadius = Math.max(0.5, Math.min(parentRadius * 0.8, 0.6 + tumour.radiusMm * 0.06));
    for (let s = 0; s <= steps; s++) {
      const t = s / steps;
      // Quadratic Bézier from the branch, past the bend, into the tumour.
      const a = start.clone().lerp(control, t);
      const b = control.clone().lerp(end, t);
      points.push(a.lerp(b, t));
      radiiMm.push(startRadius * (1 - 0.35 * t));
    }
    feeders.push({ tumourId: tumour.id, points, radiiMm, parentRadiusMm: parentRadius });
  }
  return feeders;
}
