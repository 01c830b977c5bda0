import { useLayoutEffect, useRef } from 'react';
import type { Mesh } from 'three';
import { getAnatomy } from '../../anatomy';
import type { FlowPathId } from '../../procedure/ids';
import { pathMaterial } from './materials';
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
  const material = pathMaterial(id, line?.system ?? 'circuit');
  const ref = useRef<Mesh>(null);
  useLayoutEffect(() => {
    const mesh = ref.current;
    if (!mesh) return;
    const unregisterMesh = register(pathMeshes, id, mesh);
    const unregisterMaterial = register(pathMaterials, id, material);
    return () => {
      unregisterMesh();
      unregisterMaterial();
    };
  }, [id, material]);
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
      renderOrder={line?.system === 'circuit' ? 2 : 0}
      userData={{ structure: id }}
      dispose={null}
    />
  );
}
