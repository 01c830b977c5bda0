import { useFrame } from '@react-three/fiber';
import { Color, type MeshStandardMaterial } from 'three';
import { COMPARTMENTS, FLOW_PATH_IDS } from '../physiology';
import { branchMaterial } from './anatomy/materials';
import { pathMaterials, tissueMaterials } from './anatomy/registry';
import { DRUG_COLOUR, drugIntensity } from './drugColour';
import { frameState } from './frameState';

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
const LIVER_TISSUE = COMPARTMENTS.indexOf('liverTissue');
const TUMOUR = COMPARTMENTS.indexOf('tumour');

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
    const sample = frameState.physiology;
    const max = frameState.maxConcentration;
    FLOW_PATH_IDS.forEach((id, i) => {
      glow(
        pathMaterials.get(id) as MeshStandardMaterial | undefined,
        drugIntensity(sample.pathConc[i] ?? 0, max),
        0.8,
      );
    });
    for (const [system, path] of BRANCH_SOURCES) {
      glow(branchMaterial(system), drugIntensity(sample.pathConc[path] ?? 0, max), 0.8);
    }
    const liver = drugIntensity(sample.conc[LIVER_TISSUE] ?? 0, max);
    const tumour = drugIntensity(sample.conc[TUMOUR] ?? 0, max);
    for (const [id, material] of tissueMaterials) {
      // The liver, whole or as segment solids, glows with its tissue; everything else is a tumour.
      const isLiver = id === 'liver' || id.startsWith('segment:');
      glow(material as MeshStandardMaterial, isLiver ? liver : tumour, isLiver ? 0.35 : 0.9);
    }
  });
  return null;
}
