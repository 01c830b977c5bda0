import { Box3, Vector3 } from 'three';
import { getAnatomy } from '../anatomy';

/** Structures inside the liver that a cut goes through with it (tumours and segments go too). */
export const CUT_WITH_LIVER: ReadonlySet<string> = new Set([
  'liver',
  'gallbladder',
  'bileDucts',
  'portalBranches',
  'arterialBranches',
  'tumourArteries',
  'hepaticVeinBranches',
  'rightPortalVein',
  'leftPortalVein',
  'rightHepaticVein',
  'middleHepaticVein',
  'leftHepaticVein',
  'rightHepaticArtery',
  'leftHepaticArtery',
  'ivcRetrohepatic',
]);

/** Whether a cut takes away this structure's part on the far side of the plane. */
export function isCutWithLiver(id: string): boolean {
  return CUT_WITH_LIVER.has(id) || id.startsWith('tumour:') || id.startsWith('segment:');
}

let liverCentre: Vector3 | null = null;

/** Centre of the liver's bounding box: the named cut planes pass through it at offset 0. */
export function getLiverCentre(): Vector3 {
  liverCentre ??= new Box3()
    .setFromBufferAttribute(getAnatomy().liver.geometry.getAttribute('position') as never)
    .getCenter(new Vector3());
  return liverCentre;
}
