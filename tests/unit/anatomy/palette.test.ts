import { converter, differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt } from 'culori';
import { describe, expect, it } from 'vitest';
import {
  classColours,
  DISTINGUISHED_CLASSES,
  isPaletteId,
  PALETTE_IDS,
  PALETTES,
} from '../../../renderer/src/anatomy/palette';

/**
 * Colour-vision deficiency simulation: Machado, Oliveira & Fernandes (2009), "A physiologically-based
 * model for simulation of color vision deficiency", IEEE TVCG 15(6):1291–1298, doi:10.1109/TVCG.2009.113.
 * Their precomputed matrices for severity 1.0 (dichromacy), applied to linear RGB as the paper's
 * model is linear in cone space.
 */
type Matrix = readonly [readonly number[], readonly number[], readonly number[]];
const MACHADO_2009: Record<'normal' | 'deuteranopia' | 'protanopia', Matrix> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
};

const toLinear = converter('lrgb');
const toRgb = converter('rgb');
const toLab = converter('lab65');
const deltaE2000 = differenceCiede2000();

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

function apply(m: Matrix, [r, g, b]: readonly [number, number, number]): [number, number, number] {
  return m.map((row) =>
    clamp01((row[0] as number) * r + (row[1] as number) * g + (row[2] as number) * b),
  ) as [number, number, number];
}

/** The colour as a viewer with this vision sees it, in CIELAB (D65). */
function seenAs(hex: string, vision: keyof typeof MACHADO_2009) {
  const linear = toLinear(hex);
  if (!linear) throw new Error(`not a colour: ${hex}`);
  const [r, g, b] = apply(MACHADO_2009[vision], [linear.r, linear.g, linear.b]);
  return toLab({ mode: 'lrgb', r, g, b });
}

/**
 * CIEDE2000 of at least 20 between every pair. A difference of about 2 is just noticeable side by
 * side; thin shaded vessels seen apart on a screen, or a projector, need far more than that: 20 is
 * roughly the step between neighbouring named colours (a red and an orange), so the classes read as
 * different colours, not as shades of one. The standard palette's closest pair under deuteranopia
 * is about 2.5, which is why the option exists.
 */
const MIN_DELTA_E_2000 = 20;

function closestPair(colours: Record<string, string>, vision: keyof typeof MACHADO_2009) {
  const names = Object.keys(colours);
  let closest = { pair: '', deltaE: Number.POSITIVE_INFINITY };
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const a = names[i] as string;
      const b = names[j] as string;
      const deltaE = deltaE2000(seenAs(colours[a] as string, vision), seenAs(colours[b] as string, vision));
      if (deltaE < closest.deltaE) closest = { pair: `${a}–${b}`, deltaE };
    }
  }
  return closest;
}

describe('colour-safe palette', () => {
  const visions = Object.keys(MACHADO_2009) as Array<keyof typeof MACHADO_2009>;

  it('uses the published matrices (the same numbers culori ships, applied there to gamma-encoded RGB)', () => {
    const sample = { r: 0.8, g: 0.3, b: 0.1 };
    for (const [vision, filter] of [
      ['deuteranopia', filterDeficiencyDeuter(1)],
      ['protanopia', filterDeficiencyProt(1)],
    ] as const) {
      const theirs = toRgb(filter({ mode: 'rgb', ...sample }));
      const ours = MACHADO_2009[vision].map(
        (row) =>
          (row[0] as number) * sample.r + (row[1] as number) * sample.g + (row[2] as number) * sample.b,
      );
      expect(theirs?.r).toBeCloseTo(ours[0] as number, 5);
      expect(theirs?.g).toBeCloseTo(ours[1] as number, 5);
      expect(theirs?.b).toBeCloseTo(ours[2] as number, 5);
    }
  });

  for (const vision of visions) {
    it(`keeps arteries, portal system, veins, drug and filter apart for ${vision} (CIEDE2000 ≥ ${MIN_DELTA_E_2000})`, () => {
      const closest = closestPair(classColours(PALETTES.colourSafe), vision);
      expect(closest.deltaE, closest.pair).toBeGreaterThanOrEqual(MIN_DELTA_E_2000);
    });

    it(`keeps the chart's solid lines apart for ${vision}`, () => {
      // The IV comparator is told apart by its dashes, not its colour.
      const { ivComparator: _dashed, ...solid } = PALETTES.colourSafe.chart;
      const closest = closestPair(solid, vision);
      expect(closest.deltaE, closest.pair).toBeGreaterThanOrEqual(MIN_DELTA_E_2000);
    });
  }

  it('shows the need: the standard palette fails for deuteranopia', () => {
    expect(closestPair(classColours(PALETTES.standard), 'deuteranopia').deltaE).toBeLessThan(
      MIN_DELTA_E_2000,
    );
  });

  it('keeps the soft drug colour as distinct as the drug colour', () => {
    const soft = { ...classColours(PALETTES.colourSafe), drug: PALETTES.colourSafe.softDrug };
    for (const vision of visions)
      expect(closestPair(soft, vision).deltaE).toBeGreaterThanOrEqual(MIN_DELTA_E_2000);
  });

  it("keeps the calmer standard palette's classes different colours for typical vision", () => {
    const closest = closestPair(classColours(PALETTES.standard), 'normal');
    expect(closest.deltaE, closest.pair).toBeGreaterThanOrEqual(MIN_DELTA_E_2000);
    // The blood inside each kind of vessel too, and the drug's amber apart from all of them.
    const { circuit: _tubing, ...blood } = PALETTES.standard.blood;
    const nearest = closestPair({ ...blood, drug: PALETTES.standard.drug }, 'normal');
    expect(nearest.deltaE, nearest.pair).toBeGreaterThanOrEqual(MIN_DELTA_E_2000);
  });

  it('names its palettes', () => {
    expect(PALETTE_IDS.every(isPaletteId)).toBe(true);
    expect(isPaletteId('neon')).toBe(false);
    expect(DISTINGUISHED_CLASSES).toHaveLength(5);
  });
});
