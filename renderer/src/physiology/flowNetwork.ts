import type { CircuitId, FlowPathId } from '../procedure/ids';
import type { Procedure } from '../procedure/schema';
import { deviceOnMinutes, deviceStateVector } from './deviceStates';
import { FLOW_PATH_IDS } from './ids';
import { solveDense } from './linearSolve';
import {
  baselineFlows,
  baselinePressure,
  CAVAL_ABOVE_OSTIA,
  CAVAL_BELOW_OSTIA,
  CAVAL_PATHS,
  CIRCUIT_GROUPS,
  CIRCUIT_LINE_CONDUCTANCE,
  drainsLiver,
  type EdgeDef,
  EXTERNAL,
  LIGATED_BY_CANNULA,
  NODES,
  type NodeId,
  pathEnds,
  STATIC_EDGES,
} from './network';
import { NO_FLOW_ML_MIN } from './noFlow';
import type { PhysiologyParams } from './params';

interface GroupProgram {
  pumps: number[];
  connectors: number[];
  /** Edge index of the line the pump drives; -1 when the circuit has no pump. */
  pumpEdge: number;
  lineEdges: number[];
  flowMlMin: number;
}

/**
 * The flow network of one procedure with one parameter set: how each device kind changes the
 * network, compiled once, then solved for any vector of device states.
 *
 * - clamp: closes the vessel or line it sits on in proportion to its state;
 * - balloon: closes its vessel except for what a catheter lying in the cava carries through its
 *   central lumen; balloons both above and below the hepatic veins separate the hepatic venous
 *   outflow from the caval flow (PHP): lower-body blood keeps flowing in the infrahepatic,
 *   retrohepatic and suprahepatic IVC paths (inside the lumen), the liver's blood does not;
 * - pump: drives its circuit's lines at the circuit flow (scaled by its state and by the least
 *   inserted catheter or cannula of that circuit); without a running pump, circuit lines carry
 *   nothing, nor do lines the procedure does not list in `circuit`;
 * - cannula on an inflow line: ties off the artery beyond it (GDA in IHP);
 * - washout: fresh fluid into the start of its line, the same volume of perfusate discarded from
 *   the circuit's reservoir.
 * The heart is a pressure source: cardiac output follows from the resistances in the way.
 */
export interface FlowModel {
  edges: readonly EdgeDef[];
  /** Node index per edge end; -1 for outside the body and circuits. */
  edgeFrom: Int32Array;
  edgeTo: Int32Array;
  deviceIds: readonly string[];
  /** Edge index per flow path, in FLOW_PATH_IDS order (they come first). */
  pathCount: number;
  /** Solves flows (mL/min per edge, signed) for one device-state vector (indexed like procedure.devices). */
  solve(states: Float64Array, out: Float64Array): void;
  /** Per circuit group (CIRCUIT_GROUPS order): 0 stopped … 1 running with every line in place. */
  groupActivity(states: Float64Array, out: Float64Array): void;
}

export function nodeIndex(node: NodeId | typeof EXTERNAL): number {
  return node === EXTERNAL ? -1 : NODES.indexOf(node);
}

/** Washout flow per washout device (mL/min at full state) so that the whole washout volume passes. */
function washoutRate(procedure: Procedure, params: PhysiologyParams, deviceId: string): number {
  const minutes = deviceOnMinutes(procedure, deviceId, params.followUpMin ?? 0);
  return minutes > 0 ? (params.washoutVolume ?? 0) / minutes : 0;
}

export function createFlowModel(procedure: Procedure, params: PhysiologyParams): FlowModel {
  const devices = procedure.devices;
  const cardiacOutput = params.cardiacOutput ?? 5000;
  const base = baselineFlows({
    cardiacOutput,
    liverBloodFlow: params.liverBloodFlow ?? 1500,
    hepaticArteryFraction: params.hepaticArteryFraction ?? 0.25,
  });

  const edges: EdgeDef[] = [...STATIC_EDGES];
  const washouts: Array<{ device: number; inEdge: number; outEdge: number; group: number; rate: number }> =
    [];
  devices.forEach((device, i) => {
    if (device.kind !== 'washout') return;
    const group = CIRCUIT_GROUPS.findIndex((g) => g.reservoir && g.lines.includes(device.at as CircuitId));
    const reservoir = CIRCUIT_GROUPS[group]?.reservoir;
    if (!reservoir) return;
    edges.push({ id: `x:washoutIn:${device.id}`, from: EXTERNAL, to: pathEnds(device.at)[0] });
    edges.push({ id: `x:washoutOut:${device.id}`, from: reservoir, to: EXTERNAL });
    washouts.push({
      device: i,
      inEdge: edges.length - 2,
      outEdge: edges.length - 1,
      group,
      rate: washoutRate(procedure, params, device.id),
    });
  });

  const edgeCount = edges.length;
  const edgeIndex = new Map(edges.map((e, i) => [e.id, i]));
  const at = (id: string) => edgeIndex.get(id) ?? -1;
  const edgeFrom = Int32Array.from(edges, (e) => nodeIndex(e.from));
  const edgeTo = Int32Array.from(edges, (e) => nodeIndex(e.to));

  // Resting conductances from resting flows and pressures; circuit lines have none of their own.
  const baseG = new Float64Array(edgeCount);
  edges.forEach((e, i) => {
    const flow = base[e.id];
    if (flow === undefined || e.from === EXTERNAL || e.to === EXTERNAL) return;
    baseG[i] = flow / (baselinePressure(e.from) - baselinePressure(e.to));
  });
  const heart = at('x:heart');
  const heartG = (50 * cardiacOutput) / (baselinePressure('aorticRoot') - baselinePressure('ra'));
  baseG[heart] = heartG;
  const heartS = cardiacOutput + heartG * (baselinePressure('aorticRoot') - baselinePressure('ra'));

  const byKindAt = (kind: string, paths: readonly string[]) =>
    devices.flatMap((d, i) => (d.kind === kind && paths.includes(d.at) ? [i] : []));
  const clampsOn: number[][] = edges.map((e) => byKindAt('clamp', [e.id]));
  const lumen = byKindAt('catheter', CAVAL_PATHS);
  const balloonsOn: number[][] = edges.map((e) => byKindAt('balloon', [e.id]));
  const cavalEdge = edges.map((e) => (CAVAL_PATHS as readonly string[]).includes(e.id));
  const above = byKindAt('balloon', CAVAL_ABOVE_OSTIA);
  const below = byKindAt('balloon', CAVAL_BELOW_OSTIA);
  const ostia = at('x:hepaticVenousOstia');
  const connectorsOn = (lines: readonly string[]) =>
    devices.flatMap((d, i) =>
      (d.kind === 'catheter' || d.kind === 'cannula') && lines.includes(d.at) ? [i] : [],
    );
  const ligations = Object.entries(LIGATED_BY_CANNULA).flatMap(([line, tied]) =>
    (tied ?? []).map((edge) => ({ edge: at(edge), connectors: connectorsOn([line as CircuitId]) })),
  );
  // A circuit line exists when the procedure lists it; lines it does not list carry nothing.
  const listed = new Set<string>(procedure.circuit);
  const groups: GroupProgram[] = CIRCUIT_GROUPS.map((g) => {
    const lines = g.lines.filter((line) => listed.has(line));
    const pumps = byKindAt('pump', lines);
    const firstPump = devices[pumps[0] ?? -1];
    return {
      pumps,
      connectors: connectorsOn(lines),
      pumpEdge: firstPump ? at(firstPump.at) : -1,
      lineEdges: lines.map(at),
      flowMlMin: drainsLiver(g) ? (params.circuitFlow ?? 0) : (params.bypassFlow ?? 0),
    };
  });

  const max = (states: Float64Array, list: number[]) => {
    let m = 0;
    for (let i = 0; i < list.length; i++) {
      const v = states[list[i] as number] as number;
      if (v > m) m = v;
    }
    return m;
  };
  const min = (states: Float64Array, list: number[]) => {
    let m = 1;
    for (let i = 0; i < list.length; i++) {
      const v = states[list[i] as number] as number;
      if (v < m) m = v;
    }
    return m;
  };
  const activity = (states: Float64Array, g: GroupProgram) =>
    g.pumpEdge < 0 ? 0 : max(states, g.pumps) * min(states, g.connectors);

  const nodeCount = NODES.length;
  const raIndex = nodeIndex('ra');
  const G = new Float64Array(edgeCount);
  const S = new Float64Array(edgeCount);
  const parent = new Int32Array(nodeCount);
  const grounded = new Float64Array(nodeCount);
  const isGround = new Uint8Array(nodeCount);
  const unknown = new Int32Array(nodeCount);
  const net = new Float64Array(nodeCount);
  const pressure = new Float64Array(nodeCount);
  const matrix = new Float64Array(nodeCount * nodeCount);
  const rhs = new Float64Array(nodeCount);

  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    return r;
  };

  function configure(states: Float64Array): void {
    G.set(baseG);
    S.fill(0);
    S[heart] = heartS;
    for (const g of groups) {
      const active = activity(states, g);
      for (const e of g.lineEdges) {
        if (e === g.pumpEdge) {
          G[e] = 0;
          S[e] = g.flowMlMin * active;
        } else G[e] = CIRCUIT_LINE_CONDUCTANCE * active;
      }
    }
    for (let e = 0; e < edgeCount; e++) {
      for (const d of clampsOn[e] as number[]) {
        const open = 1 - (states[d] as number);
        G[e] = (G[e] as number) * open;
        S[e] = (S[e] as number) * open;
      }
      const balloons = balloonsOn[e] as number[];
      if (balloons.length > 0) {
        const through = cavalEdge[e] ? max(states, lumen) : 0;
        for (const d of balloons) G[e] = (G[e] as number) * (1 - (states[d] as number) * (1 - through));
      }
    }
    G[ostia] = (G[ostia] as number) * (1 - Math.min(max(states, above), max(states, below)));
    for (const l of ligations) {
      if (l.connectors.length > 0) G[l.edge] = (G[l.edge] as number) * (1 - min(states, l.connectors));
    }
    for (const w of washouts) {
      const flow = w.rate * (states[w.device] as number) * activity(states, groups[w.group] as GroupProgram);
      S[w.inEdge] = flow;
      S[w.outEdge] = flow;
    }
  }

  /** Grounds one node per connected part; a floating part whose sources do not balance gets none. */
  function ground(): void {
    for (let i = 0; i < nodeCount; i++) parent[i] = i;
    for (let e = 0; e < edgeCount; e++) {
      const a = edgeFrom[e] as number;
      const b = edgeTo[e] as number;
      if ((G[e] as number) > 0 && a >= 0 && b >= 0) {
        const ra = find(a);
        const rb = find(b);
        if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
      }
    }
    for (let pass = 0; pass < 3; pass++) {
      net.fill(0);
      for (let e = 0; e < edgeCount; e++) {
        const s = S[e] as number;
        if (s === 0) continue;
        const a = edgeFrom[e] as number;
        const b = edgeTo[e] as number;
        if (a >= 0) net[find(a)] = (net[find(a)] as number) - s;
        if (b >= 0) net[find(b)] = (net[find(b)] as number) + s;
      }
      let changed = false;
      for (let e = 0; e < edgeCount; e++) {
        if (S[e] === 0 || e === heart) continue;
        const a = edgeFrom[e] as number;
        const b = edgeTo[e] as number;
        const unbalanced = (n: number) => n >= 0 && Math.abs(net[find(n)] as number) > 1e-9 * cardiacOutput;
        if (unbalanced(a) || unbalanced(b)) {
          S[e] = 0;
          changed = true;
        }
      }
      if (!changed) break;
    }
    isGround.fill(0);
    const mainRoot = find(raIndex);
    for (let i = 0; i < nodeCount; i++) {
      const r = find(i);
      if (i === raIndex) {
        isGround[i] = 1;
        grounded[i] = baselinePressure('ra');
      } else if (r === i && r !== mainRoot) {
        isGround[i] = 1;
        grounded[i] = 0;
      }
    }
  }

  const lastG = new Float64Array(edgeCount).fill(Number.NaN);
  const lastS = new Float64Array(edgeCount).fill(Number.NaN);
  const lastFlows = new Float64Array(edgeCount);

  function solve(states: Float64Array, out: Float64Array): void {
    configure(states);
    let same = true;
    for (let e = 0; same && e < edgeCount; e++) same = G[e] === lastG[e] && S[e] === lastS[e];
    if (same) {
      out.set(lastFlows);
      return;
    }
    lastG.set(G);
    lastS.set(S);
    ground();
    let m = 0;
    for (let i = 0; i < nodeCount; i++) unknown[i] = isGround[i] ? -1 : m++;
    matrix.fill(0, 0, m * m);
    rhs.fill(0, 0, m);
    for (let e = 0; e < edgeCount; e++) {
      const a = edgeFrom[e] as number;
      const b = edgeTo[e] as number;
      const g = G[e] as number;
      const s = S[e] as number;
      const ua = a >= 0 ? (unknown[a] as number) : -1;
      const ub = b >= 0 ? (unknown[b] as number) : -1;
      if (g > 0 && a >= 0 && b >= 0) {
        if (ua >= 0) matrix[ua * m + ua] = (matrix[ua * m + ua] as number) + g;
        if (ub >= 0) matrix[ub * m + ub] = (matrix[ub * m + ub] as number) + g;
        if (ua >= 0 && ub >= 0) {
          matrix[ua * m + ub] = (matrix[ua * m + ub] as number) - g;
          matrix[ub * m + ua] = (matrix[ub * m + ua] as number) - g;
        } else if (ua >= 0) rhs[ua] = (rhs[ua] as number) + g * (grounded[b] as number);
        else if (ub >= 0) rhs[ub] = (rhs[ub] as number) + g * (grounded[a] as number);
      }
      if (s !== 0) {
        if (ua >= 0) rhs[ua] = (rhs[ua] as number) - s;
        if (ub >= 0) rhs[ub] = (rhs[ub] as number) + s;
      }
    }
    solveDense(matrix, rhs, m);
    for (let i = 0; i < nodeCount; i++) {
      const u = unknown[i] as number;
      pressure[i] = u >= 0 ? (rhs[u] as number) : (grounded[i] as number);
    }
    for (let e = 0; e < edgeCount; e++) {
      const a = edgeFrom[e] as number;
      const b = edgeTo[e] as number;
      const g = G[e] as number;
      let q = S[e] as number;
      if (g > 0 && a >= 0 && b >= 0) q += g * ((pressure[a] as number) - (pressure[b] as number));
      out[e] = Math.abs(q) < NO_FLOW_ML_MIN ? 0 : q;
    }
    lastFlows.set(out.subarray(0, edgeCount));
  }

  function groupActivity(states: Float64Array, out: Float64Array): void {
    for (let i = 0; i < groups.length; i++) out[i] = activity(states, groups[i] as GroupProgram);
  }

  return {
    edges,
    edgeFrom,
    edgeTo,
    deviceIds: devices.map((d) => d.id),
    pathCount: FLOW_PATH_IDS.length,
    solve,
    groupActivity,
  };
}

/** Flows (mL/min per edge of `model.edges`) at one time, solved exactly (not interpolated). */
export function flowsAt(model: FlowModel, procedure: Procedure, timeS: number): Float64Array {
  const flows = new Float64Array(model.edges.length);
  model.solve(deviceStateVector(procedure, timeS), flows);
  return flows;
}

export interface Junction {
  node: NodeId;
  /** Edges whose normal direction ends here / starts here. */
  inflow: string[];
  outflow: string[];
}

/** Every node of the network with the edges that meet there: flow must balance at each. */
export function junctions(model: FlowModel): Junction[] {
  return NODES.map((node) => ({
    node,
    inflow: model.edges.filter((e) => e.to === node).map((e) => e.id),
    outflow: model.edges.filter((e) => e.from === node).map((e) => e.id),
  }));
}

/** Flow path id of an edge, or undefined for the unnamed ones. */
export function edgePath(model: FlowModel, edge: number): FlowPathId | undefined {
  return edge < model.pathCount ? FLOW_PATH_IDS[edge] : undefined;
}
