import { describe, expect, it } from 'vitest';
import { PALETTE_IDS, PALETTES } from '../../../renderer/src/anatomy/palette';
import {
  concentrationAt,
  DRUG_SCALE,
  drugColourOf,
  drugTint,
  scalePosition,
  tintedColour,
  tintStops,
} from '../../../renderer/src/physiology/drugScale';

describe('the drug scale', () => {
  it('gives no tint without drug or for nonsense, and rises with the concentration', () => {
    for (const none of [0, -1, Number.NaN, Number.NEGATIVE_INFINITY]) expect(drugTint(none)).toBe(0);
    expect(drugTint(Number.POSITIVE_INFINITY)).toBe(1);
    expect(drugTint(DRUG_SCALE.halfTintMgL)).toBeCloseTo(0.5, 12);
    let previous = 0;
    for (const c of [0.001, 0.01, 0.1, 1, 10, 100, 1000, 1e6]) {
      const tint = drugTint(c);
      expect(tint).toBeGreaterThan(previous);
      expect(tint).toBeLessThanOrEqual(1);
      previous = tint;
    }
  });

  it('keeps a trace a hundred times below half strength nearly clear', () => {
    expect(drugTint(DRUG_SCALE.halfTintMgL / 100)).toBeLessThan(0.01);
  });

  it('cuts the word bands where the colour does: "none" shows no tint, both bands lie on the axis', () => {
    expect(drugTint(DRUG_SCALE.traceMgL)).toBeLessThan(0.005);
    expect(DRUG_SCALE.traceMgL).toBeGreaterThan(DRUG_SCALE.minMgL);
    expect(DRUG_SCALE.highMgL).toBeGreaterThan(DRUG_SCALE.traceMgL);
    expect(DRUG_SCALE.highMgL).toBeLessThan(DRUG_SCALE.halfTintMgL);
  });

  it('places concentrations on a logarithmic axis from its bottom to its top', () => {
    expect(scalePosition(DRUG_SCALE.minMgL)).toBe(0);
    expect(scalePosition(0)).toBe(0);
    expect(scalePosition(DRUG_SCALE.maxMgL)).toBeCloseTo(1, 12);
    expect(scalePosition(DRUG_SCALE.maxMgL * 10)).toBe(1);
    const ticks = DRUG_SCALE.ticksMgL;
    expect(ticks[0]).toBe(DRUG_SCALE.minMgL);
    expect(ticks[ticks.length - 1]).toBe(DRUG_SCALE.maxMgL);
    // One tick per decade, evenly spaced.
    ticks.forEach((tick, i) => {
      expect(scalePosition(tick)).toBeCloseTo(i / (ticks.length - 1), 12);
      expect(concentrationAt(scalePosition(tick))).toBeCloseTo(tick, 9);
    });
  });

  it('gives gradient stops from the bottom to the top with the tint of each place', () => {
    const stops = tintStops(9);
    expect(stops).toHaveLength(9);
    expect(stops[0]?.position).toBe(0);
    expect(stops[8]?.position).toBe(1);
    for (const stop of stops) expect(stop.tint).toBeCloseTo(drugTint(concentrationAt(stop.position)), 12);
  });

  it('uses the palette drug colour, the soft one in the patient view', () => {
    for (const id of PALETTE_IDS) {
      expect(drugColourOf(id, false)).toBe(PALETTES[id].drug);
      expect(drugColourOf(id, true)).toBe(PALETTES[id].softDrug);
    }
    expect(tintedColour('#ffc21a', 0)).toBe('#ffc21a00');
    expect(tintedColour('#ffc21a', 1)).toBe('#ffc21aff');
    expect(tintedColour('#ffc21a', 0.5)).toBe('#ffc21a80');
  });
});
