import type { PhysiologyParams } from './params';

/** Below this ideal body weight the HEPZATO label does not allow the procedure (kg). */
export const MIN_LABEL_WEIGHT_KG = 35;

/**
 * Ideal body weight (kg) by the Devine formula, as in the HEPZATO label's dosing table: 50 kg for
 * men and 45.5 kg for women at 5 feet (152.4 cm), plus 2.3 kg per inch above that. Below 5 feet the
 * formula is not validated; it is extended linearly and the range check of `height` keeps it sane.
 */
export function idealBodyWeightKg(heightCm: number, male: boolean): number {
  const inchesOver5Feet = (heightCm - 152.4) / 2.54;
  return (male ? 50 : 45.5) + 2.3 * inchesOver5Feet;
}

/** Weight (kg) the dose is per kg of: ideal body weight where the protocol doses by it, else the actual weight. */
export function dosingWeightKg(p: PhysiologyParams): number {
  const actual = p.weight ?? 70;
  if (!p.idealWeightDosing) return actual;
  return idealBodyWeightKg(p.height ?? 170, (p.sex ?? 1) >= 0.5);
}

/** Intended dose (mg): dose per kg × dosing weight, capped at the maximum dose. */
export function doseMg(p: PhysiologyParams): number {
  return Math.min((p.dose ?? 0) * dosingWeightKg(p), p.maxDose ?? Number.POSITIVE_INFINITY);
}
