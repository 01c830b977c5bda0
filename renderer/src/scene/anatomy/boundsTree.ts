// Loaded on demand by pickAcceleration.ts: the one place the bounding-volume tree library is imported.
import type { Mesh } from 'three';
import { acceleratedRaycast, MeshBVH } from 'three-mesh-bvh';

/** `indirect` is read by the library (0.8) though its types leave it out: the index stays untouched. */
const TREE_OPTIONS = { indirect: true, maxLeafTris: 10 };

/** Builds `mesh`'s tree (once per geometry) and raycasts it through the tree from now on. */
export function raycastThroughTree(mesh: Mesh): void {
  const geometry = mesh.geometry;
  geometry.boundsTree ??= new MeshBVH(geometry, TREE_OPTIONS);
  mesh.raycast = acceleratedRaycast;
}
