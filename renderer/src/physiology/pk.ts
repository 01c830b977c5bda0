/** Micro-constants of a two-compartment model: central volume (mL) and rate constants (1/min). */
export interface TwoCompartment {
  v1Ml: number;
  k10: number;
  k12: number;
  k21: number;
}

/**
 * Turns the label's figures (steady-state volume, clearance, distribution and elimination
 * half-lives) into a two-compartment model with exactly those four properties. They are
 * consistent only when the mean residence time Vss/CL lies between the two phases' time
 * constants; otherwise null.
 */
export function twoCompartment(
  vssMl: number,
  clearanceMlMin: number,
  distributionHalfLifeMin: number,
  eliminationHalfLifeMin: number,
): TwoCompartment | null {
  const alpha = Math.LN2 / distributionHalfLifeMin;
  const beta = Math.LN2 / eliminationHalfLifeMin;
  const mrt = vssMl / clearanceMlMin;
  if (!(alpha > beta) || !(mrt > 1 / alpha) || !(mrt < 1 / beta)) return null;
  // Share of the AUC in each phase (x: distribution, y: elimination) from the mean residence time.
  const ratio = (mrt - 1 / beta) / (1 / alpha - mrt);
  const y = 1 / clearanceMlMin / (1 + ratio);
  const x = ratio * y;
  const a = alpha * x;
  const b = beta * y;
  const v1Ml = 1 / (a + b);
  const k21 = (a * beta + b * alpha) / (a + b);
  const k10 = (alpha * beta) / k21;
  const k12 = alpha + beta - k21 - k10;
  if (!(k12 > 0) || !(k21 > 0) || !(k10 > 0)) return null;
  return { v1Ml, k10, k12, k21 };
}
