import type { PhysiologyParams } from './params';

/**
 * Protocol presets: the published variants of a procedure, each with the dose, delivery, leak and
 * temperature its sources describe. A preset sets only those parameters; the rest keep their values.
 */
export interface ProtocolPreset {
  id: string;
  procedureId: string;
  /** Locale key of the preset's name. */
  labelKey: string;
  params: PhysiologyParams;
  /** Reference ids per parameter; a parameter named in `assumed` has no published figure. */
  sources: Record<string, string[]>;
  assumed: Record<string, string>;
  /** The figures the preset is checked against (tests/unit/physiology/presets.test.ts). */
  published?: { perfusateToSystemicPeak: number; perfusateToSystemicAuc: number; source: string };
}

/**
 * NCI (Alexander 1998; Libutti 2000): 1.5 mg/kg of ideal body weight as a bolus into the circuit,
 * 60 min at 39.5–40 °C; no leak was detected in 48 of 50 perfusions.
 */
export const NCI_PARAMS = {
  dose: 1.5,
  idealWeightDosing: 1,
  infusionMin: 1,
  perfusateTemperature: 39.75,
  leakFraction: 0,
} as const;

/**
 * Leiden (Vahrmeijer 2000): 3.0 mg/kg (of actual weight) in the phase I dose that gave a perfusate
 * peak ~35× and AUC ~13× the systemic ones; 8 of 24 perfusions were cut short by leakage, so some
 * leak is part of the published figures. Its size is not published: fitted to those two ratios.
 */
export const LEIDEN_LEAK_FRACTION = 0.042;

export const PRESETS: readonly ProtocolPreset[] = [
  {
    id: 'nci',
    procedureId: 'ihp',
    labelKey: 'physiology.preset.nci',
    params: { ...NCI_PARAMS },
    sources: {
      dose: ['alexander1998'],
      idealWeightDosing: ['alexander1998'],
      infusionMin: ['alexander1998'],
      perfusateTemperature: ['alexander1998'],
      leakFraction: ['libutti2000'],
    },
    assumed: {},
  },
  {
    id: 'leiden',
    procedureId: 'ihp',
    labelKey: 'physiology.preset.leiden',
    params: {
      dose: 3,
      idealWeightDosing: 0,
      infusionMin: 20,
      leakFraction: LEIDEN_LEAK_FRACTION,
    },
    sources: { dose: ['leiden2000'], idealWeightDosing: ['leiden2000'], leakFraction: ['leiden2000'] },
    assumed: {
      infusionMin:
        'published protocols give the drug as a bolus or a 10–20 min infusion into the circuit; the long end',
      leakFraction:
        'leakage occurred but its size is not published; fitted to the 35× peak and 13× AUC ratios',
    },
    published: { perfusateToSystemicPeak: 35, perfusateToSystemicAuc: 13, source: 'leiden2000' },
  },
];

export function presetsFor(procedureId: string): ProtocolPreset[] {
  return PRESETS.filter((p) => p.procedureId === procedureId);
}

/** The preset's parameters, or a one-line message naming the bad preset and the good ones. */
export function presetParams(
  procedureId: string,
  presetId: string,
): { ok: true; params: PhysiologyParams } | { ok: false; error: string } {
  const available = presetsFor(procedureId);
  const preset = available.find((p) => p.id === presetId);
  if (preset) return { ok: true, params: { ...preset.params } };
  const names = available.map((p) => p.id).join(', ');
  return {
    ok: false,
    error: names
      ? `unknown preset "${presetId}" for ${procedureId} (choose ${names})`
      : `${procedureId} has no presets (got "${presetId}")`,
  };
}
