import type { Procedure } from '../procedure/schema';
import { idealBodyWeightKg, MIN_LABEL_WEIGHT_KG } from './dosing';
import { twoCompartment } from './pk';
import { NCI_PARAMS } from './presets';
import { procedureRoles } from './roles';

export interface ParamDefinition {
  name: string;
  unit: string;
  default: number;
  min: number;
  max: number;
  /** Reference ids (assets/references/*.json) behind the default. */
  source: string[];
  /** Locale key saying why the default is an assumption (no published figure, or fitted), when it is one. */
  assumed?: string;
  /** Locale key prefix: `<labelKey>.label`, `<labelKey>.help`. */
  labelKey: string;
}

export type PhysiologyParams = Record<string, number>;

export type ValidationResult = { ok: true; params: PhysiologyParams } | { ok: false; errors: string[] };

/**
 * Defaults fitted to IHP figures: the Leiden phase I ratios (PMID 10789721: at 3.0 mg/kg the
 * perfusate peak is ~35× and the perfusate AUC ~13× the systemic values) and liver tissue above
 * 9× the post-perfusion systemic level (Rotterdam). Checked in tests/unit/physiology.
 */
export const FITTED = {
  hepaticExtraction: 0.02,
  liverPartition: 4,
} as const;

/**
 * PHP's circuit defaults. No systemic pharmacokinetics of PHP (AUC or peak in the body) could be
 * found to calibrate them against (README, "The model behind the picture"): the flow follows from
 * the circuit's layout and the resting liver blood flow, the leak is assumed. Only the filter is
 * calibrated, to de Leede 2017 (tests/unit/physiology/phpSystemic.test.ts).
 */
export const PHP_CIRCUIT_FLOW_ML_MIN = 1500;
export const PHP_LEAK_FRACTION = 0.02;

function def(
  name: string,
  unit: string,
  value: number,
  min: number,
  max: number,
  provenance: { source: string[] } | { assumed: string; source?: string[] },
): ParamDefinition {
  const base = { name, unit, default: value, min, max, labelKey: `physiology.param.${name}` };
  return 'assumed' in provenance
    ? { ...base, source: provenance.source ?? [], assumed: provenance.assumed }
    : { ...base, source: provenance.source };
}

/**
 * Total tumour volume (mL) from the procedure's tumours, as spheres; 10 mL when it lists none.
 * At most 500 mL by default, so that the tumours' blood flow stays well within the liver's.
 */
function tumourVolumeMl(procedure: Procedure): number {
  if (procedure.tumours.length === 0) return 10;
  const mm3 = procedure.tumours.reduce((sum, t) => sum + (Math.PI / 6) * t.diameterMm ** 3, 0);
  return Math.min(500, Math.max(0.1, Math.round(mm3 / 10) / 100));
}

/**
 * Every parameter of the model for this procedure, with default, unit, range and source. Only
 * parameters the procedure uses appear: filter figures with a filter device, bypass flow with a
 * bypass pump, washout volume with a washout device.
 */
export function parameterDefinitions(procedure: Procedure): ParamDefinition[] {
  return definitionsOf(procedure).map((d) => ({ ...d, source: [...d.source] }));
}

// Procedures are data that does not change once loaded: their definitions are worked out once.
const definitionCache = new WeakMap<Procedure, ParamDefinition[]>();

function buildDefinitions(procedure: Procedure): ParamDefinition[] {
  const roles = procedureRoles(procedure);
  const drug = procedure.drug;
  const drugRefs = [...drug.references];
  const surgical = roles.isolation === 'clamps';
  // Open IHP defaults to the NCI protocol the procedure file cites (see presets.ts): the file gives
  // its dose, dose basis and delivery (a test holds them to the preset), the preset its temperature and leak.
  const nci = surgical ? NCI_PARAMS : undefined;
  const idealDosing = drug.doseBasis === 'idealBodyWeight' ? 1 : 0;
  const defs: ParamDefinition[] = [
    def('weight', 'kg', 70, 35, 200, {
      assumed: 'physiology.assumed.weight',
      source: ['melphalan-label'],
    }),
    def('idealWeightDosing', 'yes/no', idealDosing, 0, 1, { source: drugRefs }),
    def('height', 'cm', 170, 140, 210, {
      assumed: 'physiology.assumed.height',
      source: ['hepzato-label'],
    }),
    def('sex', 'female 0 / male 1', 1, 0, 1, {
      assumed: 'physiology.assumed.sex',
      source: ['hepzato-label'],
    }),
    // Ranges stretch to hold whatever the procedure file gives as its default.
    def('dose', 'mg/kg', drug.doseMgPerKg, Math.min(0.1, drug.doseMgPerKg), Math.max(10, drug.doseMgPerKg), {
      source: drugRefs,
    }),
  ];
  if (drug.maxDoseMg !== undefined) {
    defs.push(
      def('maxDose', 'mg', drug.maxDoseMg, Math.min(1, drug.maxDoseMg), Math.max(1000, drug.maxDoseMg), {
        source: drugRefs,
      }),
    );
  }
  defs.push(
    def(
      'infusionMin',
      'min',
      drug.infusionMin,
      Math.min(1, drug.infusionMin),
      Math.max(240, drug.infusionMin),
      { source: drugRefs },
    ),
    def('cardiacOutput', 'mL/min', 5000, 2500, 12000, { source: ['textbook-physiology'] }),
    def('liverBloodFlow', 'mL/min', 1500, 500, 3000, { source: ['asa-liver-flow'] }),
    def('hepaticArteryFraction', 'fraction', 0.25, 0.05, 0.6, { source: ['asa-liver-flow'] }),
    def('liverVolume', 'mL', 1600, 800, 3500, { source: ['liver-volume-ct'] }),
    def('liverBloodVolume', 'mL', 450, 100, 700, { source: ['textbook-physiology'] }),
  );
  if (roles.liverCircuit) {
    defs.push(
      surgical
        ? def('circuitFlow', 'mL/min', 600, 100, 3000, {
            assumed: 'physiology.assumed.circuitFlowIhp',
          })
        : // With the vena cava closed above and below the hepatic veins, all of the liver's outflow
          // goes through the circuit (JECT 2011), so the pump flow is the liver's blood flow.
          def('circuitFlow', 'mL/min', PHP_CIRCUIT_FLOW_ML_MIN, 100, 3000, {
            assumed: 'physiology.assumed.circuitFlowPhp',
            source: ['ject2011', 'asa-liver-flow'],
          }),
      def('circuitVolume', 'mL', surgical ? 700 : 600, 100, 3000, {
        assumed: surgical ? 'physiology.assumed.circuitVolumeIhp' : 'physiology.assumed.circuitVolumePhp',
        source: surgical ? ['rotterdam-thesis'] : ['ject2011'],
      }),
      nci
        ? def('leakFraction', 'fraction', nci.leakFraction, 0, 1, { source: ['libutti2000'] })
        : def('leakFraction', 'fraction', PHP_LEAK_FRACTION, 0, 1, {
            assumed: 'physiology.assumed.leakFractionPhp',
            source: ['maleux2010'],
          }),
    );
    if (nci) {
      defs.push(
        def('perfusateTemperature', '°C', nci.perfusateTemperature, 35, 42, {
          source: ['alexander1998', 'taha1981'],
        }),
      );
    }
  }
  if (roles.bypass) {
    defs.push(
      def('bypassFlow', 'mL/min', 2000, 200, 5000, {
        assumed: 'physiology.assumed.bypassFlow',
        source: ['libutti2000'],
      }),
    );
  }
  if (roles.washout) {
    defs.push(def('washoutVolume', 'mL', 1000, 0, 5000, { source: ['rotterdam-thesis'] }));
  }
  if (roles.filter) {
    defs.push(
      def('filterExtractionEarly', 'fraction', 0.954, 0, 0.999, { source: ['deleede2017'] }),
      def('filterEarlyMin', 'min', 10, 0, 120, { source: ['deleede2017'] }),
      def('filterExtractionLate', 'fraction', 0.775, 0, 0.999, { source: ['deleede2017'] }),
      def('filterLateMin', 'min', 60, 1, 240, { source: ['deleede2017'] }),
    );
  }
  defs.push(
    def('volumeSteadyState', 'L/kg', 0.5, 0.1, 3, { source: ['melphalan-label'] }),
    def('clearance', 'mL/min/kg', 5.2, 0.5, 30, { source: ['melphalan-label'] }),
    def('distributionHalfLife', 'min', 8, 1, 60, { source: ['melphalan-label'] }),
    def('eliminationHalfLife', 'min', 108, 20, 600, { source: ['melphalan-label'] }),
    def('hydrolysisHalfLife', 'min', 77, 10, 1000, {
      assumed: 'physiology.assumed.hydrolysisHalfLife',
      source: ['melphalan-label'],
    }),
    def('hepaticExtraction', 'fraction', FITTED.hepaticExtraction, 0, 0.9, {
      assumed: 'physiology.assumed.hepaticExtraction',
      source: ['leiden2000'],
    }),
    def('liverPartition', 'ratio', FITTED.liverPartition, 0.1, 20, {
      assumed: 'physiology.assumed.liverPartition',
      source: ['leiden2000', 'rotterdam-thesis'],
    }),
    def('tumourVolume', 'mL', tumourVolumeMl(procedure), 0.1, 2000, {
      assumed: 'physiology.assumed.tumourVolume',
    }),
    def('tumourBloodFlow', 'mL/min/mL', 0.4, 0.01, 3, { assumed: 'physiology.assumed.tumourBloodFlow' }),
    def('tumourArterialFraction', 'fraction', 0.9, 0, 1, {
      assumed: 'physiology.assumed.tumourArterialFraction',
      source: ['burgmans2016'],
    }),
    def('tumourPartition', 'ratio', 1, 0.1, 10, {
      assumed: 'physiology.assumed.tumourPartition',
    }),
    def('followUpMin', 'min', 0, 0, 600, {
      assumed: 'physiology.assumed.followUpMin',
    }),
  );
  return defs;
}

function definitionsOf(procedure: Procedure): ParamDefinition[] {
  let definitions = definitionCache.get(procedure);
  if (!definitions) {
    definitions = buildDefinitions(procedure);
    definitionCache.set(procedure, definitions);
  }
  return definitions;
}

export function defaultParams(procedure: Procedure): PhysiologyParams {
  const params: PhysiologyParams = {};
  for (const d of definitionsOf(procedure)) params[d.name] = d.default;
  return params;
}

/** A value as it can be shown in a message, whatever it is. */
function show(value: unknown): string {
  try {
    if (typeof value === 'string')
      return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
      return String(value);
    if (value === null) return 'null';
    if (value === undefined) return 'undefined';
    if (typeof value === 'symbol' || typeof value === 'function') return typeof value;
    if (Array.isArray(value)) return 'an array';
    return 'an object';
  } catch {
    return 'an unprintable value';
  }
}

function range(d: ParamDefinition): string {
  return `${d.min}…${d.max} ${d.unit}`;
}

function isRecord(input: unknown): input is Record<string, unknown> {
  return typeof input === 'object' && input !== null && !Array.isArray(input);
}

/** Checks between parameters that single ranges cannot express. */
function crossChecks(p: PhysiologyParams): string[] {
  const errors: string[] = [];
  const get = (name: string) => p[name] ?? Number.NaN;
  if (get('liverBloodFlow') > 0.6 * get('cardiacOutput')) {
    errors.push(
      `liverBloodFlow = ${get('liverBloodFlow')} mL/min must be at most 60% of cardiacOutput = ${get('cardiacOutput')} mL/min`,
    );
  }
  if (get('liverBloodVolume') > 0.5 * get('liverVolume')) {
    errors.push(
      `liverBloodVolume = ${get('liverBloodVolume')} mL must be at most half of liverVolume = ${get('liverVolume')} mL`,
    );
  }
  if ('filterEarlyMin' in p && get('filterEarlyMin') >= get('filterLateMin')) {
    errors.push(
      `filterEarlyMin = ${get('filterEarlyMin')} min must be earlier than filterLateMin = ${get('filterLateMin')} min`,
    );
  }
  const weight = get('weight');
  const pk = twoCompartment(
    get('volumeSteadyState') * weight * 1000,
    get('clearance') * weight,
    get('distributionHalfLife'),
    get('eliminationHalfLife'),
  );
  if (!pk) {
    const mrt = (get('volumeSteadyState') * 1000) / get('clearance');
    errors.push(
      `volumeSteadyState / clearance = ${mrt.toFixed(1)} min (mean residence time) must lie between ` +
        `distributionHalfLife/ln2 = ${(get('distributionHalfLife') / Math.LN2).toFixed(1)} and ` +
        `eliminationHalfLife/ln2 = ${(get('eliminationHalfLife') / Math.LN2).toFixed(1)} min`,
    );
  }
  for (const flag of ['idealWeightDosing', 'sex']) {
    if (flag in p && get(flag) !== 0 && get(flag) !== 1) errors.push(`${flag} = ${get(flag)} must be 0 or 1`);
  }
  if (get('idealWeightDosing') === 1) {
    const ideal = idealBodyWeightKg(get('height'), get('sex') === 1);
    if (ideal < MIN_LABEL_WEIGHT_KG) {
      errors.push(
        `ideal body weight ${ideal.toFixed(1)} kg (height = ${get('height')} cm) is under the ${MIN_LABEL_WEIGHT_KG} kg minimum`,
      );
    }
  }
  const arterial = get('liverBloodFlow') * get('hepaticArteryFraction');
  const tumourArterial = get('tumourVolume') * get('tumourBloodFlow') * get('tumourArterialFraction');
  const tumourPortal = get('tumourVolume') * get('tumourBloodFlow') * (1 - get('tumourArterialFraction'));
  if (tumourArterial > 0.5 * arterial || tumourPortal > 0.5 * (get('liverBloodFlow') - arterial)) {
    errors.push(
      `tumourVolume × tumourBloodFlow = ${(get('tumourVolume') * get('tumourBloodFlow')).toFixed(1)} mL/min ` +
        'must stay below half of the hepatic arterial and portal flows that supply it',
    );
  }
  return errors;
}

/**
 * Merges `input` (a partial name → number object) onto the defaults and checks every value.
 * Never throws: any input gives either complete valid parameters or messages that each name
 * the parameter, the value and the allowed range.
 */
export function validateParams(procedure: Procedure, input: unknown): ValidationResult {
  try {
    const definitions = definitionsOf(procedure);
    const params = defaultParams(procedure);
    if (input === undefined || input === null) return { ok: true, params };
    if (!isRecord(input)) {
      return { ok: false, errors: [`parameters must be an object of name → number, not ${show(input)}`] };
    }
    const byName = new Map(definitions.map((d) => [d.name, d]));
    const errors: string[] = [];
    for (const key of Object.keys(input)) {
      const value = input[key];
      const d = byName.get(key);
      if (!d) {
        errors.push(
          `unknown parameter ${show(key)} = ${show(value)} (this procedure has: ${definitions.map((x) => x.name).join(', ')})`,
        );
        continue;
      }
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        errors.push(`${d.name} = ${show(value)} is not a finite number (allowed ${range(d)})`);
        continue;
      }
      if (value < d.min || value > d.max) {
        errors.push(`${d.name} = ${value} is out of range (allowed ${range(d)})`);
        continue;
      }
      params[d.name] = value;
    }
    if (errors.length > 0) return { ok: false, errors };
    const cross = crossChecks(params);
    return cross.length > 0 ? { ok: false, errors: cross } : { ok: true, params };
  } catch (error) {
    return { ok: false, errors: [`parameters could not be read (${show((error as Error)?.message)})`] };
  }
}
