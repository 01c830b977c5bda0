import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { twoCompartment } from '../../../renderer/src/physiology/pk';

/** Half-lives (min), steady-state volume (mL) and clearance (mL/min) of a two-compartment model. */
function propertiesOf(m: { v1Ml: number; k10: number; k12: number; k21: number }) {
  const sum = m.k10 + m.k12 + m.k21;
  const root = Math.sqrt(sum * sum - 4 * m.k10 * m.k21);
  const alpha = (sum + root) / 2;
  const beta = (sum - root) / 2;
  return {
    distributionHalfLife: Math.LN2 / alpha,
    eliminationHalfLife: Math.LN2 / beta,
    vssMl: m.v1Ml * (1 + m.k12 / m.k21),
    clearance: m.k10 * m.v1Ml,
  };
}

describe('two-compartment model from the label’s figures', () => {
  it('reproduces the melphalan label: Vss 0.5 L/kg, CL 5.2 mL/min/kg, half-lives 8 and 108 min', () => {
    const m = twoCompartment(35_000, 364, 8, 108);
    expect(m).not.toBeNull();
    const p = propertiesOf(m as NonNullable<typeof m>);
    expect(p.vssMl).toBeCloseTo(35_000, 6);
    expect(p.clearance).toBeCloseTo(364, 9);
    expect(p.distributionHalfLife).toBeCloseTo(8, 9);
    expect(p.eliminationHalfLife).toBeCloseTo(108, 9);
  });

  it('gives exactly the four properties whenever they are consistent (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 60, noNaN: true }),
        fc.double({ min: 1.5, max: 20, noNaN: true }),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        fc.double({ min: 50, max: 2000, noNaN: true }),
        (distribution, ratio, where, clearance) => {
          const elimination = distribution * ratio;
          // A mean residence time strictly between the two phases' time constants.
          const lo = distribution / Math.LN2;
          const hi = elimination / Math.LN2;
          const vss = clearance * (lo + where * (hi - lo));
          const m = twoCompartment(vss, clearance, distribution, elimination);
          expect(m).not.toBeNull();
          const p = propertiesOf(m as NonNullable<typeof m>);
          expect(p.vssMl / vss).toBeCloseTo(1, 6);
          expect(p.clearance / clearance).toBeCloseTo(1, 6);
          expect(p.distributionHalfLife / distribution).toBeCloseTo(1, 6);
          expect(p.eliminationHalfLife / elimination).toBeCloseTo(1, 6);
        },
      ),
    );
  });

  it('refuses figures no two-compartment model can have', () => {
    // Mean residence time longer than the terminal time constant.
    expect(twoCompartment(100_000, 100, 8, 108)).toBeNull();
    // Mean residence time shorter than the distribution time constant.
    expect(twoCompartment(100, 100, 8, 108)).toBeNull();
    // Distribution slower than elimination.
    expect(twoCompartment(35_000, 364, 120, 108)).toBeNull();
  });
});
