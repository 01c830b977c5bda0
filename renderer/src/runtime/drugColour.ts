import { Color } from 'three';
import { PALETTES, type PaletteId } from '../anatomy/palette';

/**
 * The drug's colour on screen: amber stands apart from the red, blue and violet of the vessels
 * (the palette's `drug`; the patient view's is a muted apricot that reads as "medicine", not as alarm).
 */
export const DRUG_COLOUR = new Color(PALETTES.standard.drug);

const chosen: { soft: boolean; palette: PaletteId } = { soft: false, palette: 'standard' };

function applyDrugColour(): void {
  const palette = PALETTES[chosen.palette];
  DRUG_COLOUR.set(chosen.soft ? palette.softDrug : palette.drug);
}

/** Switches the drug colour in place (every material reads DRUG_COLOUR when it is next drawn). */
export function setSoftDrugColour(soft: boolean): void {
  chosen.soft = soft;
  applyDrugColour();
}

/** Takes the drug colour from this palette, keeping the patient view's softness. */
export function setDrugPalette(palette: PaletteId): void {
  chosen.palette = palette;
  applyDrugColour();
}

/**
 * How strongly a concentration shows, 0..1. Logarithmic so that the small systemic levels are
 * still visible as a faint tint while the perfusate glows: `max` maps to 1, max/100 to about 0.15.
 */
export function drugIntensity(concentrationMgL: number, maxMgL: number): number {
  if (!(concentrationMgL > 0) || !(maxMgL > 0)) return 0;
  const floor = maxMgL / 100;
  return Math.min(1, Math.log10(1 + concentrationMgL / floor) / Math.log10(101));
}
