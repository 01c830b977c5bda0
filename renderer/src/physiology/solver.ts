import { type FlowPathId, VESSEL_IDS } from '../procedure/ids';
import type { Procedure, Step } from '../procedure/schema';
import { procedureDurationS } from '../procedure/timeline';
import { createFlowModel, deviceStateVector, type FlowModel, nodeIndex } from './flowNetwork';
import { COMPARTMENTS, FLOW_PATH_IDS, MASS_POOLS } from './ids';
import { CIRCUIT_GROUPS, HEPATIC_ARTERIAL_INFLOW, IV_INFUSION_PATH, NODES, PORTAL_INFLOW } from './network';
import { type PhysiologyParams, validateParams } from './params';
import { twoCompartment } from './pk';
import {
  type Change,
  type Conditions,
  createTransport,
  ELIMINATED,
  EXTRA_STATES,
  INFUSED,
  LIVER_TISSUE,
  PERIPHERAL,
  REMOVED_FILTER,
  REMOVED_PERFUSATE,
  STILL,
  type Transport,
  type TransportSetup,
  TUMOUR,
} from './transport';

/** Keyframes per device transition at which device states are read and the flow network solved; linear in between. */
const KEYFRAMES_PER_TRANSITION = 16;
/** A stopped circuit's remaining contents are discarded within minutes (rate constant, 1/min). */
const DRAIN_PER_MIN = 1;
/** Path concentrations colour the scene: one row every this many seconds is plenty. */
const PATH_CONC_EVERY_S = 5;

/**
 * The whole procedure solved once on a fixed time grid. Rows are times 0, dtS, … durationS;
 * every table is row-major. Concentrations are mg/L, flows mL/min, masses mg.
 */
export interface Solution {
  procedureId: string;
  params: PhysiologyParams;
  dtS: number;
  durationS: number;
  /** Number of rows (time points). */
  count: number;
  /** count × COMPARTMENTS.length (single precision: for display, charts and metrics). */
  conc: Float32Array;
  /**
   * Flows are piecewise linear in time: solved at keyframes (s), flowKeys is keyframes ×
   * FLOW_PATH_IDS.length (mL/min; negative = against the path's normal direction), and
   * flowSegment gives the keyframe at or before each row.
   */
  flowTimes: Float64Array;
  flowKeys: Float64Array;
  flowSegment: Int32Array;
  /**
   * The drug concentration (mg/L) of the blood in each path: pathConcRows × FLOW_PATH_IDS.length,
   * one row every pathConcEvery rows of the main grid, and one at the very end.
   */
  pathConc: Float32Array;
  pathConcEvery: number;
  pathConcRows: number;
  /** count × MASS_POOLS.length */
  mass: Float64Array;
  /** The same dose given intravenously without isolation: systemic, liver blood and tumour concentration. */
  ivSystemic: Float32Array;
  ivLiverBlood: Float32Array;
  ivTumour: Float32Array;
  /** The comparator's drug pools at the end (MASS_POOLS order) and its largest relative mass-balance error. */
  ivMassFinal: Float64Array;
  ivMassBalanceError: number;
  /** The filter cartridges' extraction (0…1) at each row while blood runs through them; 0 otherwise. */
  filterExtraction: Float32Array;
  /** Index into FLOW_PATH_IDS of the filtered line, -1 when the procedure has no filter. */
  filterPath: number;
  /** Drug that reached the filter over the whole solution (mg). */
  filterReachedMg: number;
  /** Intended dose (mg): dose × weight, capped at the maximum dose. */
  doseMg: number;
  /** Terminal elimination rate (1/min), for extrapolating AUC to infinity. */
  terminalRatePerMin: number;
}

export interface SolveOptions {
  /** Time step and table resolution in seconds; default 1. */
  dtS?: number;
}

function transitionWindows(procedure: Procedure): Array<[number, number]> {
  return (procedure.steps as Step[])
    .filter((s) => Object.keys(s.devices).length > 0)
    .map((s) => [s.startMin * 60, (s.startMin + Math.min(s.transitionMin ?? 2, s.durationMin)) * 60]);
}

/** Times (s) at which device states are read and the network solved: every transition finely, plus both ends. */
function keyframeTimes(windows: Array<[number, number]>, durationS: number, dtS: number): number[] {
  const times = [0, durationS];
  for (const [a, b] of windows) {
    // No closer than one time step, so that at most one keyframe lies between two rows.
    const pieces = Math.max(1, Math.min(KEYFRAMES_PER_TRANSITION, Math.floor((b - a) / dtS)));
    for (let j = 0; j <= pieces; j++) times.push(Math.min(durationS, a + ((b - a) * j) / pieces));
  }
  times.sort((x, y) => x - y);
  return times.filter((t, i) => i === 0 || t - (times[i - 1] as number) > 1e-9);
}

interface Keyframes {
  times: number[];
  /** keyframes × devices */
  states: Float64Array;
  /** keyframes × edges */
  flows: Float64Array;
  /** 1 where nothing changes between keyframe j and j + 1. */
  still: Uint8Array;
}

function keyframes(procedure: Procedure, model: FlowModel, times: number[]): Keyframes {
  const d = procedure.devices.length;
  const edges = model.edges.length;
  const states = new Float64Array(times.length * d);
  const flows = new Float64Array(times.length * edges);
  const row = new Float64Array(d);
  const flowRow = new Float64Array(edges);
  times.forEach((t, i) => {
    deviceStateVector(procedure, t, row);
    states.set(row, i * d);
    model.solve(row, flowRow);
    flows.set(flowRow, i * edges);
  });
  const still = new Uint8Array(times.length);
  for (let j = 0; j + 1 < times.length; j++) {
    let same = true;
    for (let i = 0; same && i < d; i++) same = states[j * d + i] === states[(j + 1) * d + i];
    for (let e = 0; same && e < edges; e++) same = flows[j * edges + e] === flows[(j + 1) * edges + e];
    still[j] = same ? 1 : 0;
  }
  return { times, states, flows, still };
}

/** Filter extraction at a time since the infusion started: the GEN2 figures, linear in between. */
function filterExtractionAt(p: PhysiologyParams, minutesSinceInfusion: number): number {
  const early = p.filterEarlyMin ?? 10;
  const late = p.filterLateMin ?? 60;
  const eEarly = p.filterExtractionEarly ?? 0;
  const eLate = p.filterExtractionLate ?? 0;
  if (minutesSinceInfusion <= early) return eEarly;
  if (minutesSinceInfusion >= late) return eLate;
  return eEarly + ((eLate - eEarly) * (minutesSinceInfusion - early)) / (late - early);
}

function edgeOf(model: FlowModel, path: FlowPathId): number {
  return model.edges.findIndex((e) => e.id === path);
}

/** One row of time-varying inputs, read from the keyframes. */
interface Row extends Conditions {
  states: Float64Array;
  /** Filter extraction × filter state per filter device. */
  extraction: Float64Array;
  /** The cartridges' own extraction at this time (the GEN2 time course). */
  filterOwn: number;
  segment: number;
}

export function solveProcedure(
  procedure: Procedure,
  params: PhysiologyParams,
  options: SolveOptions = {},
): Solution {
  const checked = validateParams(procedure, params);
  if (!checked.ok) throw new Error(`invalid physiology parameters: ${checked.errors.join('; ')}`);
  const p = checked.params;
  const get = (name: string) => p[name] as number;

  const durationS = procedureDurationS(procedure) + get('followUpMin') * 60;
  const requested = options.dtS !== undefined && options.dtS > 0 ? options.dtS : 1;
  const steps = Math.max(1, Math.ceil(durationS / requested - 1e-9));
  const count = steps + 1;
  const dtS = durationS / steps;
  const dtMin = dtS / 60;

  const model = createFlowModel(procedure, p);
  const edges = model.edges.length;
  const devices = procedure.devices;
  const d = devices.length;
  const keys = keyframes(procedure, model, keyframeTimes(transitionWindows(procedure), durationS, dtS));

  // Infusion: dose/infusionMin while the device is on, scaled by its state, until the dose is in.
  const weight = get('weight');
  const doseMg = Math.min(get('dose') * weight, p.maxDose ?? Number.POSITIVE_INFINITY);
  const fullRate = doseMg / get('infusionMin');
  const infusions = devices.flatMap((dev, i) => (dev.kind === 'infusion' ? [i] : []));
  const infusionEdges = infusions.map((i) => edgeOf(model, (devices[i] as (typeof devices)[number]).at));
  let infusionStartMin = 0;
  for (let j = 0; j < keys.times.length; j++) {
    if (infusions.some((i) => (keys.states[j * d + i] as number) > 0)) {
      infusionStartMin = (keys.times[Math.max(0, j - 1)] as number) / 60;
      break;
    }
  }

  const filters = devices.flatMap((dev, i) => (dev.kind === 'filter' ? [i] : []));
  const filterEdges = filters.map((i) => edgeOf(model, (devices[i] as (typeof devices)[number]).at));
  const reservoirGroups = CIRCUIT_GROUPS.map((g, i) => ({ g, i })).filter(
    ({ g }) =>
      g.reservoir &&
      devices.some((dev) => dev.kind === 'pump' && (g.lines as readonly string[]).includes(dev.at)),
  );
  const reservoirNodes = reservoirGroups.map(({ g }) =>
    nodeIndex(g.reservoir as NonNullable<typeof g.reservoir>),
  );
  const reservoirGroupIndex = reservoirGroups.map(({ i }) => i);
  const activity = new Float64Array(CIRCUIT_GROUPS.length);

  const makeRow = (): Row => ({
    flows: new Float64Array(edges),
    offset: 0,
    transmission: new Float64Array(filters.length).fill(1),
    drain: new Float64Array(reservoirNodes.length),
    states: new Float64Array(d),
    extraction: new Float64Array(filters.length),
    filterOwn: 0,
    segment: -1,
  });

  /** Fills `row` for grid row k; says what the transport sees differently from `previous`. */
  const fillRow = (k: number, row: Row, previous: Row): Change => {
    const t = k * dtS;
    let j = Math.max(0, previous.segment);
    while (j < keys.times.length - 2 && (keys.times[j + 1] as number) <= t) j++;
    const moving = !keys.still[j];
    const next = Math.min(j + 1, keys.times.length - 1);
    // The transport sees each stretch between keyframes with its mean flows: a handful of flow
    // states per transition instead of one per second. Both ends conserve flow, so does the mean.
    const flowsMove = j !== previous.segment;
    let changed: Change = flowsMove;
    if (flowsMove) {
      const a = j * edges;
      const b = next * edges;
      const w = moving ? 0.5 : 0;
      for (let e = 0; e < edges; e++) {
        const fa = keys.flows[a + e] as number;
        row.flows[e] = fa + w * ((keys.flows[b + e] as number) - fa);
      }
    }
    // Otherwise row.flows is left as it is: the transport reads flows only when they change.
    if (moving || flowsMove) {
      const t0 = keys.times[j] as number;
      const t1 = keys.times[next] as number;
      const w = moving && t1 > t0 ? Math.min(1, Math.max(0, (t - t0) / (t1 - t0))) : 0;
      const sa = j * d;
      const sb = next * d;
      for (let i = 0; i < d; i++) {
        const va = keys.states[sa + i] as number;
        row.states[i] = va + w * ((keys.states[sb + i] as number) - va);
      }
      model.groupActivity(row.states, activity);
      for (let r = 0; r < reservoirGroupIndex.length; r++) {
        row.drain[r] = DRAIN_PER_MIN * (1 - (activity[reservoirGroupIndex[r] as number] as number));
        if (!changed && row.drain[r] !== previous.drain[r]) changed = 'inputs';
      }
    } else {
      row.states.set(previous.states);
      row.drain.set(previous.drain);
    }
    row.segment = j;
    if (filters.length > 0) {
      const extraction = filterExtractionAt(p, t / 60 - infusionStartMin);
      row.filterOwn = extraction;
      for (let i = 0; i < filters.length; i++) {
        row.extraction[i] = extraction * (row.states[filters[i] as number] as number);
        row.transmission[i] = 1 - (row.extraction[i] as number);
        if (!changed && row.transmission[i] !== previous.transmission[i]) changed = 'inputs';
      }
    }
    return changed;
  };

  const pk = twoCompartment(
    get('volumeSteadyState') * weight * 1000,
    get('clearance') * weight,
    get('distributionHalfLife'),
    get('eliminationHalfLife'),
  );
  if (!pk) throw new Error('invalid physiology parameters: inconsistent melphalan kinetics');
  const volumes = new Float64Array(NODES.length);
  const raNode = nodeIndex('ra');
  const liverNode = nodeIndex('liverBed');
  volumes[raNode] = pk.v1Ml;
  volumes[liverNode] = get('liverBloodVolume');
  for (const n of reservoirNodes) volumes[n] = p.circuitVolume ?? 0;

  const liverFlow = get('liverBloodFlow');
  const arterialFlow = liverFlow * get('hepaticArteryFraction');
  const tumourFlow = get('tumourVolume') * get('tumourBloodFlow');
  const extraction = get('hepaticExtraction');
  const setup: TransportSetup = {
    edgeFrom: model.edgeFrom,
    edgeTo: model.edgeTo,
    nodeVolume: volumes,
    raNode,
    liverNode,
    arterialEdges: HEPATIC_ARTERIAL_INFLOW.map((path) => edgeOf(model, path)),
    portalEdges: PORTAL_INFLOW.map((path) => edgeOf(model, path)),
    drainEdges: model.edges.flatMap((e, i) => (e.from === 'hepaticOutlet' && i < model.pathCount ? [i] : [])),
    reservoirNodes,
    filterEdges,
    infusionEdges,
    k10: pk.k10,
    k12: pk.k12,
    k21: pk.k21,
    hydrolysis: Math.LN2 / get('hydrolysisHalfLife'),
    liverTissueMl: get('liverVolume') - get('liverBloodVolume'),
    liverPartition: get('liverPartition'),
    uptakePerFlow: extraction / (1 - extraction),
    tumourMl: get('tumourVolume'),
    tumourPartition: get('tumourPartition'),
    tumourArterialShare: (get('tumourArterialFraction') * tumourFlow) / arterialFlow,
    tumourPortalShare: ((1 - get('tumourArterialFraction')) * tumourFlow) / (liverFlow - arterialFlow),
    leakFraction: p.leakFraction ?? 0,
  };

  const paths = FLOW_PATH_IDS.length;
  const pathConcEvery = Math.max(1, Math.round(PATH_CONC_EVERY_S / dtS));
  const pathConcRows = Math.ceil(steps / pathConcEvery) + 1;
  const compartments = COMPARTMENTS.length;
  const pools = MASS_POOLS.length;
  const solution: Solution = {
    procedureId: procedure.id,
    params: p,
    dtS,
    durationS,
    count,
    conc: new Float32Array(count * compartments),
    flowTimes: Float64Array.from(keys.times),
    flowKeys: pathColumns(keys.flows, edges, paths),
    flowSegment: new Int32Array(count),
    pathConc: new Float32Array(pathConcRows * paths),
    pathConcEvery,
    pathConcRows,
    mass: new Float64Array(count * pools),
    ivSystemic: new Float32Array(count),
    ivLiverBlood: new Float32Array(count),
    ivTumour: new Float32Array(count),
    ivMassFinal: new Float64Array(pools),
    ivMassBalanceError: 0,
    filterExtraction: new Float32Array(count),
    filterPath: filterEdges.length > 0 ? (filterEdges[0] as number) : -1,
    filterReachedMg: 0,
    doseMg,
    terminalRatePerMin: Math.LN2 / get('eliminationHalfLife'),
  };

  const transport = createTransport(setup);
  const y = new Float64Array(transport.stateSize);
  const source = new Float64Array(infusions.length);
  const sourceOnEdge = new Float64Array(edges);
  const reservoirVolume = reservoirNodes.reduce((sum, n) => sum + (volumes[n] as number), 0);
  const filterEdge = filterEdges[0] ?? -1;
  const filterDownstream = filterEdge >= 0 ? (model.edgeTo[filterEdge] as number) : -1;
  const filterUpstream = () =>
    (flowsNow[filterEdge] as number) > 0
      ? (model.edgeFrom[filterEdge] as number)
      : (model.edgeTo[filterEdge] as number);
  let reachingBefore = 0;
  const liverTissueMl = setup.liverTissueMl;
  const tumourMl = setup.tumourMl;
  const { conc, pathConc, filterExtraction, flowSegment } = solution;
  const edgeFrom = model.edgeFrom;
  const edgeTo = model.edgeTo;
  const nodeConc = transport.nodeConc;
  const flowsNow = transport.flows;
  const extra = transport.stateSize - EXTRA_STATES;
  const record = (k: number, row: Row, paths_: boolean) => {
    const at = k * compartments;
    const circuitMass = reservoirMass(transport, y, reservoirNodes);
    conc[at] = 1000 * (nodeConc[raNode] as number);
    conc[at + 1] = 1000 * (nodeConc[liverNode] as number);
    conc[at + 2] = (1000 * (y[extra + LIVER_TISSUE] as number)) / liverTissueMl;
    conc[at + 3] = (1000 * (y[extra + TUMOUR] as number)) / tumourMl;
    conc[at + 4] = reservoirVolume > 0 ? (1000 * circuitMass) / reservoirVolume : 0;
    const filterFlow = filterEdge >= 0 ? Math.abs(flowsNow[filterEdge] as number) : 0;
    const filterRunning = filterFlow > STILL;
    conc[at + 5] = filterRunning ? 1000 * transport.junctionConc(filterDownstream, source) : 0;
    // Drug reaching the filter (trapezoid rule over the rows).
    const reaching = filterRunning ? filterFlow * transport.junctionConc(filterUpstream(), source) : 0;
    if (k > 0) solution.filterReachedMg += 0.5 * (reachingBefore + reaching) * dtMin;
    reachingBefore = reaching;
    if (filterRunning && (row.states[filters[0] as number] as number) > 0)
      filterExtraction[k] = row.filterOwn;
    flowSegment[k] = row.segment;
    writeMass(solution.mass, k, transport, y, circuitMass);
    if (!paths_) return;
    const sampleRow = k === steps ? pathConcRows - 1 : k / pathConcEvery;
    const rowStart = sampleRow * paths;
    for (let e = 0; e < paths; e++) {
      const f = flowsNow[e] as number;
      if (f > STILL) {
        const up = edgeFrom[e] as number;
        pathConc[rowStart + e] =
          1000 * ((up >= 0 ? (nodeConc[up] as number) : 0) + (sourceOnEdge[e] as number) / f);
      } else if (f < -STILL) {
        const up = edgeTo[e] as number;
        pathConc[rowStart + e] =
          1000 * ((up >= 0 ? (nodeConc[up] as number) : 0) - (sourceOnEdge[e] as number) / f);
      } else {
        // Still blood in a clamped vessel keeps its drug; a stopped circuit line shows none.
        pathConc[rowStart + e] =
          sampleRow > 0 && e < VESSEL_IDS.length ? (pathConc[rowStart - paths + e] as number) : 0;
      }
    }
  };

  let row = makeRow();
  let following = makeRow();
  fillRow(0, row, following);
  transport.begin(row);
  let given = 0;
  const infusionRate = new Float64Array(steps);
  for (let k = 0; k < count; k++) {
    let changed: Change = false;
    if (k < steps) {
      changed = fillRow(k + 1, following, row);
      let total = 0;
      for (let i = 0; i < infusions.length; i++) {
        const dev = infusions[i] as number;
        total += ((row.states[dev] as number) + (following.states[dev] as number)) / 2;
      }
      const rate = total > 0 ? Math.min(fullRate * total, Math.max(0, doseMg - given) / dtMin) : 0;
      given += rate * dtMin;
      infusionRate[k] = rate;
      for (let i = 0; i < infusions.length; i++) {
        const dev = infusions[i] as number;
        const share =
          total > 0 ? ((row.states[dev] as number) + (following.states[dev] as number)) / 2 / total : 0;
        source[i] = rate * share;
      }
      for (let i = 0; i < infusions.length; i++) sourceOnEdge[infusionEdges[i] as number] = 0;
      for (let i = 0; i < infusions.length; i++) {
        const e = infusionEdges[i] as number;
        sourceOnEdge[e] = (sourceOnEdge[e] as number) + (source[i] as number);
      }
    }
    const pathRow = k % pathConcEvery === 0 || k === steps;
    transport.observe(y, source, pathRow);
    record(k, row, pathRow);
    if (k < steps) {
      transport.advance(y, dtMin, source, following, changed);
      const swap = row;
      row = following;
      following = swap;
    }
  }

  solveComparator(procedure, model, setup, infusionRate, dtMin, solution);
  return solution;
}

/** The first `paths` columns of a keyframes × edges table. */
function pathColumns(flows: Float64Array, edges: number, paths: number): Float64Array {
  const rows = flows.length / edges;
  const out = new Float64Array(rows * paths);
  for (let r = 0; r < rows; r++) out.set(flows.subarray(r * edges, r * edges + paths), r * paths);
  return out;
}

function reservoirMass(transport: Transport, y: Float64Array, reservoirNodes: number[]): number {
  let mass = 0;
  for (const n of reservoirNodes) {
    const s = transport.stateOf[n] as number;
    if (s >= 0) mass += y[s] as number;
  }
  return mass;
}

const RA = NODES.indexOf('ra');
const LIVER_BED = NODES.indexOf('liverBed');

function writeMass(
  table: Float64Array,
  k: number,
  transport: Transport,
  y: Float64Array,
  circuitMass: number,
): void {
  const pools = MASS_POOLS.length;
  const base = transport.stateSize - EXTRA_STATES;
  const m = k * pools;
  table[m] = y[transport.stateOf[RA] as number] as number;
  table[m + 1] = y[base + PERIPHERAL] as number;
  table[m + 2] = y[transport.stateOf[LIVER_BED] as number] as number;
  table[m + 3] = y[base + LIVER_TISSUE] as number;
  table[m + 4] = y[base + TUMOUR] as number;
  table[m + 5] = circuitMass;
  table[m + 6] = y[base + ELIMINATED] as number;
  table[m + 7] = y[base + REMOVED_FILTER] as number;
  table[m + 8] = y[base + REMOVED_PERFUSATE] as number;
  table[m + 9] = y[base + INFUSED] as number;
}

/**
 * The same infusion given into a peripheral vein with every device off: the regional advantage
 * is measured against this.
 */
function solveComparator(
  procedure: Procedure,
  model: FlowModel,
  setup: TransportSetup,
  infusionRate: Float64Array,
  dtMin: number,
  solution: Solution,
): void {
  const count = infusionRate.length + 1;
  const baseline = new Float64Array(model.edges.length);
  model.solve(new Float64Array(procedure.devices.length), baseline);
  const volumes = new Float64Array(setup.nodeVolume.length);
  volumes[setup.raNode] = setup.nodeVolume[setup.raNode] as number;
  volumes[setup.liverNode] = setup.nodeVolume[setup.liverNode] as number;
  const transport = createTransport({
    ...setup,
    nodeVolume: volumes,
    reservoirNodes: [],
    filterEdges: [],
    infusionEdges: [edgeOf(model, IV_INFUSION_PATH)],
  });
  const n = transport.stateSize;
  const source = new Float64Array(1);
  const empty = new Float64Array(0);
  const conditions: Conditions = { flows: baseline, offset: 0, transmission: empty, drain: empty };
  transport.begin(conditions);
  const ra = transport.stateOf[setup.raNode] as number;
  const lb = transport.stateOf[setup.liverNode] as number;
  const raMl = volumes[setup.raNode] as number;
  const lbMl = volumes[setup.liverNode] as number;
  const pools = MASS_POOLS.length;
  const massRow = new Float64Array(pools);
  const extra = n - EXTRA_STATES;
  const tumourMl = setup.tumourMl;
  const y = new Float64Array(n);
  let worst = 0;
  for (let k = 0; k < count; k++) {
    solution.ivSystemic[k] = (1000 * (y[ra] as number)) / raMl;
    solution.ivLiverBlood[k] = (1000 * (y[lb] as number)) / lbMl;
    solution.ivTumour[k] = (1000 * (y[extra + TUMOUR] as number)) / tumourMl;
    writeMass(massRow, 0, transport, y, 0);
    let held = 0;
    for (let i = 0; i < pools - 1; i++) held += massRow[i] as number;
    worst = Math.max(worst, Math.abs(held - (massRow[pools - 1] as number)));
    if (k + 1 === count) break;
    source[0] = infusionRate[k] as number;
    transport.advance(y, dtMin, source, conditions, false);
  }
  solution.ivMassFinal.set(massRow);
  solution.ivMassBalanceError = worst / Math.max(massRow[pools - 1] as number, 1e-12);
}
