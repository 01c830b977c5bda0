import { useLayoutEffect, useRef } from 'react';
import type { Mesh } from 'three';
import { getAnatomy } from '../../anatomy';
import type { FlowPathId } from '../../procedure/ids';
import { leanGeometry } from '../quality/leanFrame';
import { leanVesselTube } from '../quality/leanGeometries';
import { pathMaterial } from './materials';
import { accelerateRaycast } from './pickAcceleration';
import { pathMaterials, pathMeshes, register } from './registry';

export interface PathMeshProps {
  id: FlowPathId;
  /** Draw it; true. The animation layer may change this later without React. */
  visible?: boolean;
}

/** One vessel or circuit line as a tube, registered by id for the animation layer. */
export function PathMesh({ id, visible = true }: PathMeshProps) {
  const anatomy = getAnatomy();
  const line = anatomy.centreLines.get(id);
  const geometry = anatomy.tubes.get(id);
  const circuit = (line?.system ?? 'circuit') === 'circuit';
  const material = pathMaterial(id, line?.system ?? 'circuit');
  const ref = useRef<Mesh>(null);
  useLayoutEffect(() => {
    const mesh = ref.current;
    if (!mesh) return;
    const unregisterMesh = register(pathMeshes, id, mesh);
    const unregisterMaterial = register(pathMaterials, id, material);
    // A vessel is drawn whole, so a lean frame may draw its lighter tube; a circuit line is revealed
    // by draw range as it is advanced, and keeps its own.
    const undoLean = circuit ? undefined : leanGeometry(mesh, () => leanVesselTube(id));
    const undoAccelerate = circuit ? undefined : accelerateRaycast(mesh);
    return () => {
      unregisterMesh();
      unregisterMaterial();
      undoLean?.();
      undoAccelerate?.();
    };
  }, [id, material, circuit]);
  // Only when the prop changes: the animation layer owns `visible` in between.
  useLayoutEffect(() => {
    if (ref.current) ref.current.visible = visible;
  }, [visible]);
  if (!geometry) return null;
  return (
    <mesh
      ref={ref}
      name={id}
      geometry={geometry}
      material={material}
      renderOrder={circuit ? 2 : 0}
      userData={{ structure: id }}
      dispose={null}
    />
  );
}
