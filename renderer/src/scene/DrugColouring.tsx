import { useFrame } from '@react-three/fiber';
import { Color, type MeshStandardMaterial } from 'three';
import { FLOW_PATH_IDS } from '../physiology';
import type { FlowPathId } from '../procedure/ids';
import { DRUG_COLOUR, frame } from '../runtime';
import { branchMaterial } from './anatomy/materials';
import { type AnatomyMaterial, pathMaterials, tissueMaterials } from './anatomy/registry';

const black = new Color(0, 0, 0);

/**
 * The branches inside the liver (and the tumours' feeding arteries, which share the arterial
 * branches' material) carry the blood of the vessel they branch from.
 */
const BRANCH_SOURCES = [
  ['artery', FLOW_PATH_IDS.indexOf('properHepaticArtery')],
  ['portal', FLOW_PATH_IDS.indexOf('portalVein')],
  ['vein', FLOW_PATH_IDS.indexOf('middleHepaticVein')],
] as const;

function glow(material: MeshStandardMaterial | undefined, intensity: number, strength: number): void {
  if (!material) return;
  material.emissive.copy(black).lerp(DRUG_COLOUR, intensity * strength);
}

/**
 * Drug-coloured blood shows in the vessel walls, the liver and the tumours as a warm glow whose
 * strength follows the concentration the physiology model gives for that place and time.
 */
export function DrugColouring() {
  useFrame(() => {
    const drug = frame.drug;
    for (let i = 0; i < FLOW_PATH_IDS.length; i++) {
      glow(
        pathMaterials.get(FLOW_PATH_IDS[i] as FlowPathId) as MeshStandardMaterial | undefined,
        drug.path[i] ?? 0,
        0.8,
      );
    }
    for (let i = 0; i < BRANCH_SOURCES.length; i++) {
      const source = BRANCH_SOURCES[i] as (typeof BRANCH_SOURCES)[number];
      glow(branchMaterial(source[0]), drug.path[source[1]] ?? 0, 0.8);
    }
    tissueMaterials.forEach(glowTissue);
  });
  return null;
}

/** The liver, whole or as segment solids, glows with its tissue; everything else is a tumour. */
function glowTissue(material: AnatomyMaterial, id: string): void {
  const isLiver = id === 'liver' || id.startsWith('segment:');
  glow(
    material as MeshStandardMaterial,
    isLiver ? frame.drug.liver : frame.drug.tumour,
    isLiver ? 0.35 : 0.9,
  );
}
