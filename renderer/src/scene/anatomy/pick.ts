import type { Intersection, Material, Object3D } from 'three';
import { classifySegment, getAnatomy } from '../../anatomy';
import { type ExploreId, exploreIdOf, segmentExploreId } from '../../explore/structureGroups';
import { sectionIdAt } from './sectionPainter';

function shownChain(object: Object3D | null): boolean {
  for (let o = object; o; o = o.parent) if (!o.visible) return false;
  return true;
}

/** Whether a hit on the cut face lies where the plane is inside the liver. */
function onLiver(hit: Intersection): boolean {
  const { x, y, z } = hit.point;
  return getAnatomy().liver.sdf(x, y, z) < 0.5;
}

function clippedAway(hit: Intersection): boolean {
  const material = (hit.object as { material?: Material }).material;
  const planes = material && !Array.isArray(material) ? material.clippingPlanes : null;
  return planes?.some((plane) => plane.distanceToPoint(hit.point) < 0) ?? false;
}

/**
 * The structure a ray picks among its hits (nearest first): hidden, invisible and clipped-away parts
 * are passed over, and so are the torso shell and ghosted (x-ray) structures while anything solid
 * lies behind them, so the vessels inside a see-through liver can be pointed at.
 */
export function choosePick(hits: readonly Intersection[]): Intersection | null {
  let fallback: Intersection | null = null;
  for (const hit of hits) {
    const object = hit.object;
    if (!object.layers.isEnabled(0) || !shownChain(object) || clippedAway(hit)) continue;
    const id = exploreIdOf(object.userData);
    if (!id) continue;
    if (object.userData.capOnly === true && !onLiver(hit) && sectionIdAt(hit.point) === null) continue;
    const material = (object as { material?: Material }).material;
    const ghost = material && !Array.isArray(material) && material.transparent && material.opacity < 0.5;
    if (id === 'bodyOutline' || ghost) {
      fallback ??= hit;
      continue;
    }
    return hit;
  }
  return fallback;
}

/**
 * The explore id for a pick: on the cut face, the vessel or tumour in section there, else the liver;
 * the liver is named by segment while the segments are tinted.
 */
export function exploreIdForHit(hit: Intersection, segmentsShown: boolean): ExploreId | null {
  const section = hit.object.userData.capOnly === true ? sectionIdAt(hit.point) : null;
  if (section) return section;
  const id = exploreIdOf(hit.object.userData);
  if (id === 'liver' && segmentsShown) {
    const { x, y, z } = hit.point;
    return segmentExploreId(classifySegment(getAnatomy().segmentModel, x, y, z));
  }
  return id;
}
