import { BufferAttribute, BufferGeometry, Vector3 } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { BodyFile } from './schema';
import { buildTubeFromPoints } from './tube';

type Section = BodyFile['torso'][number];
const FIELDS = ['y', 'x', 'halfWidth', 'front', 'back', 'exponent'] as const;

/** Catmull-Rom through the sections' values, so the outline has no creases between them. */
function interpolate(sections: readonly Section[], s: number): Required<Section> {
  const n = sections.length;
  const i = Math.min(Math.floor(s), n - 2);
  const t = s - i;
  const at = (k: number) => sections[Math.max(0, Math.min(n - 1, k))] as Section;
  const p0 = at(i - 1);
  const p1 = at(i);
  const p2 = at(i + 1);
  const p3 = at(i + 2);
  const out = { y: 0, x: 0, halfWidth: 0, front: 0, back: 0, exponent: 2 };
  for (const f of FIELDS) {
    const v0 = p0[f] ?? 0;
    const v1 = p1[f] ?? 0;
    const v2 = p2[f] ?? 0;
    const v3 = p3[f] ?? 0;
    out[f] =
      0.5 *
      (2 * v1 +
        (-v0 + v2) * t +
        (2 * v0 - 5 * v1 + 4 * v2 - v3) * t * t +
        (-v0 + 3 * v1 - 3 * v2 + v3) * t * t * t);
  }
  return out;
}

/** A point on a superellipse section at angle a (0 = patient's left, π/2 = front); widest at z = 0. */
function sectionPoint(section: Required<Section>, a: number, out: Vector3): Vector3 {
  const c = Math.cos(a);
  const s = Math.sin(a);
  const e = 2 / section.exponent;
  const x = section.x + section.halfWidth * Math.sign(c) * Math.abs(c) ** e;
  const z = (s >= 0 ? section.front : section.back) * Math.abs(s) ** e;
  return out.set(x, section.y, z);
}

/**
 * A faint torso from the neck to the upper thighs: superellipse sections lofted from the data
 * (ANSUR II breadths and depths), closed at the neck and the crotch, with two thigh stumps.
 */
export function buildBodyOutline(spec: BodyFile): BufferGeometry {
  const radial = spec.radialSegments;
  const sections = spec.torso;
  const perGap = 6;
  const rings = (sections.length - 1) * perGap + 1;
  const positions = new Float32Array((rings * radial + 2) * 3);
  const p = new Vector3();
  const centres: Vector3[] = [];
  for (let r = 0; r < rings; r++) {
    const section = interpolate(sections, r / perGap);
    centres.push(new Vector3(section.x, section.y, (section.front + section.back) / 2));
    for (let j = 0; j < radial; j++) {
      sectionPoint(section, (j / radial) * Math.PI * 2, p);
      positions.set([p.x, p.y, p.z], (r * radial + j) * 3);
    }
  }
  const top = centres[0] as Vector3;
  const bottom = centres[rings - 1] as Vector3;
  positions.set([top.x, top.y, top.z], rings * radial * 3);
  positions.set([bottom.x, bottom.y, bottom.z], (rings * radial + 1) * 3);
  const indices: number[] = [];
  for (let r = 0; r < rings - 1; r++) {
    for (let j = 0; j < radial; j++) {
      const a = r * radial + j;
      const b = r * radial + ((j + 1) % radial);
      indices.push(a, b, a + radial, b, b + radial, a + radial);
    }
  }
  for (let j = 0; j < radial; j++) {
    indices.push(rings * radial, (j + 1) % radial, j);
    const last = (rings - 1) * radial;
    indices.push(rings * radial + 1, last + j, last + ((j + 1) % radial));
  }
  const torso = new BufferGeometry();
  torso.setAttribute('position', new BufferAttribute(positions, 3));
  torso.setIndex(indices);
  torso.computeVertexNormals();
  const { thighs } = spec;
  const thigh = (side: number) => {
    const points: Vector3[] = [];
    const radii: number[] = [];
    for (let i = 0; i <= 8; i++) {
      const t = i / 8;
      points.push(new Vector3(side * thighs.xMm, thighs.top + (thighs.bottom - thighs.top) * t, thighs.zMm));
      radii.push(thighs.radiusTop + (thighs.radiusBottom - thighs.radiusTop) * t);
    }
    const g = buildTubeFromPoints(points, radii, { radialSegments: Math.round(radial / 2), capEnd: true });
    g.userData = {};
    return g;
  };
  return mergeGeometries([torso, thigh(-1), thigh(1)], false);
}
