import { Color } from 'three';
import { PALETTES, type Palette, type VesselKind } from '../anatomy/palette';

/**
 * Blood colours by convention (CLINICAL-FACTS §4.29), slightly lighter than the vessel walls: one
 * Color per kind, recoloured in place when the palette changes (the particles read them every frame).
 */
export const BLOOD_COLOURS: Record<VesselKind, Color> = {
  artery: new Color(PALETTES.standard.blood.artery),
  portal: new Color(PALETTES.standard.blood.portal),
  vein: new Color(PALETTES.standard.blood.vein),
  circuit: new Color(PALETTES.standard.blood.circuit),
};

export function applyBloodPalette(palette: Palette): void {
  for (const kind of Object.keys(BLOOD_COLOURS) as VesselKind[]) BLOOD_COLOURS[kind].set(palette.blood[kind]);
}
