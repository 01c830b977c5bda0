import { type Mesh, Mesh as ThreeMesh } from 'three';

/**
 * Picking and the label check raycast the anatomy, and three.js tests every triangle of each mesh
 * whose box the ray meets: the liver alone has 37,000, and one label pass after a step change took
 * 100-700 ms on WebGL emulated on the CPU, a visible stall. Meshes whose geometry never changes
 * (the liver, the branch trees, the vessels) get a bounding-volume tree (three-mesh-bvh) when the
 * page is idle: the same hits, found by visiting a few dozen triangles. The tree is `indirect`, so
 * the geometry's own index (and so what is drawn) is left as it is. The library loads on demand,
 * so start-up does not carry it; until a mesh has its tree, its raycast tests every triangle.
 */

type Library = typeof import('./boundsTree');

const waiting: Mesh[] = [];
let library: Library | null = null;
let loading = false;

const idle = (run: () => void) =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(run, { timeout: 2000 })
    : setTimeout(run, 0);

/** Gives the waiting meshes their trees, one per idle moment, so no single frame pays for them all. */
function drain(): void {
  const mesh = waiting.shift();
  if (!mesh || !library) return;
  library.raycastThroughTree(mesh);
  if (waiting.length > 0) idle(drain);
}

function load(): void {
  if (loading) return;
  loading = true;
  import('./boundsTree')
    .then((loaded) => {
      library = loaded;
      idle(drain);
    })
    .catch(() => {
      // Without the tree every raycast still works, testing every triangle as before.
      waiting.length = 0;
    });
}

/** Raycasts `mesh` through a bounding-volume tree once it is built. Its geometry must never change in place. */
export function accelerateRaycast(mesh: Mesh): () => void {
  waiting.push(mesh);
  if (library) idle(drain);
  else load();
  return () => {
    const at = waiting.indexOf(mesh);
    if (at >= 0) waiting.splice(at, 1);
    mesh.raycast = ThreeMesh.prototype.raycast;
  };
}
