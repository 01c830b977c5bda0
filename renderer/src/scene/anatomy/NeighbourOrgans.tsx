import { DoubleSide, FrontSide, MeshStandardMaterial } from 'three';
import { getAnatomy } from '../../anatomy';
import { ORGAN_COLOURS } from '../../anatomy/palette';

type Neighbour = 'diaphragm' | 'stomach' | 'rightKidney';

/** How much of each organ shows: faint enough to read as background, the big diaphragm faintest. */
const OPACITY: Record<Neighbour, number> = { diaphragm: 0.16, stomach: 0.34, rightKidney: 0.4 };
const COLOUR: Record<Neighbour, string> = {
  diaphragm: ORGAN_COLOURS.diaphragm,
  stomach: ORGAN_COLOURS.stomach,
  rightKidney: ORGAN_COLOURS.kidney,
};
const NEIGHBOURS: readonly Neighbour[] = ['diaphragm', 'stomach', 'rightKidney'];

const cache = new Map<Neighbour, MeshStandardMaterial>();

/**
 * A faint organ's material: see-through, writing no depth (so the vessels behind it still show).
 * The stomach and kidney are closed surfaces, drawn front faces only; the diaphragm is one sheet,
 * drawn from both sides in a single pass (three.js would otherwise draw a see-through two-sided
 * material twice, flipping its side each frame).
 */
export function neighbourMaterial(organ: Neighbour): MeshStandardMaterial {
  let material = cache.get(organ);
  if (!material) {
    material = new MeshStandardMaterial({
      name: organ,
      color: COLOUR[organ],
      roughness: 0.7,
      transparent: true,
      opacity: OPACITY[organ],
      depthWrite: false,
      side: organ === 'diaphragm' ? DoubleSide : FrontSide,
      forceSinglePass: organ === 'diaphragm',
    });
    cache.set(organ, material);
  }
  return material;
}

export interface NeighbourOrgansProps {
  /** Draw the neighbouring organs; true. */
  visible?: boolean;
}

/** The diaphragm, stomach and right kidney, drawn faint around the liver for orientation. */
export function NeighbourOrgans({ visible = true }: NeighbourOrgansProps) {
  const geometries = getAnatomy().neighbours;
  return (
    <group name="neighbours" visible={visible}>
      {NEIGHBOURS.map((organ) => (
        <mesh
          key={organ}
          name={organ}
          geometry={geometries[organ]}
          material={neighbourMaterial(organ)}
          // After the opaque organs and the vessels, before the torso shell.
          renderOrder={5}
          userData={{ structure: organ }}
          dispose={null}
        />
      ))}
    </group>
  );
}
