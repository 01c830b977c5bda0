import { type Mesh, type Object3D, Sphere, Vector3 } from 'three';
import { getAnatomy, segmentCentre } from '../../anatomy';
import { exploreIdOf } from '../../explore/structureGroups';

const sphere = new Sphere();
const vertex = new Vector3();

/** Above this radius (mm) a structure is long (a vessel): it is framed at a point on it, not at its middle. */
const LONG_MM = 90;

function worldSphere(mesh: Mesh): Sphere {
  const geometry = mesh.geometry;
  if (!geometry.boundingSphere) geometry.computeBoundingSphere();
  mesh.updateWorldMatrix(true, false);
  return sphere.copy(geometry.boundingSphere as Sphere).applyMatrix4(mesh.matrixWorld);
}

/**
 * A point that lies on a structure, for the keyboard (which has no pointer position): halfway
 * along a vessel's or line's centre line; the middle of another compact one; for another long one
 * (a branching tree), the point of its surface nearest that middle, so the point is on it and not
 * in the space it encloses. Writes into `out`.
 */
export function pointOn(mesh: Mesh, out: Vector3): Vector3 {
  const line = getAnatomy().centreLines.get(mesh.userData.structure as never);
  const middle = line?.points[Math.floor(line.points.length / 2)];
  if (middle) return out.copy(middle);
  const { center, radius } = worldSphere(mesh);
  out.copy(center);
  const positions = mesh.geometry.getAttribute('position');
  if (radius <= LONG_MM || !positions) return out;
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < positions.count; i++) {
    vertex.fromBufferAttribute(positions, i).applyMatrix4(mesh.matrixWorld);
    const d = vertex.distanceToSquared(center);
    if (d < best) {
      best = d;
      out.copy(vertex);
    }
  }
  return out;
}

/**
 * Where to look at a structure from, and how far: about three times its size within comfortable
 * limits; a segment from its centre. `point` is where a long structure is framed (where it was
 * clicked), or any structure when `atPoint` (from the keyboard, `pointOn`). Writes the target into `out`.
 */
export function focusFor(mesh: Mesh, id: string, point: Vector3, out: Vector3, atPoint = false): number {
  if (id.startsWith('segment:')) {
    segmentCentre(id.slice(8) as never, out);
    return 320;
  }
  const { center, radius } = worldSphere(mesh);
  out.copy(radius > LONG_MM || atPoint ? point : center);
  return Math.min(700, Math.max(170, Math.min(radius, LONG_MM) * 3.6));
}

function shownChain(object: Object3D | null): boolean {
  for (let o = object; o; o = o.parent) if (!o.visible) return false;
  return true;
}

/** Whether a structure's mesh can be seen now: shown, on the camera's layer, not faded out or not yet drawn. */
function isSeen(mesh: Mesh): boolean {
  if (!shownChain(mesh) || !mesh.layers.isEnabled(0)) return false;
  if (mesh.userData.capOnly === true) return false;
  const material = mesh.material;
  if (!Array.isArray(material) && material.transparent && material.opacity < 0.02) return false;
  return mesh.geometry.drawRange.count > 0;
}

/**
 * The structures the view shows now, with one mesh each, found by walking the explorable group.
 * The torso outline is left out: it is the frame around everything, and hover never outlines it.
 */
export function seenStructures(root: Object3D | undefined): Map<string, Mesh> {
  const found = new Map<string, Mesh>();
  root?.traverse((object) => {
    const mesh = object as Mesh;
    if (!mesh.isMesh) return;
    const id = exploreIdOf(mesh.userData);
    if (!id || id === 'bodyOutline' || found.has(id) || !isSeen(mesh)) return;
    found.set(id, mesh);
  });
  return found;
}
