import { useLayoutEffect, useState } from 'react';
import { BufferAttribute, BufferGeometry } from 'three';
import { getAnatomy, SEGMENT_IDS, type SegmentId } from '../../anatomy';
import { buildSegmentSolids } from '../../anatomy/segmentSolids';
import { segmentView } from '../../explore/segmentView';
import { useExploreStore } from '../../store/exploreStore';
import { segmentSolidMaterial } from './materials';
import { register, tissueMaterials } from './registry';

let geometries: Map<SegmentId, BufferGeometry> | null = null;

/** The segments' solids as geometries, built the first time a segment is hidden or shown alone (about 0.3 s). */
export function segmentSolidGeometries(): Map<SegmentId, BufferGeometry> {
  if (geometries) return geometries;
  const anatomy = getAnatomy();
  const solids = buildSegmentSolids(anatomy.liver.grid, anatomy.segmentModel);
  geometries = new Map();
  for (const [segment, solid] of solids) {
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(solid.positions, 3));
    geometry.setAttribute('normal', new BufferAttribute(solid.normals, 3));
    geometry.setIndex(new BufferAttribute(solid.indices, 1));
    geometry.computeBoundingSphere();
    geometries.set(segment, geometry);
  }
  return geometries;
}

function SegmentSolid({ segment, geometry }: { segment: SegmentId; geometry: BufferGeometry }) {
  const material = segmentSolidMaterial(segment);
  const id = `segment:${segment}`;
  useLayoutEffect(() => register(tissueMaterials, id, material), [id, material]);
  return (
    <mesh
      name={id}
      geometry={geometry}
      material={material}
      userData={{ structure: id, segment, segmentSolid: true }}
      dispose={null}
    />
  );
}

/**
 * The liver split into its Couinaud segments, drawn in its place while some segments are hidden or
 * shown alone (ExploreEffects decides which are shown). Mounted the first time that happens.
 */
export function SegmentSolids() {
  const split = useExploreStore((s) => segmentView(s).split);
  const [needed, setNeeded] = useState(split);
  useLayoutEffect(() => {
    if (split) setNeeded(true);
  }, [split]);
  if (!needed && !split) return null;
  const built = segmentSolidGeometries();
  return (
    <group name="segmentSolids">
      {SEGMENT_IDS.map((segment) => {
        const geometry = built.get(segment);
        return geometry ? <SegmentSolid key={segment} segment={segment} geometry={geometry} /> : null;
      })}
    </group>
  );
}
