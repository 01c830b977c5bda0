import { Color } from 'three';
import type { PaletteId } from '../anatomy/palette';
import { drugColourOf, drugTint } from '../physiology/drugScale';

/**
 * The drug's colour on screen: amber stands apart from the red, blue and violet of the vessels
 * (the palette's `drug`; the patient view's is a muted apricot that reads as "medicine", not as alarm).
 */
export const DRUG_COLOUR = new Color(drugColourOf('standard', false));

const chosen: { soft: boolean; palette: PaletteId } = { soft: false, palette: 'standard' };

function applyDrugColour(): void {
  DRUG_COLOUR.set(drugColourOf(chosen.palette, chosen.soft));
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
 * How strongly a concentration (mg/L) shows, 0..1, on the app's one absolute drug scale
 * (physiology/drugScale.ts), the scale the legend and the Drug levels chart show.
 */
export function drugIntensity(concentrationMgL: number): number {
  return drugTint(concentrationMgL);
}
