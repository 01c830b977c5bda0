import { Color } from 'three';

/** The drug's colour on screen: amber stands apart from the red, blue and violet of the vessels. */
export const DRUG_COLOUR = new Color('#ffc21a');

/**
 * How strongly a concentration shows, 0..1. Logarithmic so that the small systemic levels are
 * still visible as a faint tint while the perfusate glows: `max` maps to 1, max/100 to about 0.15.
 */
export function drugIntensity(concentrationMgL: number, maxMgL: number): number {
  if (!(concentrationMgL > 0) || !(maxMgL > 0)) return 0;
  const floor = maxMgL / 100;
  return Math.min(1, Math.log10(1 + concentrationMgL / floor) / Math.log10(101));
}
