import { useFrame } from '@react-three/fiber';
import { Color, type Material } from 'three';
import { FLOW_PATH_IDS } from '../physiology';
import type { FlowPathId } from '../procedure/ids';
import { DRUG_COLOUR, frame } from '../runtime';
import { branchMaterial } from './anatomy/materials';
import { type AnatomyMaterial, pathMaterials, tissueMaterials } from './anatomy/registry';

const black = new Color(0, 0, 0);

/**
 * How much of the drug colour a full tint adds. One figure for vessels, liver and tumours, so
 * the same concentration looks the same wherever it is (the legend shows this scale).
 */
export const DRUG_GLOW = 0.45;

/**
 * The branches inside the liver (and the tumours' feeding arteries, which share the arterial
 * branches' material) carry the blood of the vessel they branch from.
 */
const BRANCH_SOURCES = [
  ['artery', FLOW_PATH_IDS.indexOf('properHepaticArtery')],
  ['portal', FLOW_PATH_IDS.indexOf('portalVein')],
  ['vein', FLOW_PATH_IDS.indexOf('middleHepaticVein')],
] as const;

/** The emissive colour of a material that has one (a material without it shows no glow). */
function emissiveOf(material: Material | undefined): Color | undefined {
  const emissive = (material as { emissive?: unknown } | undefined)?.emissive;
  return emissive instanceof Color ? emissive : undefined;
}

function glow(material: Material | undefined, tint: number): void {
  emissiveOf(material)
    ?.copy(black)
    .lerp(DRUG_COLOUR, tint * DRUG_GLOW);
}

/**
 * Drug-coloured blood shows in the vessel walls, the liver and the tumours as a warm glow: each
 * path by its own blood's concentration, the liver by its tissue's, the tumours by theirs, as the
 * physiology model gives them for this moment (frame.drug, filled by the driver).
 */
export function DrugColouring() {
  useFrame(() => {
    const drug = frame.drug;
    for (let i = 0; i < FLOW_PATH_IDS.length; i++) {
      glow(pathMaterials.get(FLOW_PATH_IDS[i] as FlowPathId), drug.path[i] ?? 0);
    }
    for (let i = 0; i < BRANCH_SOURCES.length; i++) {
      const source = BRANCH_SOURCES[i] as (typeof BRANCH_SOURCES)[number];
      glow(branchMaterial(source[0]), drug.path[source[1]] ?? 0);
    }
    tissueMaterials.forEach(glowTissue);
  });
  return null;
}

/** The liver, whole or as segment solids, glows with its tissue; everything else is a tumour. */
function glowTissue(material: AnatomyMaterial, id: string): void {
  const isLiver = id === 'liver' || id.startsWith('segment:');
  glow(material, isLiver ? frame.drug.liver : frame.drug.tumour);
}
