import { BufferAttribute, BufferGeometry, Vector3 } from 'three';
import type { BodyFile } from './schema';

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

/** Rings in each rounded end: enough for a smooth curve at the scene's scale. */
const CAP_RINGS = 6;

/**
 * A faint torso from the neck to just below the groin: superellipse sections lofted from the data
 * (ANSUR II breadths and depths). Both ends are rounded off (the sections shrink along a quarter
 * circle to a pole), so the body reads as a clean bust cut through the upper thighs rather than a
 * mannequin with stumps. One indexed surface: normals are shared everywhere, so it shades without
 * creases.
 */
export function buildBodyOutline(spec: BodyFile): BufferGeometry {
  const radial = spec.radialSegments;
  const sections = spec.torso;
  const perGap = 6;
  const bodyRings = (sections.length - 1) * perGap + 1;
  // Each ring: its section, a scale toward the section's centre, and a height offset.
  const rings: { section: Required<Section>; scale: number; dy: number }[] = [];
  const first = interpolate(sections, 0);
  const last = interpolate(sections, sections.length - 1);
  for (let i = 0; i < CAP_RINGS; i++) {
    const angle = ((CAP_RINGS - i) / CAP_RINGS) * (Math.PI / 2);
    rings.push({ section: first, scale: Math.cos(angle), dy: spec.endsMm.neck * Math.sin(angle) });
  }
  for (let r = 0; r < bodyRings; r++)
    rings.push({ section: interpolate(sections, r / perGap), scale: 1, dy: 0 });
  for (let i = 1; i <= CAP_RINGS; i++) {
    const angle = (i / CAP_RINGS) * (Math.PI / 2);
    rings.push({ section: last, scale: Math.cos(angle), dy: -spec.endsMm.pelvis * Math.sin(angle) });
  }
  // The first and last ring have scale 0 (the poles): one vertex each instead of a ring.
  const ringCount = rings.length - 2;
  const positions = new Float32Array((ringCount * radial + 2) * 3);
  const p = new Vector3();
  const centreOf = (section: Required<Section>) => ({ x: section.x, z: (section.front + section.back) / 2 });
  for (let r = 0; r < ringCount; r++) {
    const { section, scale, dy } = rings[r + 1] as (typeof rings)[number];
    const centre = centreOf(section);
    for (let j = 0; j < radial; j++) {
      sectionPoint(section, (j / radial) * Math.PI * 2, p);
      positions.set(
        [centre.x + (p.x - centre.x) * scale, p.y + dy, centre.z + (p.z - centre.z) * scale],
        (r * radial + j) * 3,
      );
    }
  }
  const top = rings[0] as (typeof rings)[number];
  const bottom = rings[rings.length - 1] as (typeof rings)[number];
  const topCentre = centreOf(top.section);
  const bottomCentre = centreOf(bottom.section);
  positions.set([topCentre.x, top.section.y + top.dy, topCentre.z], ringCount * radial * 3);
  positions.set([bottomCentre.x, bottom.section.y + bottom.dy, bottomCentre.z], (ringCount * radial + 1) * 3);
  const indices: number[] = [];
  for (let r = 0; r < ringCount - 1; r++) {
    for (let j = 0; j < radial; j++) {
      const a = r * radial + j;
      const b = r * radial + ((j + 1) % radial);
      indices.push(a, b, a + radial, b, b + radial, a + radial);
    }
  }
  const lastRing = (ringCount - 1) * radial;
  for (let j = 0; j < radial; j++) {
    indices.push(ringCount * radial, (j + 1) % radial, j);
    indices.push(ringCount * radial + 1, lastRing + j, lastRing + ((j + 1) % radial));
  }
  const torso = new BufferGeometry();
  torso.setAttribute('position', new BufferAttribute(positions, 3));
  torso.setIndex(indices);
  torso.computeVertexNormals();
  return torso;
}
