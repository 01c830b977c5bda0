import type { BufferGeometry, Camera, Mesh, Object3D } from 'three';

/**
 * The lean frame: how a moving picture is drawn on WebGL emulated on the CPU. There the cost of a
 * frame follows its triangles, not its pixels (at 1920x1080, a fifth of the pixels saved under a
 * tenth of the frame, the liver's 37,000 triangles alone a fifth of it), so while the picture
 * moves below full resolution (the same frames that skip FXAA, see `wantsFxaa`) the busiest
 * meshes are drawn with lighter geometry, and what the opaque liver hides is not drawn at all.
 * Only the draw changes: between draws every mesh holds its own geometry and visibility again,
 * so picking, labels, the cut and every still picture see the full scene.
 */

interface GeometrySwap {
  mesh: Mesh;
  /** Builds (or fetches from its cache) the lighter geometry, on the first lean frame that needs it. */
  build: () => BufferGeometry;
  lean: BufferGeometry | null;
  /** Whether the lighter geometry may stand in this frame (e.g. not while the liver shows its segments' tint). */
  allowed: () => boolean;
  /** The mesh's own geometry while swapped; null when not swapped. */
  own: BufferGeometry | null;
}

interface Covered {
  object: Object3D;
  /** Whether this draw hid it (so only that is undone). */
  hid: boolean;
}

const always = () => true;
const swaps: GeometrySwap[] = [];
const covered: Covered[] = [];
let coverCheck: () => boolean = () => false;

function removeFrom<T>(list: T[], item: T): void {
  const at = list.indexOf(item);
  if (at >= 0) list.splice(at, 1);
}

/** Draws `mesh` with `build()`'s geometry in lean frames (built once, when first needed). Returns the undo. */
export function leanGeometry(
  mesh: Mesh,
  build: () => BufferGeometry,
  allowed: () => boolean = always,
): () => void {
  const swap: GeometrySwap = { mesh, build, lean: null, allowed, own: null };
  swaps.push(swap);
  return () => removeFrom(swaps, swap);
}

/** Leaves `object` (and all under it) out of lean frames while `liverCovers()` says the liver hides it. */
export function insideLiver(object: Object3D): () => void {
  const entry: Covered = { object, hid: false };
  covered.push(entry);
  return () => removeFrom(covered, entry);
}

/** Whether the liver is drawn whole and opaque this frame, so what lies inside it cannot be seen. */
export function setLiverCovers(check: () => boolean): () => void {
  coverCheck = check;
  return () => {
    if (coverCheck === check) coverCheck = () => false;
  };
}

/** What draws a scene: the WebGLRenderer (an interface, so tests need no WebGL). */
export interface SceneRenderer {
  render(scene: Object3D, camera: Camera): void;
}

/** Renders `scene` once with the lean geometry in place, then puts everything back. */
export function drawLean(renderer: SceneRenderer, scene: Object3D, camera: Camera): void {
  // Index loops: this runs every lean frame and allocates nothing.
  for (let i = 0; i < swaps.length; i++) {
    const swap = swaps[i] as GeometrySwap;
    if (!swap.allowed()) continue;
    swap.lean ??= swap.build();
    swap.own = swap.mesh.geometry;
    swap.mesh.geometry = swap.lean;
  }
  const hidden = coverCheck();
  for (let i = 0; i < covered.length; i++) {
    const entry = covered[i] as Covered;
    entry.hid = hidden && entry.object.visible;
    if (entry.hid) entry.object.visible = false;
  }
  try {
    renderer.render(scene, camera);
  } finally {
    for (let i = 0; i < covered.length; i++) {
      const entry = covered[i] as Covered;
      if (entry.hid) entry.object.visible = true;
      entry.hid = false;
    }
    for (let i = 0; i < swaps.length; i++) {
      const swap = swaps[i] as GeometrySwap;
      if (swap.own) swap.mesh.geometry = swap.own;
      swap.own = null;
    }
  }
}
