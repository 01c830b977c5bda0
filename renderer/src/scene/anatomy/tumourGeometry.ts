import { type BufferGeometry, IcosahedronGeometry, Vector3 } from 'three';
import { mergeVertices } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { segmentCentre } from '../../anatomy';
import type { Tumour } from '../../procedure/schema';

/** Where a tumour sits: its own position, or its segment's centre. */
export function tumourCentre(tumour: Tumour, out = new Vector3()): Vector3 {
  return tumour.position ? out.set(...tumour.position) : segmentCentre(tumour.segment, out);
}

let shared: BufferGeometry | null = null;

/** The lump's radius in a unit direction (x, y, z), as a fraction of the tumour's radius. */
export function tumourBump(x: number, y: number, z: number): number {
  return 1 + 0.05 * Math.sin(5 * x + 1.3) * Math.sin(4 * y + 0.4) + 0.04 * Math.sin(6 * z + 2.1);
}

/**
 * A unit-radius lump, slightly irregular so it reads as a tumour rather than a ball; scaled to each
 * tumour's diameter. The bumps come from fixed sine waves, so every load looks the same. An
 * icosphere comes unindexed (each face its own corners, so shading shows every facet): its corners
 * are welded first, so the normals average across faces and the lump shades smooth.
 */
export function tumourGeometry(): BufferGeometry {
  if (shared) return shared;
  const sphere = new IcosahedronGeometry(1, 4);
  sphere.deleteAttribute('normal');
  sphere.deleteAttribute('uv');
  const geometry = mergeVertices(sphere, 1e-5);
  sphere.dispose();
  const position = geometry.getAttribute('position');
  for (let i = 0; i < position.count; i++) {
    const x = position.getX(i);
    const y = position.getY(i);
    const z = position.getZ(i);
    const bump = tumourBump(x, y, z);
    position.setXYZ(i, x * bump, y * bump, z * bump);
  }
  geometry.computeVertexNormals();
  shared = geometry;
  return geometry;
}
