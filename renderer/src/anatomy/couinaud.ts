import { Vector3 } from 'three';
import type { SegmentsFile } from './schema';
import type { SegmentId } from './types';

/** A plane n·p = offset; the positive side is where the normal points. */
export interface Plane {
  normal: Vector3;
  offset: number;
}

export type Sector = 'posterior' | 'anterior' | 'medial' | 'lateral';

/** Boundary planes of the Couinaud segments, ready for classifying points. */
export interface SegmentModel {
  caudateCentre: Vector3;
  caudateRadii: Vector3;
  /** Right, middle and left hepatic vein planes; positive side = further round from right to left through the front. */
  sector: { right: Plane; middle: Plane; left: Plane };
  /** Per sector, the portal plane; positive side = superior (II, IVa, VII, VIII). */
  portal: Record<Sector, Plane>;
}

const UP = new Vector3(0, 1, 0);

/**
 * The plane through a point on the IVC and two points along a hepatic vein, its normal turned so
 * that it points the way one goes round the IVC from the patient's right, past the front, to the left.
 */
function veinPlane(points: readonly (readonly [number, number, number])[]): Plane {
  const [a, b, c] = points.map((p) => new Vector3(p[0], p[1], p[2])) as [Vector3, Vector3, Vector3];
  const normal = new Vector3().subVectors(b, a).cross(new Vector3().subVectors(c, a)).normalize();
  const along = new Vector3().subVectors(b, a).add(new Vector3().subVectors(c, a));
  const round = new Vector3().crossVectors(UP, along);
  if (normal.dot(round) < 0) normal.negate();
  return { normal, offset: normal.dot(a) };
}

function pointNormalPlane(spec: { point: readonly number[]; normal: readonly number[] }): Plane {
  const normal = new Vector3(spec.normal[0], spec.normal[1], spec.normal[2]).normalize();
  const point = new Vector3(spec.point[0], spec.point[1], spec.point[2]);
  return { normal, offset: normal.dot(point) };
}

export function buildSegmentModel(spec: SegmentsFile): SegmentModel {
  return {
    caudateCentre: new Vector3(...spec.caudate.centre),
    caudateRadii: new Vector3(...spec.caudate.radii),
    sector: {
      right: veinPlane(spec.sectorPlanes.right),
      middle: veinPlane(spec.sectorPlanes.middle),
      left: veinPlane(spec.sectorPlanes.left),
    },
    portal: {
      posterior: pointNormalPlane(spec.portalPlanes.posterior),
      anterior: pointNormalPlane(spec.portalPlanes.anterior),
      medial: pointNormalPlane(spec.portalPlanes.medial),
      lateral: pointNormalPlane(spec.portalPlanes.lateral),
    },
  };
}

/** Signed distance from a plane, mm. */
export function planeDistance(plane: Plane, x: number, y: number, z: number): number {
  return plane.normal.x * x + plane.normal.y * y + plane.normal.z * z - plane.offset;
}

/** How far inside the caudate ellipsoid a point is: below 1 inside. */
export function caudateLevel(model: SegmentModel, x: number, y: number, z: number): number {
  const c = model.caudateCentre;
  const r = model.caudateRadii;
  const ax = (x - c.x) / r.x;
  const ay = (y - c.y) / r.y;
  const az = (z - c.z) / r.z;
  return Math.sqrt(ax * ax + ay * ay + az * az);
}

/** Which of the four sectors (between the hepatic vein planes) a point falls in. */
export function sectorOf(model: SegmentModel, x: number, y: number, z: number): Sector {
  if (planeDistance(model.sector.left, x, y, z) > 0) return 'lateral';
  if (planeDistance(model.sector.middle, x, y, z) > 0) return 'medial';
  if (planeDistance(model.sector.right, x, y, z) > 0) return 'anterior';
  return 'posterior';
}

/** The sectors in the order a shader numbers them. */
export const SECTORS: readonly Sector[] = ['posterior', 'anterior', 'medial', 'lateral'];

/** Each sector's segments above and below its portal plane. */
export const SEGMENT_OF: Readonly<Record<Sector, readonly [superior: SegmentId, inferior: SegmentId]>> = {
  posterior: ['VII', 'VI'],
  anterior: ['VIII', 'V'],
  medial: ['IVa', 'IVb'],
  lateral: ['II', 'III'],
};

/**
 * The Couinaud segment of a point (assumed inside the liver): the caudate first, then the sector
 * between the hepatic vein planes, then above or below that sector's portal plane.
 */
export function classifySegment(model: SegmentModel, x: number, y: number, z: number): SegmentId {
  if (caudateLevel(model, x, y, z) < 1) return 'I';
  const sector = sectorOf(model, x, y, z);
  const [superior, inferior] = SEGMENT_OF[sector];
  return planeDistance(model.portal[sector], x, y, z) > 0 ? superior : inferior;
}

/**
 * Distance from a point to the nearest boundary of its own segment, mm (an estimate: the planes
 * that bound the segment's sector and its portal plane, or the caudate's ellipsoid).
 */
export function boundaryDistance(
  model: SegmentModel,
  segment: SegmentId,
  x: number,
  y: number,
  z: number,
): number {
  if (segment === 'I') {
    const r = model.caudateRadii;
    return (1 - caudateLevel(model, x, y, z)) * Math.min(r.x, r.y, r.z);
  }
  const sector = sectorOf(model, x, y, z);
  const { right, middle, left } = model.sector;
  const planes =
    sector === 'posterior'
      ? [right]
      : sector === 'anterior'
        ? [right, middle]
        : sector === 'medial'
          ? [middle, left]
          : [left];
  let d = Math.abs(planeDistance(model.portal[sector], x, y, z));
  for (const plane of planes) d = Math.min(d, Math.abs(planeDistance(plane, x, y, z)));
  const caudate = (caudateLevel(model, x, y, z) - 1) * Math.min(model.caudateRadii.x, model.caudateRadii.z);
  return Math.min(d, caudate);
}

/**
 * Signed distance (mm, negative inside) to the region of space a segment claims, an estimate: the
 * largest of the distances to the half-spaces and the caudate ellipsoid that `classifySegment`
 * tests. Negative exactly where `classifySegment` names this segment, so intersecting it with the
 * liver's distance field gives the segment as a solid of its own.
 */
export function segmentRegionDistance(
  model: SegmentModel,
  segment: SegmentId,
  x: number,
  y: number,
  z: number,
): number {
  const radius = Math.min(model.caudateRadii.x, model.caudateRadii.y, model.caudateRadii.z);
  const caudate = (caudateLevel(model, x, y, z) - 1) * radius;
  if (segment === 'I') return caudate;
  const right = planeDistance(model.sector.right, x, y, z);
  const middle = planeDistance(model.sector.middle, x, y, z);
  const left = planeDistance(model.sector.left, x, y, z);
  const sector = SECTOR_OF_SEGMENT[segment];
  // Sectors nest: lateral is beyond the left plane, medial beyond the middle but not the left, …
  let d =
    sector === 'lateral'
      ? -left
      : sector === 'medial'
        ? Math.max(left, -middle)
        : sector === 'anterior'
          ? Math.max(left, middle, -right)
          : Math.max(left, middle, right);
  const portal = planeDistance(model.portal[sector], x, y, z);
  const superior = SEGMENT_OF[sector][0] === segment;
  d = Math.max(d, superior ? -portal : portal);
  return Math.max(d, -caudate);
}

const SECTOR_OF_SEGMENT: Record<Exclude<SegmentId, 'I'>, Sector> = {
  II: 'lateral',
  III: 'lateral',
  IVa: 'medial',
  IVb: 'medial',
  V: 'anterior',
  VIII: 'anterior',
  VI: 'posterior',
  VII: 'posterior',
};
