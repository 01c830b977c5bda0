import {
  BoxGeometry,
  type BufferGeometry,
  CylinderGeometry,
  ExtrudeGeometry,
  LatheGeometry,
  Matrix4,
  Quaternion,
  Shape,
  TorusGeometry,
  Vector2,
  Vector3,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { DevicePart } from '../../anatomy/palette';
import { colourVertices, followPalette, type PaintRun, paintRuns } from './deviceColours';

/**
 * Small builders for device geometry: every part becomes non-indexed with position, normal and a
 * vertex colour, so the parts of one device that share a material merge into one draw call.
 */

/** The part with its colour baked in as a vertex attribute (uv dropped: devices are untextured). */
export function paint(geometry: BufferGeometry, part: DevicePart): BufferGeometry {
  const flat = geometry.index ? geometry.toNonIndexed() : geometry;
  if (flat !== geometry) geometry.dispose();
  flat.deleteAttribute('uv');
  colourVertices(flat, [{ start: 0, count: flat.getAttribute('position').count, part }]);
  return flat;
}

/** One geometry from painted parts, repainted when the palette changes; the parts are disposed. */
export function mergeParts(parts: readonly BufferGeometry[]): BufferGeometry {
  const runs: PaintRun[] = [];
  let offset = 0;
  for (const part of parts) {
    for (const run of paintRuns(part)) runs.push({ ...run, start: run.start + offset });
    offset += part.getAttribute('position').count;
  }
  const merged = mergeGeometries(parts as BufferGeometry[], false);
  for (const part of parts) part.dispose();
  if (!merged) throw new Error('device parts could not be merged');
  merged.userData = { paintRuns: runs };
  followPalette(merged);
  merged.computeBoundingSphere();
  merged.computeBoundingBox();
  return merged;
}

const Y = new Vector3(0, 1, 0);

/** Places a part: rotates its local y axis onto `axis`, then moves it to `at`. */
export function place(geometry: BufferGeometry, at: Vector3, axis: Vector3 = Y): BufferGeometry {
  const q = new Quaternion().setFromUnitVectors(Y, axis.clone().normalize());
  geometry.applyMatrix4(new Matrix4().compose(at, q, new Vector3(1, 1, 1)));
  return geometry;
}

export function box(width: number, height: number, depth: number, at: Vector3): BufferGeometry {
  return new BoxGeometry(width, height, depth).translate(at.x, at.y, at.z);
}

/** A box with rounded vertical edges, as moulded machine casings are: extruded along z. */
export function roundedBox(width: number, height: number, depth: number, radius: number): BufferGeometry {
  const r = Math.min(radius, width / 2, height / 2);
  const w = width / 2 - r;
  const h = height / 2 - r;
  const shape = new Shape();
  shape.moveTo(-w, -height / 2);
  shape.lineTo(w, -height / 2);
  shape.absarc(w, -h, r, -Math.PI / 2, 0, false);
  shape.lineTo(width / 2, h);
  shape.absarc(w, h, r, 0, Math.PI / 2, false);
  shape.lineTo(-w, height / 2);
  shape.absarc(-w, h, r, Math.PI / 2, Math.PI, false);
  shape.lineTo(-width / 2, -h);
  shape.absarc(-w, -h, r, Math.PI, Math.PI * 1.5, false);
  const bevel = Math.min(3, depth / 6);
  const geometry = new ExtrudeGeometry(shape, {
    depth: depth - 2 * bevel,
    bevelEnabled: true,
    bevelThickness: bevel,
    bevelSize: bevel,
    bevelSegments: 1,
    curveSegments: 4,
  });
  return geometry.translate(0, 0, -(depth - 2 * bevel) / 2);
}

/**
 * A part built upright (its axis y, centred at the origin) from two sizes and a segment count, made
 * into one that is placed: centred at `at`, its axis turned onto `axis`.
 */
function placedPart<Rest extends unknown[]>(
  build: (first: number, second: number, segments: number, ...rest: Rest) => BufferGeometry,
  defaultSegments: number,
) {
  return (
    first: number,
    second: number,
    at: Vector3,
    axis: Vector3 = Y,
    segments = defaultSegments,
    ...rest: Rest
  ) => place(build(first, second, segments, ...rest), at, axis);
}

/** A cylinder (radius, length) along `axis` centred at `at`, optionally tapering to `radiusTop`. */
export const cylinder = placedPart(
  (radius: number, length: number, segments: number, radiusTop: number = radius) =>
    new CylinderGeometry(radiusTop, radius, length, segments, 1),
  20,
);

/** A ring (radius, tube thickness) around `axis` centred at `at`. */
export const ring = placedPart(
  // The torus's own axis is z: turned onto y like every other upright part.
  (radius: number, tube: number, segments: number) =>
    new TorusGeometry(radius, tube, 6, segments).rotateX(Math.PI / 2),
  24,
);

/** A solid of revolution about y from [radius, y] pairs, bottom to top. */
export function lathe(profile: readonly (readonly [number, number])[], segments = 24): BufferGeometry {
  return new LatheGeometry(
    profile.map(([r, y]) => new Vector2(Math.max(r, 0.001), y)),
    segments,
  );
}

/**
 * A rounded end on a tube: the solid of revolution of `profile` ([radius, y] pairs from the tube's
 * end outwards), standing on the first point of the tube's centre line and pointing away from the second.
 */
export function roundedTip(
  points: readonly Vector3[],
  profile: readonly (readonly [number, number])[],
  segments = 12,
): BufferGeometry {
  const tip = points[0] as Vector3;
  const outward = tip
    .clone()
    .sub(points[1] as Vector3)
    .normalize();
  return place(lathe(profile, segments), tip, outward);
}

/** Triangles in a geometry (indexed or not). */
export function triangleCount(geometry: BufferGeometry): number {
  return (geometry.index ? geometry.index.count : geometry.getAttribute('position').count) / 3;
}
