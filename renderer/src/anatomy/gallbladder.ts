import { type BufferGeometry, Vector3 } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { resampleControlPoints } from './curve';
import type { GallbladderFile } from './schema';
import { buildTube, buildTubeFromPoints } from './tube';

/** Radius at t (0 fundus tip … 1 neck) from the profile, with a rounded fundus. */
export function gallbladderRadius(spec: GallbladderFile, t: number): number {
  const profile = spec.profile;
  for (let i = 1; i < profile.length; i++) {
    const [t1, r1] = profile[i] as [number, number];
    if (t <= t1) {
      const [t0, r0] = profile[i - 1] as [number, number];
      const f = t1 > t0 ? (t - t0) / (t1 - t0) : 0;
      // Smoothstep between profile points keeps the outline free of corners.
      const s = f * f * (3 - 2 * f);
      return r0 + (r1 - r0) * s;
    }
  }
  return (profile[profile.length - 1] as [number, number])[1];
}

export interface GallbladderGeometry {
  sac: BufferGeometry;
  /** Fundus tip to the neck's end, mm. */
  lengthMm: number;
  /** Widest diameter, mm. */
  widthMm: number;
  /** Cystic, common hepatic and common bile ducts, merged. */
  ducts: BufferGeometry;
  /** The centre lines and radii the sac and the ducts were swept along, for drawing them in section. */
  sacSweep: Sweep;
  ductSweeps: Sweep[];
}

/** Points along a centre line with the radius at each. */
export interface Sweep {
  points: readonly Vector3[];
  radii: ArrayLike<number>;
}

export function buildGallbladder(spec: GallbladderFile): GallbladderGeometry {
  const fundus = new Vector3(...spec.fundus);
  const neck = new Vector3(...spec.neck);
  const length = fundus.distanceTo(neck);
  const points: Vector3[] = [];
  const radii: number[] = [];
  const rings = 48;
  for (let i = 0; i <= rings; i++) {
    // Rings crowd toward the tip, where the outline turns fastest.
    const t = (1 - Math.cos((i / rings) * Math.PI * 0.5)) ** 1.2;
    const r = gallbladderRadius(spec, t);
    // A round fundus: near the tip the radius follows a circle rather than the straight profile.
    const tipRadius = gallbladderRadius(spec, 0.1);
    const along = t * length;
    const round = Math.sqrt(Math.max(0, tipRadius ** 2 - (tipRadius - along) ** 2));
    radii.push(Math.max(0.6, along < tipRadius ? round : r));
    points.push(fundus.clone().lerp(neck, t));
  }
  const sac = buildTubeFromPoints(points, radii, { radialSegments: 28, capStart: true, capEnd: true });
  const ductLines = Object.entries(spec.ducts).map(([name, control]) => ({
    name,
    line: resampleControlPoints(control),
  }));
  const ducts = ductLines.map(({ name, line }) =>
    buildTube(line, {
      radialSegments: 10,
      ringSpacingMm: 2,
      capEnd: name === 'commonBileDuct',
    }),
  );
  for (const g of ducts) g.userData = {};
  sac.userData = {};
  return {
    sac,
    lengthMm: length,
    widthMm: 2 * Math.max(...radii),
    ducts: mergeGeometries(ducts, false),
    sacSweep: { points, radii },
    ductSweeps: ductLines.map(({ line }) => ({ points: line.points, radii: line.radiiMm })),
  };
}
