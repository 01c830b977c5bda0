import {
  type BackSide,
  Color,
  FrontSide,
  MeshLambertMaterial,
  MeshPhysicalMaterial,
  type MeshPhysicalMaterialParameters,
  MeshStandardMaterial,
} from 'three';
import type { PathSystem } from '../../anatomy';
import { ORGAN_COLOURS, PALETTES, type Palette } from '../../anatomy/palette';
import type { FlowPathId } from '../../procedure/ids';
import { applyDevicePalette, DEVICE_COLOURS } from '../devices/deviceColours';
import { isSoftwareRenderer } from '../softwareRenderer';

/** What only the physical material has: a second specular lobe (clear coat) and a velvet sheen. */
const PHYSICAL_ONLY = ['clearcoat', 'clearcoatRoughness', 'sheen', 'sheenRoughness', 'sheenColor'] as const;

/**
 * The material tier. A real GPU gets the physical material: wet clear-coat highlights, sheen.
 * WebGL emulated on the CPU gets the standard material with the same colour, roughness,
 * transparency and emissive (drug colour): the clear coat and sheen are each another lighting
 * pass per pixel, for highlights that a few pixels show.
 */
export function surfaceMaterial(parameters: MeshPhysicalMaterialParameters): MeshStandardMaterial {
  if (!isSoftwareRenderer()) return new MeshPhysicalMaterial(parameters);
  const plain: MeshPhysicalMaterialParameters = { ...parameters };
  for (const key of PHYSICAL_ONLY) delete plain[key];
  return new MeshStandardMaterial(plain);
}

/**
 * Materials for the anatomy, made once and shared. Colours follow the illustration convention
 * (arteries red, portal vein violet, veins blue, gallbladder olive green); `applyMaterialPalette` recolours
 * the vessels and the devices in place when the palette changes.
 */
export const SYSTEM_COLOURS: Record<PathSystem, string> = { ...PALETTES.standard.vessel };

const pathMaterialCache = new Map<FlowPathId, MeshStandardMaterial>();

/** The path's own material: wet-looking vessels, clear plastic tubing. */
export function pathMaterial(id: FlowPathId, system: PathSystem): MeshStandardMaterial {
  let material = pathMaterialCache.get(id);
  if (!material) {
    material =
      system === 'circuit'
        ? surfaceMaterial({
            color: SYSTEM_COLOURS.circuit,
            roughness: 0.12,
            clearcoat: 1,
            clearcoatRoughness: 0.08,
            transparent: true,
            opacity: 0.7,
            depthWrite: false,
          })
        : surfaceMaterial({
            color: SYSTEM_COLOURS[system],
            roughness: 0.38,
            clearcoat: 0.5,
            clearcoatRoughness: 0.3,
            // Slightly see-through walls, so the blood particles flowing inside can be seen.
            transparent: true,
            opacity: 0.72,
          });
    material.name = id;
    material.userData.system = system;
    pathMaterialCache.set(id, material);
  }
  return material;
}

let liver: MeshStandardMaterial | null = null;

/** Wet, glossy liver capsule over reddish-brown parenchyma. */
export function liverMaterial(): MeshStandardMaterial {
  liver ??= surfaceMaterial({
    name: 'liver',
    color: ORGAN_COLOURS.liver,
    roughness: 0.52,
    // A thin wet film over the capsule: broad, soft highlights rather than pin-points.
    clearcoat: 0.7,
    clearcoatRoughness: 0.3,
    sheen: 0.35,
    sheenRoughness: 0.6,
    sheenColor: new Color('#e7a08c'),
    side: FrontSide,
  });
  return liver;
}

const segmentCache = new Map<string, MeshStandardMaterial>();

/** A segment's solid: the liver's material, its own copy so its colour and opacity can differ. */
export function segmentSolidMaterial(segment: string): MeshStandardMaterial {
  let material = segmentCache.get(segment);
  if (!material) {
    material = liverMaterial().clone();
    material.name = `segment:${segment}`;
    material.vertexColors = false;
    segmentCache.set(segment, material);
  }
  return material;
}

let gallbladder: MeshStandardMaterial | null = null;
let bileDucts: MeshStandardMaterial | null = null;

export function gallbladderMaterial(): MeshStandardMaterial {
  gallbladder ??= surfaceMaterial({
    name: 'gallbladder',
    color: ORGAN_COLOURS.gallbladder,
    roughness: 0.32,
    clearcoat: 0.8,
    clearcoatRoughness: 0.15,
  });
  return gallbladder;
}

export function bileDuctMaterial(): MeshStandardMaterial {
  bileDucts ??= surfaceMaterial({
    name: 'bileDucts',
    color: ORGAN_COLOURS.bileDucts,
    roughness: 0.4,
    clearcoat: 0.4,
  });
  return bileDucts;
}

const tumourCache = new Map<string, MeshStandardMaterial>();

/** Each tumour's own material, so the drug's effect can be shown per tumour. */
export function tumourMaterial(id: string): MeshStandardMaterial {
  let material = tumourCache.get(id);
  if (!material) {
    material = surfaceMaterial({
      name: `tumour:${id}`,
      color: ORGAN_COLOURS.tumour,
      roughness: 0.62,
      clearcoat: 0.3,
      clearcoatRoughness: 0.5,
    });
    tumourCache.set(id, material);
  }
  return material;
}

const branchCache = new Map<string, MeshStandardMaterial>();

export function branchMaterial(system: PathSystem): MeshStandardMaterial {
  let material = branchCache.get(system);
  if (!material) {
    material = new MeshStandardMaterial({
      name: `branches:${system}`,
      color: SYSTEM_COLOURS[system],
      roughness: 0.45,
    });
    branchCache.set(system, material);
  }
  return material;
}

const bodyCache = new Map<typeof BackSide | typeof FrontSide, MeshStandardMaterial>();

/**
 * A faint shell: drawn after the opaque organs, writing no depth, so everything inside shows. One
 * material per side, drawn back then front: what three.js does for a transparent double-sided
 * material, where it flips `side` and sets `needsUpdate` twice per frame, making the renderer
 * rebuild the material's program parameters (and allocate) every frame.
 */
export function bodyMaterial(side: typeof BackSide | typeof FrontSide): MeshStandardMaterial {
  let material = bodyCache.get(side);
  if (!material) {
    material = new MeshStandardMaterial({
      name: 'bodyOutline',
      color: ORGAN_COLOURS.body,
      roughness: 0.9,
      transparent: true,
      opacity: 0.07,
      depthWrite: false,
      side,
      // The room reflection would brighten every layer of the shell seen through another.
      envMapIntensity: 0,
    });
    bodyCache.set(side, material);
  }
  return material;
}

let bodyShell: MeshLambertMaterial | null = null;

/**
 * The torso on the light tier (WebGL emulated on the CPU): its outer faces only, lit by diffuse
 * light alone. The torso covers the whole view, so its two standard-material layers were paid for
 * on every pixel; one diffuse layer, a little less faint to make up for the missing inner wall,
 * keeps the outline for orientation at a fraction of that.
 */
export function bodyShellMaterial(): MeshLambertMaterial {
  bodyShell ??= new MeshLambertMaterial({
    name: 'bodyOutline',
    color: ORGAN_COLOURS.body,
    transparent: true,
    opacity: 0.1,
    depthWrite: false,
    side: FrontSide,
  });
  return bodyShell;
}

let deviceSolid: MeshStandardMaterial | null = null;
let deviceClear: MeshStandardMaterial | null = null;

/** Every machine's and instrument's opaque parts: one material, colours baked into the vertices. */
export function deviceSolidMaterial(): MeshStandardMaterial {
  deviceSolid ??= new MeshStandardMaterial({
    name: 'device',
    vertexColors: true,
    roughness: 0.42,
    metalness: 0.25,
  });
  return deviceSolid;
}

/** The clear plastic housings of cartridges, oxygenator, heat exchanger and pump heads. */
export function deviceClearMaterial(): MeshStandardMaterial {
  deviceClear ??= surfaceMaterial({
    name: 'deviceClear',
    color: '#eef3f7',
    roughness: 0.12,
    clearcoat: 0.6,
    transparent: true,
    opacity: 0.32,
    depthWrite: false,
  });
  return deviceClear;
}

let balloon: MeshStandardMaterial | null = null;

/**
 * Catheter balloons' latex, on the material tier like the rest. Plain transparency, not
 * transmission: transmission renders the whole scene a second time.
 */
export function balloonMaterial(): MeshStandardMaterial {
  balloon ??= surfaceMaterial({
    name: 'balloon',
    color: DEVICE_COLOURS.balloon,
    roughness: 0.35,
    transparent: true,
    opacity: 0.85,
    clearcoat: 0.6,
  });
  return balloon;
}

/**
 * Recolours the vessels, branches and devices (balloons and every vertex-coloured device: clamps,
 * catheters, filter cartridges, pumps…) already made, and those made later.
 */
export function applyMaterialPalette(palette: Palette): void {
  Object.assign(SYSTEM_COLOURS, palette.vessel);
  for (const material of pathMaterialCache.values()) {
    const system = material.userData.system as PathSystem | undefined;
    if (system) material.color.set(SYSTEM_COLOURS[system]);
  }
  for (const [system, material] of branchCache) material.color.set(SYSTEM_COLOURS[system as PathSystem]);
  applyDevicePalette(palette);
  balloon?.color.set(DEVICE_COLOURS.balloon);
}
