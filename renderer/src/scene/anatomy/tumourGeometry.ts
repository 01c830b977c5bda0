import { IcosahedronGeometry, Vector3 } from 'three';
import { segmentCentre } from '../../anatomy';
import type { Tumour } from '../../procedure/schema';

/** Where a tumour sits: its own position, or its segment's centre. */
export function tumourCentre(tumour: Tumour, out = new Vector3()): Vector3 {
  return tumour.position ? out.set(...tumour.position) : segmentCentre(tumour.segment, out);
}

let shared: IcosahedronGeometry | null = null;

/** The lump's radius in a unit direction (x, y, z), as a fraction of the tumour's radius. */
export function tumourBump(x: number, y: number, z: number): number {
  return 1 + 0.05 * Math.sin(5 * x + 1.3) * Math.sin(4 * y + 0.4) + 0.04 * Math.sin(6 * z + 2.1);
}

/**
 * A unit-radius lump, slightly irregular so it reads as a tumour rather than a ball; scaled to each
 * tumour's diameter. The bumps come from fixed sine waves, so every load looks the same.
 */
export function tumourGeometry(): IcosahedronGeometry {
  if (shared) return shared;
  const geometry = new IcosahedronGeometry(1, 4);
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
