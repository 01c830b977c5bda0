import type { Mesh, MeshPhysicalMaterial, MeshStandardMaterial } from 'three';
import type { FlowPathId } from '../../procedure/ids';

/** Materials the animation layer may recolour (colour, emissive, opacity) every frame. */
export type AnatomyMaterial = MeshStandardMaterial | MeshPhysicalMaterial;

/**
 * One mesh per vessel and circuit line, present while the anatomy is mounted. Tube indices run from
 * the path's start to its end (caps last), so `geometry.setDrawRange(0, n)` reveals a catheter as it
 * is advanced. Circuit lines not in the procedure are registered too, with `visible` false.
 */
export const pathMeshes = new Map<FlowPathId, Mesh>();

/** Each path's own material (not shared between paths), for drug colour and highlights. */
export const pathMaterials = new Map<FlowPathId, AnatomyMaterial>();

/** 'liver', each segment solid as 'segment:VII', and each tumour under its id from the procedure file. */
export const tissueMaterials = new Map<string, AnatomyMaterial>();

/** Bumped whenever an entry comes or goes: anatomy was mounted or unmounted. */
export const registryVersion = { value: 0 };

/** Adds an entry and returns the function that removes it again, if it is still the same one. */
export function register<K, V>(map: Map<K, V>, key: K, value: V): () => void {
  map.set(key, value);
  registryVersion.value++;
  return () => {
    if (map.get(key) === value) map.delete(key);
    registryVersion.value++;
  };
}
