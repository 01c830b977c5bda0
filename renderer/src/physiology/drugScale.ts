import { PALETTES, type PaletteId } from '../anatomy/palette';

/**
 * The one drug scale of the app, in mg/L of melphalan: the scene's drug colour, its on-screen
 * legend and the Drug levels chart all read it, so a colour in the picture means the same
 * concentration in every procedure and at every moment.
 *
 * - The axis is logarithmic over fixed decades (the chart's y axis and the legend's bar), wide
 *   enough for the body's traces and the isolated liver's perfusate alike.
 * - The tint a concentration gives is `c / (c + halfTintMgL)`: half strength at `halfTintMgL`.
 *   Concentrations one or two decades below the perfusate's (what reaches the body) stay nearly
 *   clear, so a faint trace never reads as "drug everywhere"; the perfusate glows.
 */
export const DRUG_SCALE = {
  /** Bottom of the axis: lower concentrations are not drawn on the chart. */
  minMgL: 0.01,
  /** Top of the axis: well above any perfusate the model gives at the labelled doses. */
  maxMgL: 1000,
  /** The concentration drawn at half the full drug colour. */
  halfTintMgL: 10,
  /** Labelled concentrations, one per decade. */
  ticksMgL: [0.01, 0.1, 1, 10, 100, 1000],
  /**
   * Below this the tint is under 0.5% of full: the picture shows no drug, so words say "none".
   * Bands for words, not clinical cut-offs.
   */
  traceMgL: 0.05,
  /** From here on the level is of the order a systemic melphalan dose reaches in blood: words say "high". */
  highMgL: 1,
} as const;

/** How strongly a concentration (mg/L) tints what holds it, 0..1 (0 for none or nonsense). */
export function drugTint(concentrationMgL: number): number {
  if (!(concentrationMgL > 0)) return 0;
  if (concentrationMgL === Number.POSITIVE_INFINITY) return 1;
  return concentrationMgL / (concentrationMgL + DRUG_SCALE.halfTintMgL);
}

const LOG_MIN = Math.log10(DRUG_SCALE.minMgL);
const LOG_SPAN = Math.log10(DRUG_SCALE.maxMgL) - LOG_MIN;

/** Where a concentration sits on the logarithmic axis, 0 (bottom) .. 1 (top), clamped. */
export function scalePosition(concentrationMgL: number): number {
  if (!(concentrationMgL > DRUG_SCALE.minMgL)) return 0;
  return Math.min(1, (Math.log10(concentrationMgL) - LOG_MIN) / LOG_SPAN);
}

/** The concentration at a position of the logarithmic axis (the inverse of `scalePosition`). */
export function concentrationAt(position: number): number {
  return 10 ** (LOG_MIN + Math.min(1, Math.max(0, position)) * LOG_SPAN);
}

/** The drug colour the scene uses for a palette, calmer in the patient view. */
export function drugColourOf(palette: PaletteId, soft: boolean): string {
  const colours = PALETTES[palette];
  return soft ? colours.softDrug : colours.drug;
}

/** Colour stops along the axis (position 0..1, tint 0..1), for gradients drawn beside the axis. */
export function tintStops(count = 17): ReadonlyArray<{ position: number; tint: number }> {
  return Array.from({ length: count }, (_, i) => {
    const position = i / (count - 1);
    return { position, tint: drugTint(concentrationAt(position)) };
  });
}

/** `#rrggbb` with an alpha: the drug colour at a tint, laid over a dark background. */
export function tintedColour(hex: string, tint: number): string {
  const alpha = Math.round(Math.min(1, Math.max(0, tint)) * 255)
    .toString(16)
    .padStart(2, '0');
  return `${hex.slice(0, 7)}${alpha}`;
}
