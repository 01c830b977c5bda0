/**
 * Melphalan breaks down by hydrolysis faster when warmer: Arrhenius with an activation energy of
 * 14.5 kcal/mol (Taha et al. 1981), about 25% faster at 40 °C than at 37 °C. The label's half-lives
 * are at body temperature.
 */
const ACTIVATION_J_PER_MOL = 14.5 * 4184;
const GAS_CONSTANT = 8.314;
/** Body temperature, at which the label's figures hold (°C). */
export const BODY_CELSIUS = 37;
const BODY_KELVIN = BODY_CELSIUS + 273.15;

/** Hydrolysis rate at `celsius` relative to 37 °C. */
export function hydrolysisFactor(celsius: number): number {
  return Math.exp((ACTIVATION_J_PER_MOL / GAS_CONSTANT) * (1 / BODY_KELVIN - 1 / (celsius + 273.15)));
}
