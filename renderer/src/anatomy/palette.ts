/**
 * Every colour that carries meaning in the scene and the charts, per palette. Pure data: the scene
 * recolours its materials from it, the charts draw their lines from it, and a unit test checks that
 * the colour-safe palette keeps the five classes apart under simulated colour-vision deficiency
 * (tests/unit/anatomy/palette.test.ts).
 */

export const PALETTE_IDS = ['standard', 'colourSafe'] as const;
export type PaletteId = (typeof PALETTE_IDS)[number];

export function isPaletteId(value: unknown): value is PaletteId {
  return typeof value === 'string' && (PALETTE_IDS as readonly string[]).includes(value);
}

/** The kinds of vessel and tubing the scene draws. */
export type VesselKind = 'artery' | 'portal' | 'vein' | 'circuit';

/** The chart's lines: drug in the liver's blood, the tumour, the body, after the filter, and IV for comparison. */
export type ChartSeries = 'liverBlood' | 'tumour' | 'systemic' | 'filterOutlet' | 'ivComparator';

export interface Palette {
  /** Vessel walls and tubing. */
  vessel: Record<VesselKind, string>;
  /** Blood particles inside each kind of vessel, a little lighter than the walls. */
  blood: Record<VesselKind, string>;
  /** Cut vessels: wall ring and lumen. */
  section: Record<Exclude<VesselKind, 'circuit'>, { wall: string; lumen: string }>;
  /** The drug's glow. */
  drug: string;
  /** The drug's glow in the patient view (calmer). */
  softDrug: string;
  /** The filter cartridge of the PHP circuit. */
  filter: string;
  /** Machines and instruments: neutral, so they never read as a vessel or the drug. */
  device: Record<DevicePart, string>;
  chart: Record<ChartSeries, string>;
}

/** The materials devices are made of, each a neutral or muted colour. */
export type DevicePart =
  | 'casing'
  | 'trim'
  | 'steel'
  | 'screen'
  | 'cap'
  | 'sorbent'
  | 'fibre'
  | 'coil'
  | 'balloon'
  | 'shaft'
  | 'hole'
  | 'rubber';

/** Device colours are shared by both palettes: greys, an off-white casing and a muted blue plastic. */
const DEVICE: Record<DevicePart, string> = {
  casing: '#d9dde1',
  trim: '#59636d',
  steel: '#b4bdc6',
  screen: '#1d262e',
  cap: '#5b7f9f',
  sorbent: '#34363a',
  fibre: '#e8dfc4',
  coil: '#b98a5e',
  balloon: '#f1ead8',
  shaft: '#e6ebef',
  hole: '#15191d',
  rubber: '#8a4b3c',
};

/** The five things a viewer has to tell apart at a glance. */
export const DISTINGUISHED_CLASSES = ['artery', 'portal', 'vein', 'drug', 'filter'] as const;
export type DistinguishedClass = (typeof DISTINGUISHED_CLASSES)[number];

/**
 * Illustration convention: arteries red, portal vein violet, veins blue, drug amber. The hues are an
 * anatomy atlas's rather than screen primaries: a little darker and less saturated, so the scene
 * reads calm, while each class stays a different named colour (tests/unit/anatomy/palette.test.ts).
 */
const STANDARD: Palette = {
  vessel: { artery: '#b23a35', portal: '#8c5aa8', vein: '#3a62a6', circuit: '#dfe6ec' },
  blood: { artery: '#de6a5f', portal: '#b884c4', vein: '#7494d6', circuit: '#e07466' },
  section: {
    artery: { wall: '#c0524a', lumen: '#6e1c18' },
    portal: { wall: '#9a6cb6', lumen: '#4a2d62' },
    vein: { wall: '#5578b8', lumen: '#223a62' },
  },
  drug: '#ffc21a',
  softDrug: '#e9b483',
  filter: '#f1f4f7',
  device: DEVICE,
  chart: {
    liverBlood: '#e39b74',
    tumour: '#ffc21a',
    systemic: '#7cb3ff',
    filterOutlet: '#7fd68a',
    ivComparator: '#c0c7cf',
  },
};

/**
 * For deuteranopia and protanopia. The drug is Okabe & Ito's yellow (#f0e442) and the body's chart
 * line their sky blue (#56b4e9) (Okabe & Ito, "Color Universal Design", 2008). The vessels keep the
 * convention's hues (red, magenta-violet, sky blue) at the lightness and saturation that, searched
 * over, keep the five classes furthest apart after simulation; the filter stays near-white.
 */
const COLOUR_SAFE: Palette = {
  vessel: { artery: '#cc0007', portal: '#e6008a', vein: '#1aa7ff', circuit: '#dfe6ec' },
  blood: { artery: '#ff4d4d', portal: '#ff4db0', vein: '#66c2ff', circuit: '#ff6666' },
  section: {
    artery: { wall: '#cc0007', lumen: '#66000a' },
    portal: { wall: '#e6008a', lumen: '#730045' },
    vein: { wall: '#1aa7ff', lumen: '#0b4f80' },
  },
  drug: '#f0e442',
  softDrug: '#f0e442',
  filter: '#f1f4f7',
  device: DEVICE,
  chart: {
    liverBlood: '#e8590c',
    tumour: '#f0e442',
    systemic: '#56b4e9',
    filterOutlet: '#f1f4f7',
    ivComparator: '#9aa4ae',
  },
};

export const PALETTES: Readonly<Record<PaletteId, Palette>> = { standard: STANDARD, colourSafe: COLOUR_SAFE };

/** The colour of each of the five classes in a palette, as the scene shows them. */
export function classColours(palette: Palette): Record<DistinguishedClass, string> {
  return {
    artery: palette.vessel.artery,
    portal: palette.vessel.portal,
    vein: palette.vessel.vein,
    drug: palette.drug,
    filter: palette.filter,
  };
}

/**
 * Organ colours, the same in both palettes (no organ carries a meaning class): an atlas's muted
 * tissue tones. The gallbladder is bile's olive green rather than a bright green; the neighbouring
 * organs are drawn faint, for orientation only.
 */
export const ORGAN_COLOURS = {
  liver: '#7f3327',
  gallbladder: '#5f7444',
  bileDucts: '#7d8c52',
  tumour: '#e2d4b0',
  body: '#e8cfbd',
  diaphragm: '#b27c6c',
  stomach: '#d3a393',
  kidney: '#96504a',
} as const;
