import { useLayoutEffect, useRef } from 'react';
import type { Mesh, MeshStandardMaterial } from 'three';
import { getAnatomy } from '../../anatomy';
import { currentSegmentView } from '../../explore/segmentView';
import { useExploreStore } from '../../store/exploreStore';
import { leanGeometry, setLiverCovers } from '../quality/leanFrame';
import { leanLiverGeometry } from '../quality/leanGeometries';
import { liverMaterial } from './materials';
import { accelerateRaycast } from './pickAcceleration';
import { register, tissueMaterials } from './registry';

export interface LiverProps {
  /** Draw the liver; true. */
  visible?: boolean;
}

/** The segment tint lives in the full surface's vertex colours: the coarse one stands in only without it. */
const untinted = () => !currentSegmentView(useExploreStore.getState()).tinted;

/** Drawn whole (not hidden, not split into segments), opaque and uncut: nothing inside it shows. */
function coversInside(mesh: Mesh, material: MeshStandardMaterial): boolean {
  return (
    mesh.visible &&
    mesh.layers.isEnabled(0) &&
    !material.transparent &&
    material.opacity >= 1 &&
    !material.clippingPlanes?.length
  );
}

/**
 * The liver surface, built once from the anatomy data; its material is registered as 'liver'.
 * Lean frames draw its coarse surface, and leave out what it hides (see scene/quality/leanFrame.ts).
 */
export function Liver({ visible = true }: LiverProps) {
  const material = liverMaterial();
  const ref = useRef<Mesh>(null);
  useLayoutEffect(() => register(tissueMaterials, 'liver', material), [material]);
  useLayoutEffect(() => {
    const mesh = ref.current;
    if (!mesh) return;
    const undoLean = leanGeometry(mesh, leanLiverGeometry, untinted);
    const undoCovers = setLiverCovers(() => coversInside(mesh, material));
    const undoAccelerate = accelerateRaycast(mesh);
    return () => {
      undoLean();
      undoCovers();
      undoAccelerate();
    };
  }, [material]);
  return (
    <mesh
      ref={ref}
      name="liver"
      geometry={getAnatomy().liver.geometry}
      material={material}
      visible={visible}
      userData={{ structure: 'liver' }}
      dispose={null}
    />
  );
}
