/**
 * The names every part of the app uses for vessels, circuit segments and devices.
 * Anatomy builds a centre line per vessel id, physiology computes a flow per id,
 * the scene draws particles along it and procedure files refer to the same ids.
 */

/** Blood vessels of the patient, in the direction blood normally flows. */
export const VESSEL_IDS = [
  // arteries
  'aorta',
  'celiacTrunk',
  'commonHepaticArtery',
  'gastroduodenalArtery',
  'properHepaticArtery',
  'rightHepaticArtery',
  'leftHepaticArtery',
  'splenicArtery',
  'superiorMesentericArtery',
  'rightIliacArtery',
  'rightFemoralArtery',
  // portal system
  'superiorMesentericVein',
  'splenicVein',
  'portalVein',
  'rightPortalVein',
  'leftPortalVein',
  // hepatic veins and caval system
  'rightHepaticVein',
  'middleHepaticVein',
  'leftHepaticVein',
  'rightFemoralVein',
  'rightIliacVein',
  'ivcInfrahepatic',
  'ivcRetrohepatic',
  'ivcSuprahepatic',
  'rightInternalJugularVein',
  'superiorVenaCava',
  'leftAxillaryVein',
] as const;
export type VesselId = (typeof VESSEL_IDS)[number];

/** Tubing outside the body; which of them exist depends on the procedure. */
export const CIRCUIT_IDS = [
  // PHP: double-balloon catheter → pump → two filters → jugular return
  'phpDrainLine',
  'phpFilterLine',
  'phpReturnLine',
  // PHP: arterial infusion catheter from the groin to the proper hepatic artery
  'phpInfusionCatheter',
  // IHP: caval outflow cannula → pump → oxygenator → heat exchanger → GDA inflow cannula
  'ihpOutflowLine',
  'ihpOxygenatorLine',
  'ihpInflowLine',
  // IHP: venovenous bypass from the lower IVC and portal vein to the axillary vein
  'ihpBypassCavalLine',
  'ihpBypassPortalLine',
  'ihpBypassReturnLine',
] as const;
export type CircuitId = (typeof CIRCUIT_IDS)[number];

export type FlowPathId = VesselId | CircuitId;

/** Kinds of device a procedure can place, each with a 0..1 state (0 open/absent/off, 1 closed/in place/on). */
export const DEVICE_KINDS = [
  'clamp',
  'balloon',
  'catheter',
  'cannula',
  'pump',
  'filter',
  'oxygenator',
  'heatExchanger',
  'infusion',
  // flushing the isolated liver with fresh fluid at the end (the perfusate is discarded)
  'washout',
] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];
