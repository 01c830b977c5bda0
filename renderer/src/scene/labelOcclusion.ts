import type { Camera, Intersection, Material, Mesh, Object3D } from 'three';
import { Raycaster, Vector2, Vector3 } from 'three';
import { rectOver } from '../explore/labelAnchor';
import type { Rect } from '../explore/labelLayout';
import { choosePick, exploreIdForHit } from './anatomy/pick';

// Preallocated once: the occlusion pass runs a few times a second and allocates no vectors of its own.
const ray = new Raycaster();
const ndc = new Vector2();
const projected = new Vector3();
const hits: Intersection[] = [];
const cameraAt = new Vector3();
/** Meshes shown in the explorable tree, gathered once per check. */
const shownMeshes: Mesh[] = [];

/**
 * Every shown mesh, picked by the plain raycast: a bounding-volume tree would go stale where
 * geometry changes in place (the cut face, tubes growing by draw range), and the check runs only
 * once the view stops moving.
 */
function gather(object: Object3D): void {
  const mesh = object as Mesh;
  if (!mesh.isMesh || !object.layers.isEnabled(0)) return;
  // The torso shell and ghosted parts never hide a label's own structure (the pick passes over
  // them to what lies behind), and the torso lies across every ray: leaving them out keeps a check cheap.
  const material = mesh.material as Material | Material[];
  const ghost = !Array.isArray(material) && material.transparent && material.opacity < 0.5;
  if (object.userData.structure === 'bodyOutline' || ghost) return;
  shownMeshes.push(mesh);
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

/** What floats over the scene and must not hide a label: the caption, the orientation cue, the drug legend. */
const OVERLAYS = '.caption, .orientation-cue, .drug-legend';

/**
 * The scene-area rectangles (px) of every shown caption and other overlay (`OVERLAYS`): labels keep
 * out of them. Read from the DOM by class, wherever they are placed; called on change (resize, step,
 * a few times a second while the view moves), never every frame. A hidden overlay has no box.
 */
export function captionRects(canvas: HTMLElement, out: Rect[]): Rect[] {
  out.length = 0;
  const view = canvas.getBoundingClientRect();
  for (const element of document.querySelectorAll<HTMLElement>(OVERLAYS)) {
    const r = element.getBoundingClientRect();
    const over = rectOver(r, view, 4);
    if (over) out.push(over);
  }
  return out;
}
