import { Vector3 } from 'three';
import type { Sweep } from '../anatomy/gallbladder';

/** A plane with two in-plane axes: plane coordinates (u, v) of a point p are (p − origin)·u and ·v. */
export interface PlaneFrame {
  origin: Vector3;
  u: Vector3;
  v: Vector3;
  normal: Vector3;
}

/** Receives one disc of a section, in plane coordinates (mm). */
export type DiscSink = (u: number, v: number, radius: number) => void;

const a = new Vector3();
const b = new Vector3();
const p = new Vector3();

/**
 * The section a plane cuts through a tube swept along points with radii, as discs whose union is
 * that section: every point sampled along the centre line within its radius of the plane adds the
 * circle its ball leaves on the plane. Exact for any angle between tube and plane, up to the step.
 */
export function sweepSection(sweep: Sweep, frame: PlaneFrame, sink: DiscSink): void {
  const { points, radii } = sweep;
  for (let i = 0; i + 1 < points.length; i++) {
    a.copy(points[i] as Vector3).sub(frame.origin);
    b.copy(points[i + 1] as Vector3).sub(frame.origin);
    const ha = a.dot(frame.normal);
    const hb = b.dot(frame.normal);
    const ra = radii[i] as number;
    const rb = radii[i + 1] as number;
    // Both ends well clear of the plane on the same side: nothing to draw.
    if (ha * hb > 0 && Math.min(Math.abs(ha), Math.abs(hb)) > Math.max(ra, rb)) continue;
    const length = a.distanceTo(b);
    const steps = Math.max(1, Math.ceil(length / Math.max(0.2, 0.3 * Math.min(ra, rb))));
    for (let s = i === 0 ? 0 : 1; s <= steps; s++) {
      const t = s / steps;
      const h = ha + (hb - ha) * t;
      const r = ra + (rb - ra) * t;
      if (Math.abs(h) >= r) continue;
      p.copy(a).lerp(b, t);
      sink(p.dot(frame.u), p.dot(frame.v), Math.sqrt(r * r - h * h));
    }
  }
}

/**
 * The outline a plane cuts through a star-shaped lump (radius × shape(direction) about a centre), as
 * a polygon [u0, v0, u1, v1, …] in plane coordinates; empty when the plane misses it. On a grazing
 * cut, directions where only a bump reaches the plane are left out of the polygon.
 */
export function lumpSection(
  centre: Vector3,
  radius: number,
  shape: (x: number, y: number, z: number) => number,
  frame: PlaneFrame,
  corners = 48,
): number[] {
  a.copy(centre).sub(frame.origin);
  const h = a.dot(frame.normal);
  const cu = a.dot(frame.u);
  const cv = a.dot(frame.v);
  const outline: number[] = [];
  for (let c = 0; c < corners; c++) {
    const angle = (c / corners) * Math.PI * 2;
    const du = Math.cos(angle);
    const dv = Math.sin(angle);
    // Distance in the plane from the centre's foot to the surface, found by fixed-point steps.
    let reach = radius;
    let hit = false;
    for (let step = 0; step < 6; step++) {
      p.copy(frame.u)
        .multiplyScalar(du * reach)
        .addScaledVector(frame.v, dv * reach)
        .addScaledVector(frame.normal, -h);
      const length = p.length() || 1;
      const surface = radius * shape(p.x / length, p.y / length, p.z / length);
      if (surface <= Math.abs(h)) break;
      reach = Math.sqrt(surface * surface - h * h);
      hit = true;
    }
    if (hit) outline.push(cu + du * reach, cv + dv * reach);
  }
  return outline.length >= 6 ? outline : [];
}
