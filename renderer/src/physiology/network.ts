import type { CircuitId, FlowPathId } from '../procedure/ids';
import { FLOW_PATH_IDS } from './ids';

/**
 * The circulation as a closed graph: junctions and capillary beds are nodes, every vessel and
 * circuit line of the app is an edge (in its normal flow direction), and a few unnamed edges
 * ("x:…": the heart, the rest of the body's arteries and veins) close the loop so that flow is
 * conserved at every node, including the beds. Only the named paths are shown in the scene.
 */
export const NODES = [
  'ra', // right atrium, heart and lungs: the systemic blood compartment sits here
  'aorticRoot',
  'upperBody',
  'rijvSite', // where a return cannula enters the right internal jugular vein
  'laxSite', // where the bypass returns into the left axillary vein
  'svcJunction',
  'aorticVisceral', // abdominal aorta at the coeliac origin
  'celiacBranch',
  'gdaOrigin', // end of the common hepatic artery: GDA and proper hepatic artery part
  'gdaDistal', // GDA beyond the point where an inflow cannula enters
  'gutBed',
  'spleenBed',
  'haBifurcation',
  'liverBed', // hepatic sinusoids: the liver blood compartment
  'portalConfluence',
  'portalBifurcation',
  'hepaticOutlet', // hepatic vein ostia: the space a double balloon or caval clamps isolate
  'ivcHepaticJunction',
  'ivcRetroStart',
  'ivcLower',
  'kidneyBed',
  'aorticBifurcation',
  'rightIliacEnd',
  'rightLegBed',
  'femoralIliacJunction',
  'leftLegBed',
  'phpCircuit', // PHP pump and tubing before the filters
  'phpFilterOut',
  'ihpReservoir', // IHP reservoir and pump
  'ihpOxyOut', // after oxygenator and heat exchanger
  'bypassInlet', // venovenous bypass pump inlet
] as const;
export type NodeId = (typeof NODES)[number];
/** Source and sink outside the patient and the circuits: fresh washout fluid in, discarded perfusate out. */
export const EXTERNAL = 'external';
export type Endpoint = NodeId | typeof EXTERNAL;

/** Baseline pressures (mmHg) used only to turn baseline flows into conductances. */
const PRESSURE: Partial<Record<NodeId, number>> = {
  ra: 2,
  aorticRoot: 95,
  upperBody: 20,
  // Large veins: a small pressure drop along them, so a return cannula's flow passes easily.
  rijvSite: 4.2,
  laxSite: 4.1,
  svcJunction: 4,
  aorticVisceral: 93,
  celiacBranch: 91,
  gdaOrigin: 89,
  gdaDistal: 86,
  gutBed: 20,
  spleenBed: 20,
  haBifurcation: 87,
  liverBed: 6,
  portalConfluence: 10,
  portalBifurcation: 8,
  hepaticOutlet: 4,
  ivcHepaticJunction: 3,
  ivcRetroStart: 4,
  ivcLower: 5,
  kidneyBed: 20,
  aorticBifurcation: 91,
  rightIliacEnd: 89,
  rightLegBed: 20,
  femoralIliacJunction: 7,
  leftLegBed: 20,
};

export function baselinePressure(node: NodeId): number {
  return PRESSURE[node] ?? 0;
}

export interface EdgeDef {
  id: string;
  from: Endpoint;
  to: Endpoint;
}

const PATH_ENDS: Record<FlowPathId, [Endpoint, Endpoint]> = {
  aorta: ['aorticRoot', 'aorticVisceral'],
  celiacTrunk: ['aorticVisceral', 'celiacBranch'],
  commonHepaticArtery: ['celiacBranch', 'gdaOrigin'],
  gastroduodenalArtery: ['gdaOrigin', 'gdaDistal'],
  properHepaticArtery: ['gdaOrigin', 'haBifurcation'],
  rightHepaticArtery: ['haBifurcation', 'liverBed'],
  leftHepaticArtery: ['haBifurcation', 'liverBed'],
  splenicArtery: ['celiacBranch', 'spleenBed'],
  superiorMesentericArtery: ['aorticVisceral', 'gutBed'],
  rightIliacArtery: ['aorticBifurcation', 'rightIliacEnd'],
  rightFemoralArtery: ['rightIliacEnd', 'rightLegBed'],
  superiorMesentericVein: ['gutBed', 'portalConfluence'],
  splenicVein: ['spleenBed', 'portalConfluence'],
  portalVein: ['portalConfluence', 'portalBifurcation'],
  rightPortalVein: ['portalBifurcation', 'liverBed'],
  leftPortalVein: ['portalBifurcation', 'liverBed'],
  rightHepaticVein: ['liverBed', 'hepaticOutlet'],
  middleHepaticVein: ['liverBed', 'hepaticOutlet'],
  leftHepaticVein: ['liverBed', 'hepaticOutlet'],
  rightFemoralVein: ['rightLegBed', 'femoralIliacJunction'],
  rightIliacVein: ['femoralIliacJunction', 'ivcLower'],
  ivcInfrahepatic: ['ivcLower', 'ivcRetroStart'],
  ivcRetrohepatic: ['ivcRetroStart', 'ivcHepaticJunction'],
  ivcSuprahepatic: ['ivcHepaticJunction', 'ra'],
  rightInternalJugularVein: ['rijvSite', 'svcJunction'],
  superiorVenaCava: ['svcJunction', 'ra'],
  leftAxillaryVein: ['laxSite', 'svcJunction'],
  phpDrainLine: ['hepaticOutlet', 'phpCircuit'],
  phpFilterLine: ['phpCircuit', 'phpFilterOut'],
  phpReturnLine: ['phpFilterOut', 'rijvSite'],
  // The infusion catheter runs inside the arteries; its few mL/min of infusate are not a blood flow.
  phpInfusionCatheter: [EXTERNAL, 'haBifurcation'],
  ihpOutflowLine: ['hepaticOutlet', 'ihpReservoir'],
  ihpOxygenatorLine: ['ihpReservoir', 'ihpOxyOut'],
  ihpInflowLine: ['ihpOxyOut', 'gdaDistal'],
  ihpBypassCavalLine: ['ivcLower', 'bypassInlet'],
  ihpBypassPortalLine: ['portalConfluence', 'bypassInlet'],
  ihpBypassReturnLine: ['bypassInlet', 'laxSite'],
};

/** Unnamed edges that close the circulation. */
const HIDDEN_EDGES: EdgeDef[] = [
  { id: 'x:heart', from: 'ra', to: 'aorticRoot' },
  { id: 'x:upperBodyArteries', from: 'aorticRoot', to: 'upperBody' },
  { id: 'x:rightHeadNeckVeins', from: 'upperBody', to: 'rijvSite' },
  { id: 'x:leftArmVeins', from: 'upperBody', to: 'laxSite' },
  { id: 'x:otherUpperVeins', from: 'upperBody', to: 'svcJunction' },
  { id: 'x:gdaToGut', from: 'gdaDistal', to: 'gutBed' },
  { id: 'x:hepaticVenousOstia', from: 'hepaticOutlet', to: 'ivcHepaticJunction' },
  { id: 'x:renalArteries', from: 'aorticVisceral', to: 'kidneyBed' },
  { id: 'x:renalVeins', from: 'kidneyBed', to: 'ivcLower' },
  { id: 'x:infrarenalAorta', from: 'aorticVisceral', to: 'aorticBifurcation' },
  { id: 'x:leftIliacArtery', from: 'aorticBifurcation', to: 'leftLegBed' },
  { id: 'x:leftIliacVein', from: 'leftLegBed', to: 'ivcLower' },
];

/** All static edges: the app's paths first, in FLOW_PATH_IDS order, then the hidden ones. */
export const STATIC_EDGES: readonly EdgeDef[] = [
  ...FLOW_PATH_IDS.map((id) => ({ id, from: PATH_ENDS[id][0], to: PATH_ENDS[id][1] })),
  ...HIDDEN_EDGES,
];

export interface CircuitGroup {
  id: string;
  lines: readonly CircuitId[];
  /** Node holding the circuit's volume (reservoir, tubing); none for a bypass that only carries blood through. */
  reservoir: NodeId | null;
}

/** Lines that form one circuit: a pump on any of them drives them all. */
export const CIRCUIT_GROUPS: readonly CircuitGroup[] = [
  { id: 'php', lines: ['phpDrainLine', 'phpFilterLine', 'phpReturnLine'], reservoir: 'phpCircuit' },
  { id: 'ihp', lines: ['ihpOutflowLine', 'ihpOxygenatorLine', 'ihpInflowLine'], reservoir: 'ihpReservoir' },
  {
    id: 'bypass',
    lines: ['ihpBypassCavalLine', 'ihpBypassPortalLine', 'ihpBypassReturnLine'],
    reservoir: null,
  },
  { id: 'infusion', lines: ['phpInfusionCatheter'], reservoir: null },
];

/** A circuit draws from the liver when one of its lines starts at the hepatic venous outlet. */
export function drainsLiver(group: CircuitGroup): boolean {
  return group.lines.some((line) => PATH_ENDS[line][0] === 'hepaticOutlet');
}

/**
 * Cannulating an artery for inflow means tying it off beyond the cannula, so that the perfusate
 * goes only where the cannula points (the GDA is ligated distally in IHP).
 */
export const LIGATED_BY_CANNULA: Partial<Record<CircuitId, string[]>> = {
  ihpInflowLine: ['x:gdaToGut'],
};

/** Caval segments above and below the hepatic vein ostia: balloons on both sides isolate the ostia. */
export const CAVAL_ABOVE_OSTIA: readonly FlowPathId[] = ['ivcSuprahepatic'];
export const CAVAL_BELOW_OSTIA: readonly FlowPathId[] = ['ivcInfrahepatic', 'ivcRetrohepatic'];
export const CAVAL_PATHS: readonly FlowPathId[] = [...CAVAL_BELOW_OSTIA, ...CAVAL_ABOVE_OSTIA];

/** Inflows to the liver bed, by supply: the tumour takes most of its blood from the arterial one. */
export const HEPATIC_ARTERIAL_INFLOW: readonly FlowPathId[] = ['rightHepaticArtery', 'leftHepaticArtery'];
export const PORTAL_INFLOW: readonly FlowPathId[] = ['rightPortalVein', 'leftPortalVein'];

/** Passive conductance of circuit tubing (mL/min per mmHg); it only sets how a bypass shares its intake. */
export const CIRCUIT_LINE_CONDUCTANCE = 100;

/** The path where the IV comparator's infusion enters: a peripheral arm vein. */
export const IV_INFUSION_PATH: FlowPathId = 'leftAxillaryVein';

export interface CirculationParams {
  cardiacOutput: number;
  liverBloodFlow: number;
  hepaticArteryFraction: number;
}

/**
 * Resting flows (mL/min) for every non-circuit edge. The liver gets `liverBloodFlow`, split
 * arterial/portal; the portal flow comes from the gut (with the GDA's territory) and spleen; the
 * rest of the cardiac output goes to the upper body, the kidneys and the legs in fixed shares.
 */
export function baselineFlows(c: CirculationParams): Record<string, number> {
  const lbf = c.liverBloodFlow;
  const ha = c.hepaticArteryFraction * lbf;
  const pv = lbf - ha;
  const gda = 0.07 * pv;
  const splenic = 0.35 * pv;
  const sma = pv - gda - splenic;
  const rest = c.cardiacOutput - lbf;
  const upper = 0.37 * rest;
  const renal = 0.315 * rest;
  const legs = rest - upper - renal;
  const leg = legs / 2;
  const rijv = 0.27 * upper;
  const leftArm = 0.09 * upper;
  const lowerCava = renal + legs;
  return {
    'x:heart': c.cardiacOutput,
    'x:upperBodyArteries': upper,
    'x:rightHeadNeckVeins': rijv,
    'x:leftArmVeins': leftArm,
    'x:otherUpperVeins': upper - rijv - leftArm,
    rightInternalJugularVein: rijv,
    leftAxillaryVein: leftArm,
    superiorVenaCava: upper,
    aorta: c.cardiacOutput - upper,
    celiacTrunk: ha + gda + splenic,
    commonHepaticArtery: ha + gda,
    gastroduodenalArtery: gda,
    'x:gdaToGut': gda,
    properHepaticArtery: ha,
    rightHepaticArtery: 0.6 * ha,
    leftHepaticArtery: 0.4 * ha,
    splenicArtery: splenic,
    splenicVein: splenic,
    superiorMesentericArtery: sma,
    superiorMesentericVein: sma + gda,
    portalVein: pv,
    rightPortalVein: 0.6 * pv,
    leftPortalVein: 0.4 * pv,
    rightHepaticVein: 0.5 * lbf,
    middleHepaticVein: 0.3 * lbf,
    leftHepaticVein: 0.2 * lbf,
    'x:hepaticVenousOstia': lbf,
    'x:renalArteries': renal,
    'x:renalVeins': renal,
    'x:infrarenalAorta': legs,
    rightIliacArtery: leg,
    rightFemoralArtery: leg,
    rightFemoralVein: leg,
    rightIliacVein: leg,
    'x:leftIliacArtery': leg,
    'x:leftIliacVein': leg,
    ivcInfrahepatic: lowerCava,
    ivcRetrohepatic: lowerCava,
    ivcSuprahepatic: lowerCava + lbf,
  };
}

export function pathEnds(path: FlowPathId): [Endpoint, Endpoint] {
  return PATH_ENDS[path];
}

export function isCircuitPath(path: FlowPathId): path is CircuitId {
  return CIRCUIT_GROUPS.some((g) => (g.lines as readonly string[]).includes(path));
}

export function groupOf(line: CircuitId): CircuitGroup | undefined {
  return CIRCUIT_GROUPS.find((g) => g.lines.includes(line));
}
