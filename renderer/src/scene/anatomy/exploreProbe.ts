// For browser tests: where on the canvas the pointer would name a structure, and what lies under a
// point. Each asks the app's own pick (choosePick + exploreIdForHit), so a test checks what a user gets.
import { Box3, type Camera, type Object3D, Raycaster, Vector2, Vector3 } from 'three';
import { exploreIdOf } from '../../explore/structureGroups';
import { choosePick, exploreIdForHit } from './pick';

export interface ExploreProbe {
  /** A point in the canvas (px) where the pointer names `id`, or null where none does. */
  pointFor(id: string): [number, number] | null;
  /** Every structure along the ray through a canvas point (px), nearest first, seen or behind. */
  idsAt(x: number, y: number): string[];
  /** What a pointer at a canvas point (px) would name: the app's own pick. */
  pickAt(x: number, y: number): string | null;
}

export interface ProbeView {
  camera: Camera;
  root: Object3D | null;
  width: number;
  height: number;
}

const ray = new Raycaster();
const ndc = new Vector2();
const box = new Box3();
const meshBox = new Box3();
const corner = new Vector3();

/** Whole-canvas grid (cells across, down): finds anything larger than about 16 px at 960 px wide. */
const GRID_X = 60;
const GRID_Y = 40;
/** Pitch (px) of the finer search inside a structure's own screen box, and its cap in rays a side. */
const FINE_PITCH_PX = 3;
const FINE_MAX = 40;

/** The screen box (NDC, clamped to the view) of every mesh whose explore id is `id`, or null. */
function screenBoxOf(root: Object3D, camera: Camera, id: string): [number, number, number, number] | null {
  box.makeEmpty();
  root.traverse((object) => {
    if (exploreIdOf(object.userData) !== id) return;
    meshBox.setFromObject(object);
    if (!meshBox.isEmpty()) box.union(meshBox);
  });
  if (box.isEmpty()) return null;
  let minX = 1;
  let minY = 1;
  let maxX = -1;
  let maxY = -1;
  for (let i = 0; i < 8; i++) {
    corner.set(i & 1 ? box.max.x : box.min.x, i & 2 ? box.max.y : box.min.y, i & 4 ? box.max.z : box.min.z);
    corner.project(camera);
    minX = Math.min(minX, corner.x);
    maxX = Math.max(maxX, corner.x);
    minY = Math.min(minY, corner.y);
    maxY = Math.max(maxY, corner.y);
  }
  minX = Math.max(minX, -1);
  minY = Math.max(minY, -1);
  maxX = Math.min(maxX, 1);
  maxY = Math.min(maxY, 1);
  return minX < maxX && minY < maxY ? [minX, minY, maxX, maxY] : null;
}

/** Builds the probe over a view read fresh at every call (the camera moves, the canvas resizes). */
export function exploreProbe(view: () => ProbeView, segmentsShown: () => boolean): ExploreProbe {
  const pickNdc = (root: Object3D, camera: Camera, x: number, y: number): string | null => {
    ndc.set(x, y);
    ray.setFromCamera(ndc, camera);
    const hit = choosePick(ray.intersectObject(root, true));
    return hit ? exploreIdForHit(hit, segmentsShown()) : null;
  };
  const toPx = (x: number, y: number, width: number, height: number): [number, number] => [
    ((x + 1) / 2) * width,
    ((1 - y) / 2) * height,
  ];

  const pointFor = (id: string): [number, number] | null => {
    const { camera, root, width, height } = view();
    if (!root) return null;
    for (let j = 1; j < GRID_Y; j++) {
      for (let i = 1; i < GRID_X; i++) {
        const x = (i / GRID_X) * 2 - 1;
        const y = 1 - (j / GRID_Y) * 2;
        if (pickNdc(root, camera, x, y) === id) return toPx(x, y, width, height);
      }
    }
    // Smaller than a grid cell on screen (a tumour's section on a cut, a far-off part): search the
    // structure's own screen box finely. Its meshes may be clipped or hidden; the pick still decides.
    const screen = screenBoxOf(root, camera, id);
    if (!screen) return null;
    const [minX, minY, maxX, maxY] = screen;
    const across = Math.min(FINE_MAX, Math.ceil(((maxX - minX) / 2) * (width / FINE_PITCH_PX)));
    const down = Math.min(FINE_MAX, Math.ceil(((maxY - minY) / 2) * (height / FINE_PITCH_PX)));
    for (let j = 0; j <= down; j++) {
      for (let i = 0; i <= across; i++) {
        const x = minX + ((maxX - minX) * i) / Math.max(1, across);
        const y = maxY - ((maxY - minY) * j) / Math.max(1, down);
        if (pickNdc(root, camera, x, y) === id) return toPx(x, y, width, height);
      }
    }
    return null;
  };

  const toNdc = (x: number, y: number, width: number, height: number) =>
    ndc.set((x / width) * 2 - 1, 1 - (y / height) * 2);

  const idsAt = (x: number, y: number): string[] => {
    const { camera, root, width, height } = view();
    if (!root) return [];
    ray.setFromCamera(toNdc(x, y, width, height), camera);
    return ray
      .intersectObject(root, true)
      .filter((hit) => hit.object.visible && hit.object.layers.isEnabled(0))
      .map((hit) => exploreIdForHit(hit, segmentsShown()) ?? '');
  };

  const pickAt = (x: number, y: number): string | null => {
    const { camera, root, width, height } = view();
    if (!root) return null;
    toNdc(x, y, width, height);
    return pickNdc(root, camera, ndc.x, ndc.y);
  };

  return { pointFor, idsAt, pickAt };
}
