/**
 * Physiology engine: blood flows through the vessels and circuits of a procedure, and melphalan
 * carried by them, solved once per parameter set and sampled every frame. Pure TypeScript.
 */

export { dosingWeightKg, idealBodyWeightKg } from './dosing';
export {
  concentrationAt,
  DRUG_SCALE,
  drugColourOf,
  drugTint,
  scalePosition,
  tintedColour,
  tintStops,
} from './drugScale';
export { COMPARTMENTS, type CompartmentId, FLOW_PATH_IDS, MASS_POOLS, type MassPoolId } from './ids';
export { type Metrics, summarize } from './metrics';
export { NO_FLOW_ML_MIN } from './noFlow';
export {
  defaultParams,
  type ParamDefinition,
  type PhysiologyParams,
  parameterDefinitions,
  type ValidationResult,
  validateParams,
} from './params';
export { PRESETS, type ProtocolPreset, presetParams, presetsFor } from './presets';
export { type Solution, type SolveOptions, solveProcedure } from './solver';
export { createSample, type PhysiologySample, sampleAt, seriesFor } from './table';
