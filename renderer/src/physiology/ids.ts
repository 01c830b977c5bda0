import { CIRCUIT_IDS, type FlowPathId, VESSEL_IDS } from '../procedure/ids';

/** Where the model reports a drug concentration (mg/L); the scene and charts index samples by this order. */
export const COMPARTMENTS = [
  'systemic',
  'liverBlood',
  'liverTissue',
  'tumour',
  'circuit',
  'filterOutlet',
] as const;
export type CompartmentId = (typeof COMPARTMENTS)[number];

/** Every vessel and circuit line, in the order of `PhysiologySample.pathFlow` and `pathConc`. */
export const FLOW_PATH_IDS: readonly FlowPathId[] = [...VESSEL_IDS, ...CIRCUIT_IDS];

/**
 * Where the infused drug is at any moment (mg). In the body: systemic (central and peripheral),
 * liver blood, liver tissue, tumour; outside it: the extracorporeal circuit; gone: eliminated
 * (hydrolysis and clearance), removed by the filter, removed with discarded perfusate or circuit
 * contents. Their sum equals `infused` at every time.
 */
export const MASS_POOLS = [
  'systemic',
  'systemicPeripheral',
  'liverBlood',
  'liverTissue',
  'tumour',
  'circuit',
  'eliminated',
  'removedByFilter',
  'removedWithPerfusate',
  'infused',
] as const;
export type MassPoolId = (typeof MASS_POOLS)[number];

/** Column of each compartment in a row of `Solution.conc`. */
export const COMPARTMENT_COLUMN = Object.fromEntries(COMPARTMENTS.map((id, i) => [id, i])) as Readonly<
  Record<CompartmentId, number>
>;

/** Column of each pool in a row of `Solution.mass`. */
export const MASS_COLUMN = Object.fromEntries(MASS_POOLS.map((id, i) => [id, i])) as Readonly<
  Record<MassPoolId, number>
>;
