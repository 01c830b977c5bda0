import type { BufferGeometry, Camera, Intersection, Mesh, Object3D } from 'three';
import { Raycaster, Vector2, Vector3 } from 'three';
import { rectOver } from '../explore/labelAnchor';
import type { Rect } from '../explore/labelLayout';
import { CIRCUIT_IDS } from '../procedure/ids';
import { choosePick, exploreIdForHit } from './anatomy/pick';

// Preallocated once: the occlusion pass runs a few times a second and allocates no vectors of its own.
const ray = new Raycaster();
const ndc = new Vector2();
const projected = new Vector3();
const hits: Intersection[] = [];
const cameraAt = new Vector3();
/** Meshes shown in the explorable tree, gathered once per check. */
const shownMeshes: Mesh[] = [];

/** Meshes this big get a bounding-volume tree: a pick then costs microseconds, not a walk of every triangle. */
const BVH_MIN_TRIANGLES = 2000;
const circuitLines: ReadonlySet<unknown> = new Set(CIRCUIT_IDS);

type BoundsTrees = typeof import('three-mesh-bvh');
/**
 * The bounding-volume trees come in their own chunk after start-up (they are not needed for the
 * first picture, and start-up has a size budget); until then the plain raycast answers, slower.
 */
let boundsTrees: BoundsTrees | null = null;
let boundsTreesAsked = false;
function askForBoundsTrees(): void {
  if (boundsTreesAsked) return;
  boundsTreesAsked = true;
  import('three-mesh-bvh').then(
    (module) => {
      boundsTrees = module;
    },
    () => {
      // Without the trees every pick walks the triangles: slower, still right.
    },
  );
}

function triangles(geometry: BufferGeometry): number {
  return (geometry.index ? geometry.index.count : (geometry.attributes.position?.count ?? 0)) / 3;
}

function gather(object: Object3D): void {
  const mesh = object as Mesh;
  if (!mesh.isMesh || !object.layers.isEnabled(0)) return;
  shownMeshes.push(mesh);
  const geometry = mesh.geometry as BufferGeometry & { boundsTree?: unknown };
  // Tubes that grow by draw range (circuit lines) keep the plain raycast, which follows the range.
  if (geometry.boundsTree || circuitLines.has(object.userData.structure)) return;
  if (triangles(geometry) < BVH_MIN_TRIANGLES) return;
  if (!boundsTrees) {
    askForBoundsTrees();
    return;
  }
  const { computeBoundsTree, acceleratedRaycast } = boundsTrees;
  // Indirect: the geometry's own index (triangle order) is left as it is.
  computeBoundsTree.call(geometry, { indirect: true } as Parameters<typeof computeBoundsTree>[0]);
  mesh.raycast = acceleratedRaycast;
}

/** Gathers the meshes a pick can see under `root` (shown, on the picking layer), for the checks that follow. */
export function gatherShown(root: Object3D | undefined): void {
  shownMeshes.length = 0;
  root?.traverseVisible(gather);
}

/**
 * What the app's own pick names at the point where `point` shows on screen (the choice a pointer
 * there would make, among the meshes `gatherShown` found), or null when off screen or nothing is there.
 */
export function pickIdAtPoint(camera: Camera, point: Vector3, segmentsShown: boolean): string | null {
  projected.copy(point).project(camera);
  if (projected.z > 1 || Math.abs(projected.x) > 1 || Math.abs(projected.y) > 1) return null;
  ndc.set(projected.x, projected.y);
  ray.setFromCamera(ndc, camera);
  // Nothing behind the point matters except what a see-through part lets through: stop a little past it.
  ray.far = cameraAt.setFromMatrixPosition(camera.matrixWorld).distanceTo(point) + 60;
  hits.length = 0;
  ray.intersectObjects(shownMeshes, false, hits);
  const hit = choosePick(hits);
  hits.length = 0;
  return hit ? exploreIdForHit(hit, segmentsShown) : null;
}

/**
 * The scene-area rectangles (px) of every shown caption: labels keep out of them. Read from the DOM
 * by class, wherever the caption is placed; called on change (resize, step, a few times a second
 * while the view moves), never every frame.
 */
export function captionRects(canvas: HTMLElement, out: Rect[]): Rect[] {
  out.length = 0;
  const view = canvas.getBoundingClientRect();
  for (const element of document.querySelectorAll<HTMLElement>('.caption')) {
    const r = element.getBoundingClientRect();
    const over = rectOver(r, view, 4);
    if (over) out.push(over);
  }
  return out;
}
