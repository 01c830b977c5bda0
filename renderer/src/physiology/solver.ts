import { VESSEL_IDS } from '../procedure/ids';
import type { Procedure } from '../procedure/schema';
import { procedureDurationS } from '../procedure/timeline';
import { solveComparator, withLabelClearance } from './comparator';
import { doseMg as intendedDoseMg } from './dosing';
import { createFlowModel } from './flowNetwork';
import { type IsolationHaemodynamics, isolationHaemodynamics } from './haemodynamics';
import { COMPARTMENT_COLUMN, COMPARTMENTS, FLOW_PATH_IDS, MASS_POOLS } from './ids';
import { procedureInputs, type Row } from './inputs';
import { reservoirMass, writeMass } from './massTable';
import { flowSign } from './noFlow';
import { type PhysiologyParams, validateParams } from './params';
import { type Change, createTransport } from './transport';
import { transportSetup } from './transportSetup';

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
  /** Intended dose (mg): dose × dosing weight (ideal or actual), capped at the maximum dose. */
  doseMg: number;
  /**
   * AUC (mg·min/L) still to come after the last row, to infinity, from the model itself (the
   * state at the end, emptied by the final flows): the AUC to infinity is the table's AUC plus this.
   */
  tailAuc: { systemic: number; liverBlood: number; liverTissue: number; tumour: number; circuit: number };
  /** The same for the IV comparator. */
  ivTailAuc: { systemic: number; liverBlood: number; tumour: number };
  /** Blood pressure and heart rate while the liver is isolated, where published; null otherwise. */
  haemodynamics: IsolationHaemodynamics | null;
}

export interface SolveOptions {
  /** Time step and table resolution in seconds; default 1. */
  dtS?: number;
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
  const inputs = procedureInputs(procedure, model, p, durationS, dtS);
  const { infusions, infusionEdges, filters, filterEdges, reservoirNodes } = inputs;

  // Infusion: dose/infusionMin while the device is on, scaled by its state, until the dose is in.
  const doseMg = intendedDoseMg(p);
  const fullRate = doseMg / get('infusionMin');
  const setup = withLabelClearance(procedure, model, transportSetup(model, inputs, p));

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
    flowTimes: Float64Array.from(inputs.times),
    flowKeys: pathColumns(inputs.keyFlows, edges, paths),
    flowSegment: new Int32Array(count),
    pathConc: new Float32Array(pathConcRows * paths),
    pathConcEvery,
    pathConcRows,
    mass: new Float64Array(count * pools),
    ivSystemic: new Float32Array(0),
    ivLiverBlood: new Float32Array(0),
    ivTumour: new Float32Array(0),
    ivMassFinal: new Float64Array(pools),
    ivMassBalanceError: 0,
    filterExtraction: new Float32Array(count),
    filterPath: filterEdges.length > 0 ? (filterEdges[0] as number) : -1,
    filterReachedMg: 0,
    doseMg,
    tailAuc: { systemic: 0, liverBlood: 0, liverTissue: 0, tumour: 0, circuit: 0 },
    ivTailAuc: { systemic: 0, liverBlood: 0, tumour: 0 },
    haemodynamics: isolationHaemodynamics(procedure),
  };

  const transport = createTransport(setup);
  const { layout } = transport;
  const y = new Float64Array(layout.size);
  const source = new Float64Array(infusions.length);
  const sourceOnEdge = new Float64Array(edges);
  const { systemicNode, liverNode, nodeVolume } = setup;
  const reservoirVolume = reservoirNodes.reduce((sum, n) => sum + (nodeVolume[n] as number), 0);
  const filterEdge = filterEdges[0] ?? -1;
  const filterDownstream = filterEdge >= 0 ? (model.edgeTo[filterEdge] as number) : -1;
  const filterUpstream = () =>
    (flowsNow[filterEdge] as number) > 0
      ? (model.edgeFrom[filterEdge] as number)
      : (model.edgeTo[filterEdge] as number);
  let reachingBefore = 0;
  const { liverTissueMl, tumourMl } = setup;
  const { conc, pathConc, filterExtraction, flowSegment } = solution;
  const { edgeFrom, edgeTo } = model;
  const nodeConc = transport.nodeConc;
  const flowsNow = transport.flows;
  const column = COMPARTMENT_COLUMN;
  const record = (k: number, row: Row, withPaths: boolean) => {
    const at = k * compartments;
    const circuitMass = reservoirMass(layout, y, reservoirNodes);
    conc[at + column.systemic] = 1000 * (nodeConc[systemicNode] as number);
    conc[at + column.liverBlood] = 1000 * (nodeConc[liverNode] as number);
    conc[at + column.liverTissue] = (1000 * (y[layout.liverTissue] as number)) / liverTissueMl;
    conc[at + column.tumour] = (1000 * (y[layout.tumour] as number)) / tumourMl;
    conc[at + column.circuit] = reservoirVolume > 0 ? (1000 * circuitMass) / reservoirVolume : 0;
    const filterFlow = filterEdge >= 0 ? Math.abs(flowsNow[filterEdge] as number) : 0;
    const filterRunning = flowSign(filterFlow) !== 0;
    conc[at + column.filterOutlet] = filterRunning
      ? 1000 * transport.junctionConc(filterDownstream, source)
      : 0;
    // Drug reaching the filter (trapezoid rule over the rows).
    const reaching = filterRunning ? filterFlow * transport.junctionConc(filterUpstream(), source) : 0;
    if (k > 0) solution.filterReachedMg += 0.5 * (reachingBefore + reaching) * dtMin;
    reachingBefore = reaching;
    if (filterRunning && (row.states[filters[0] as number] as number) > 0)
      filterExtraction[k] = row.filterOwn;
    flowSegment[k] = row.segment;
    writeMass(solution.mass, k, layout, y, circuitMass);
    if (!withPaths) return;
    const sampleRow = k === steps ? pathConcRows - 1 : k / pathConcEvery;
    const rowStart = sampleRow * paths;
    for (let e = 0; e < paths; e++) {
      const f = flowsNow[e] as number;
      const direction = flowSign(f);
      if (direction !== 0) {
        const up = (direction > 0 ? edgeFrom[e] : edgeTo[e]) as number;
        pathConc[rowStart + e] =
          1000 * ((up >= 0 ? (nodeConc[up] as number) : 0) + (direction * (sourceOnEdge[e] as number)) / f);
      } else {
        // Still blood in a clamped vessel keeps its drug; a stopped circuit line shows none.
        pathConc[rowStart + e] =
          sampleRow > 0 && e < VESSEL_IDS.length ? (pathConc[rowStart - paths + e] as number) : 0;
      }
    }
  };

  let row = inputs.makeRow();
  let following = inputs.makeRow();
  inputs.fillRow(0, row, following);
  transport.begin(row);
  let given = 0;
  const infusionRate = new Float64Array(steps);
  for (let k = 0; k < count; k++) {
    let changed: Change = false;
    if (k < steps) {
      changed = inputs.fillRow((k + 1) * dtS, following, row);
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

  const remaining = new Float64Array(layout.size);
  transport.remainingExposure(y, remaining);
  solution.tailAuc = {
    systemic: (1000 * (remaining[layout.systemic] as number)) / (nodeVolume[systemicNode] as number),
    liverBlood: (1000 * (remaining[layout.liverBlood] as number)) / (nodeVolume[liverNode] as number),
    liverTissue: (1000 * (remaining[layout.liverTissue] as number)) / liverTissueMl,
    tumour: (1000 * (remaining[layout.tumour] as number)) / tumourMl,
    circuit:
      reservoirVolume > 0 ? (1000 * reservoirMass(layout, remaining, reservoirNodes)) / reservoirVolume : 0,
  };
  const iv = solveComparator(procedure, model, setup, infusionRate, dtMin);
  solution.ivTailAuc = iv.tail;
  solution.ivSystemic = iv.systemic;
  solution.ivLiverBlood = iv.liverBlood;
  solution.ivTumour = iv.tumour;
  solution.ivMassFinal = iv.massFinal;
  solution.ivMassBalanceError = iv.massBalanceError;
  return solution;
}

/** The first `paths` columns of a keyframes × edges table. */
function pathColumns(flows: Float64Array, edges: number, paths: number): Float64Array {
  const rows = flows.length / edges;
  const out = new Float64Array(rows * paths);
  for (let r = 0; r < rows; r++) out.set(flows.subarray(r * edges, r * edges + paths), r * paths);
  return out;
}
