import { NODES } from './network';

/**
 * Drug transport on the flow network. Nodes with a volume (systemic blood at the heart, liver
 * blood, circuit reservoirs) hold drug; every other node is a junction that mixes what flows in
 * and passes it on at once. Tissue compartments (systemic peripheral, liver tissue, tumour) hang
 * off their blood compartments.
 *
 * For one set of flows the junctions act as a fixed router: of the drug leaving a volume (or
 * entering with an infusion), known fractions reach each volume, the filter, or the outside.
 * That routing is worked out once per flow state (a pass over the junctions in flow order), so
 * a time step only combines a handful of numbers. Every flux leaves one pool and enters another,
 * so drug is conserved by any Runge–Kutta step; eliminated, removed and infused drug are pools.
 */

/** Positions in the state vector after the volume nodes. */
export const PERIPHERAL = 0;
export const LIVER_TISSUE = 1;
export const TUMOUR = 2;
export const ELIMINATED = 3;
export const REMOVED_FILTER = 4;
export const REMOVED_PERFUSATE = 5;
export const INFUSED = 6;
export const EXTRA_STATES = 7;

/** Flows below this (mL/min) count as none when deciding which way blood moves. */
export const STILL = 1e-9;
/** Largest step, as a fraction of the fastest emptying time, before a step is split. */
const STABLE_STEP = 0.5;

export interface TransportSetup {
  edgeFrom: Int32Array;
  edgeTo: Int32Array;
  /** mL per node; 0 for a junction without volume. */
  nodeVolume: Float64Array;
  raNode: number;
  liverNode: number;
  /** Edges delivering arterial / portal blood into the liver bed. */
  arterialEdges: number[];
  portalEdges: number[];
  /** Circuit lines drawing from the hepatic venous outlet (for the leak exchange). */
  drainEdges: number[];
  /** Reservoir nodes (drained when their circuit's pump stops). */
  reservoirNodes: number[];
  /** Edges carrying a filter. */
  filterEdges: number[];
  /** Edges into whose blood drug is infused. */
  infusionEdges: number[];
  /** Rate constants, 1/min, and volumes, mL. */
  k10: number;
  k12: number;
  k21: number;
  hydrolysis: number;
  liverTissueMl: number;
  liverPartition: number;
  /** Liver uptake clearance per unit of liver inflow: E/(1-E). */
  uptakePerFlow: number;
  tumourMl: number;
  tumourPartition: number;
  /** Tumour blood flow as a share of the arterial and of the portal liver inflow. */
  tumourArterialShare: number;
  tumourPortalShare: number;
  leakFraction: number;
}

/** Conditions at one instant: flows (mL/min per edge), filter transmission per filter edge, drain rate per reservoir. */
export interface Conditions {
  flows: Float64Array;
  offset: number;
  transmission: Float64Array;
  drain: Float64Array;
}

/** Where drug goes for one flow state. Sources: volume nodes, then infusion edges. */
interface Routing {
  q: Float64Array;
  trans: Float64Array;
  drain: Float64Array;
  /** sources × destinations (volume nodes, then outside, then filter): fraction delivered. */
  delivered: Float64Array;
  /**
   * nodes × sources: junction concentration per unit of the source's concentration (or mg/min).
   * Filled lazily when the routing was blended for a filter's efficiency (`weightT` ≥ 0).
   */
  weight: Float64Array;
  weightT: number;
  /** Junctions without throughput: they keep the concentration they had. */
  still: Uint8Array;
  /** Outflow (mL/min) of each volume node. */
  outflow: Float64Array;
  /** Per source: fraction reaching the liver bed by the hepatic arteries / the portal veins. */
  arterial: Float64Array;
  portal: Float64Array;
  arterialFlow: number;
  portalFlow: number;
  drained: number;
  fastest: number;
}

/** What differs at the end of a step: nothing, only drains and filter transmission ('inputs'), or the flows too. */
export type Change = boolean | 'inputs';

export interface Transport {
  readonly stateSize: number;
  /** State index per node (-1 for junctions). */
  readonly stateOf: Int32Array;
  /** Node concentrations (mg/mL) after `observe`; still junctions keep their last value. */
  readonly nodeConc: Float64Array;
  /** Flows (mL/min per edge) of the current moment. */
  readonly flows: Float64Array;
  /** Starts at the first moment. */
  begin(at: Conditions): void;
  /**
   * Concentrations at the current moment for state `y`, with drug entering at `source` (mg/min
   * per infusion edge); junctions only when asked (volumes always).
   */
  observe(y: Float64Array, source: Float64Array, junctions?: boolean): void;
  /** Concentration (mg/mL) of one junction at the current moment (volume concentrations from the last `observe`). */
  junctionConc(node: number, source: Float64Array): number;
  /**
   * Advances `y` by `dtMin` minutes to the moment described by `next` (Heun, split into
   * sub-steps when the step would be too long for the fastest pool); `source` is constant over
   * the step. `changed` says what differs from the current moment: nothing (false), only drains
   * and filter transmission ('inputs'), or the flows as well (true).
   */
  advance(y: Float64Array, dtMin: number, source: Float64Array, next: Conditions, changed: Change): void;
}

function mix(out: Float64Array, a: Float64Array, b: Float64Array, t: number): void {
  for (let i = 0; i < out.length; i++) out[i] = (a[i] as number) + t * ((b[i] as number) - (a[i] as number));
}

export function createTransport(setup: TransportSetup): Transport {
  const nodeCount = NODES.length;
  const edgeCount = setup.edgeFrom.length;
  const { edgeFrom, edgeTo, nodeVolume } = setup;
  const stateOf = new Int32Array(nodeCount).fill(-1);
  const volumeNodes: number[] = [];
  for (let n = 0; n < nodeCount; n++) {
    if ((nodeVolume[n] as number) > 0) {
      stateOf[n] = volumeNodes.length;
      volumeNodes.push(n);
    }
  }
  const volumes = volumeNodes.length;
  const base = volumes;
  const stateSize = base + EXTRA_STATES;
  const infusions = setup.infusionEdges.length;
  const sources = volumes + infusions;
  const outside = volumes;
  const filtered = volumes + 1;
  const destinations = volumes + 2;
  const ra = stateOf[setup.raNode] as number;
  const lb = stateOf[setup.liverNode] as number;
  const isArterial = new Uint8Array(edgeCount);
  for (const e of setup.arterialEdges) isArterial[e] = 1;
  const isPortal = new Uint8Array(edgeCount);
  for (const e of setup.portalEdges) isPortal[e] = 1;
  const filterIndex = new Int32Array(edgeCount).fill(-1);
  setup.filterEdges.forEach((e, i) => {
    filterIndex[e] = i;
  });
  const reservoirs = setup.reservoirNodes.filter((n) => (stateOf[n] as number) >= 0);
  const reservoirSlot = reservoirs.map((n) => setup.reservoirNodes.indexOf(n));

  const makeRouting = (): Routing => ({
    q: new Float64Array(edgeCount),
    trans: new Float64Array(edgeCount).fill(1),
    drain: new Float64Array(setup.reservoirNodes.length),
    delivered: new Float64Array(sources * destinations),
    weight: new Float64Array(nodeCount * sources),
    weightT: -1,
    still: new Uint8Array(nodeCount),
    outflow: new Float64Array(volumes),
    arterial: new Float64Array(sources),
    portal: new Float64Array(sources),
    arterialFlow: 0,
    portalFlow: 0,
    drained: 0,
    fastest: 0,
  });
  let current = makeRouting();
  let next = makeRouting();
  const midA = makeRouting();
  const midB = makeRouting();
  // With one filter the routing is affine in its transmission: route at 0 and 1 once per flow
  // state, then blend as the filter's efficiency changes.
  const oneFilter = setup.filterEdges.length === 1 ? (setup.filterEdges[0] as number) : -1;
  const atZero = makeRouting();
  const atOne = makeRouting();
  let cached = false;

  // Flow order of the junctions and each node's outgoing edges, rebuilt when a flow reverses.
  const sign = new Int8Array(edgeCount).fill(2);
  const order = new Int32Array(nodeCount);
  let orderLength = 0;
  const outStart = new Int32Array(nodeCount + 1);
  const outEdges = new Int32Array(edgeCount);
  const downstream = new Int32Array(edgeCount);
  const nodeOut = new Float64Array(nodeCount);
  const arrival = new Float64Array(nodeCount);

  const indegree = new Int32Array(nodeCount);
  const fill = new Int32Array(nodeCount + 1);
  const placed = new Uint8Array(nodeCount);

  function rebuildOrder(): void {
    outStart.fill(0);
    indegree.fill(0);
    for (let e = 0; e < edgeCount; e++) {
      const s = sign[e] as number;
      if (s === 0) continue;
      const up = s > 0 ? (edgeFrom[e] as number) : (edgeTo[e] as number);
      const dn = s > 0 ? (edgeTo[e] as number) : (edgeFrom[e] as number);
      downstream[e] = dn;
      if (up >= 0) outStart[up + 1] = (outStart[up + 1] as number) + 1;
      if (up >= 0 && dn >= 0 && (stateOf[up] as number) < 0 && (stateOf[dn] as number) < 0) {
        indegree[dn] = (indegree[dn] as number) + 1;
      }
    }
    for (let n = 0; n < nodeCount; n++)
      outStart[n + 1] = (outStart[n + 1] as number) + (outStart[n] as number);
    fill.set(outStart);
    for (let e = 0; e < edgeCount; e++) {
      const s = sign[e] as number;
      if (s === 0) continue;
      const up = s > 0 ? (edgeFrom[e] as number) : (edgeTo[e] as number);
      if (up < 0) continue;
      outEdges[fill[up] as number] = e;
      fill[up] = (fill[up] as number) + 1;
    }
    orderLength = 0;
    placed.fill(0);
    for (let n = 0; n < nodeCount; n++) {
      if ((stateOf[n] as number) < 0 && indegree[n] === 0) {
        order[orderLength++] = n;
        placed[n] = 1;
      }
    }
    for (let head = 0; head < orderLength; head++) {
      const n = order[head] as number;
      for (let j = outStart[n] as number; j < (outStart[n + 1] as number); j++) {
        const dn = downstream[outEdges[j] as number] as number;
        if (dn < 0 || (stateOf[dn] as number) >= 0) continue;
        indegree[dn] = (indegree[dn] as number) - 1;
        if (indegree[dn] === 0 && !placed[dn]) {
          order[orderLength++] = dn;
          placed[dn] = 1;
        }
      }
    }
    // A loop of junctions without volume cannot carry flow in a pressure-driven network with
    // pumps ending in reservoirs; should one appear, its junctions are still visited once.
    for (let n = 0; n < nodeCount; n++) {
      if ((stateOf[n] as number) < 0 && !placed[n]) order[orderLength++] = n;
    }
  }

  /** Sends `amount` (fraction of source σ's drug) along the outgoing edges of `node`. */
  function spread(r: Routing, sigma: number, node: number, amount: number): void {
    const out = nodeOut[node] as number;
    for (let j = outStart[node] as number; j < (outStart[node + 1] as number); j++) {
      const e = outEdges[j] as number;
      carry(r, sigma, e, (amount * Math.abs(r.q[e] as number)) / out);
    }
  }

  function carry(r: Routing, sigma: number, e: number, amount: number): void {
    const t = r.trans[e] as number;
    const row = sigma * destinations;
    if (t < 1) r.delivered[row + filtered] = (r.delivered[row + filtered] as number) + amount * (1 - t);
    const passed = amount * t;
    const dn = downstream[e] as number;
    if (dn === setup.liverNode) {
      if (isArterial[e]) r.arterial[sigma] = (r.arterial[sigma] as number) + passed;
      else if (isPortal[e]) r.portal[sigma] = (r.portal[sigma] as number) + passed;
    }
    arrive(r, sigma, dn, passed);
  }

  function arrive(r: Routing, sigma: number, node: number, amount: number): void {
    const row = sigma * destinations;
    if (node < 0) r.delivered[row + outside] = (r.delivered[row + outside] as number) + amount;
    else {
      const s = stateOf[node] as number;
      if (s >= 0) r.delivered[row + s] = (r.delivered[row + s] as number) + amount;
      else arrival[node] = (arrival[node] as number) + amount;
    }
  }

  /** Works out the routing for the flows and transmissions already loaded into `r`. */
  function route(r: Routing): void {
    let reversed = false;
    for (let e = 0; e < edgeCount; e++) {
      const f = r.q[e] as number;
      const s = f > STILL ? 1 : f < -STILL ? -1 : 0;
      if (s !== sign[e]) {
        sign[e] = s;
        reversed = true;
      }
    }
    if (reversed) rebuildOrder();
    nodeOut.fill(0);
    for (let e = 0; e < edgeCount; e++) {
      const s = sign[e] as number;
      if (s === 0) continue;
      const up = s > 0 ? (edgeFrom[e] as number) : (edgeTo[e] as number);
      if (up >= 0) nodeOut[up] = (nodeOut[up] as number) + Math.abs(r.q[e] as number);
    }
    r.delivered.fill(0);
    r.weight.fill(0);
    r.weightT = -1;
    r.arterial.fill(0);
    r.portal.fill(0);
    for (let n = 0; n < nodeCount; n++)
      r.still[n] = (stateOf[n] as number) < 0 && !((nodeOut[n] as number) > STILL) ? 1 : 0;
    for (let sigma = 0; sigma < sources; sigma++) {
      arrival.fill(0);
      let scale = 1;
      if (sigma < volumes) {
        const v = volumeNodes[sigma] as number;
        scale = nodeOut[v] as number;
        if (scale > 0) spread(r, sigma, v, 1);
      } else {
        const e = setup.infusionEdges[sigma - volumes] as number;
        // Infused drug joins the blood of its path downstream of the catheter tip; with no flow it
        // is taken to reach the systemic blood.
        if (sign[e] === 0) arrive(r, sigma, setup.raNode, 1);
        else arrive(r, sigma, downstream[e] as number, 1);
      }
      for (let i = 0; i < orderLength; i++) {
        const n = order[i] as number;
        const a = arrival[n] as number;
        if (a === 0) continue;
        if (r.still[n]) {
          arrive(r, sigma, setup.raNode, a);
          continue;
        }
        r.weight[n * sources + sigma] = (a * scale) / (nodeOut[n] as number);
        spread(r, sigma, n, a);
      }
    }
    let arterialFlow = 0;
    let portalFlow = 0;
    for (const e of setup.arterialEdges)
      if (downstream[e] === setup.liverNode && sign[e] !== 0) arterialFlow += Math.abs(r.q[e] as number);
    for (const e of setup.portalEdges)
      if (downstream[e] === setup.liverNode && sign[e] !== 0) portalFlow += Math.abs(r.q[e] as number);
    let drained = 0;
    for (const e of setup.drainEdges) if ((r.q[e] as number) > 0) drained += r.q[e] as number;
    r.arterialFlow = arterialFlow;
    r.portalFlow = portalFlow;
    r.drained = drained;
    for (let i = 0; i < volumes; i++) r.outflow[i] = nodeOut[volumeNodes[i] as number] as number;
    // Fastest rate (1/min) at which any pool empties: the explicit step must stay well below it.
    const uptake = (arterialFlow + portalFlow) * setup.uptakePerFlow;
    const leak = setup.leakFraction * drained;
    let fastest = Math.max(
      setup.k12 + setup.k10 + leak / (nodeVolume[setup.raNode] as number),
      setup.k21,
      uptake / (setup.liverTissueMl * setup.liverPartition),
      (setup.tumourArterialShare * arterialFlow + setup.tumourPortalShare * portalFlow) /
        (setup.tumourMl * setup.tumourPartition),
    );
    for (let i = 0; i < volumes; i++) {
      const n = volumeNodes[i] as number;
      let out = r.outflow[i] as number;
      if (n === setup.liverNode) out += uptake + leak;
      fastest = Math.max(fastest, out / (nodeVolume[n] as number));
    }
    r.fastest = fastest + setup.hydrolysis;
  }

  function sameFlows(a: Float64Array, b: Float64Array): boolean {
    for (let e = 0; e < edgeCount; e++) if (a[e] !== b[e]) return false;
    return true;
  }

  /** Routing for the flows, transmissions and drains already in `r`; `flowsKnown` when the flows are those last routed. */
  function prepare(r: Routing, flowsKnown = false): void {
    if (oneFilter < 0) {
      route(r);
      return;
    }
    if (!flowsKnown || !cached) cacheFor(r);
    const t = r.trans[oneFilter] as number;
    mix(r.delivered, atZero.delivered, atOne.delivered, t);
    r.weightT = t;
    mix(r.arterial, atZero.arterial, atOne.arterial, t);
    mix(r.portal, atZero.portal, atOne.portal, t);
    copyFixedParts(r, atZero);
  }

  /** Makes sure the cached routings at filter transmission 0 and 1 are those of `r`'s flows. */
  function cacheFor(r: Routing): void {
    if (cached && sameFlows(r.q, atZero.q)) return;
    atZero.q.set(r.q);
    atOne.q.set(r.q);
    atZero.trans[oneFilter] = 0;
    atOne.trans[oneFilter] = 1;
    route(atZero);
    route(atOne);
    cached = true;
  }

  /** The parts of a routing that `prepare` takes unblended from the cached routing. */
  function copyFixedParts(to: Routing, from: Routing): void {
    to.still.set(from.still);
    to.outflow.set(from.outflow);
    to.arterialFlow = from.arterialFlow;
    to.portalFlow = from.portalFlow;
    to.drained = from.drained;
    to.fastest = from.fastest;
  }

  function copyRouting(to: Routing, from: Routing): void {
    to.q.set(from.q);
    to.trans.set(from.trans);
    to.delivered.set(from.delivered);
    to.weight.set(from.weight);
    to.weightT = from.weightT;
    to.arterial.set(from.arterial);
    to.portal.set(from.portal);
    copyFixedParts(to, from);
  }

  /** Junction weights of a routing, blending them now if they were left for later. */
  function weightsOf(r: Routing): Float64Array {
    if (r.weightT >= 0) {
      cacheFor(r);
      mix(r.weight, atZero.weight, atOne.weight, r.weightT);
      r.weightT = -1;
    }
    return r.weight;
  }

  function load(r: Routing, at: Conditions): void {
    for (let e = 0; e < edgeCount; e++) r.q[e] = at.flows[at.offset + e] as number;
    for (let i = 0; i < setup.filterEdges.length; i++)
      r.trans[setup.filterEdges[i] as number] = at.transmission[i] as number;
    r.drain.set(at.drain);
  }

  function blend(r: Routing, a: Routing, b: Routing, theta: number): void {
    for (let e = 0; e < edgeCount; e++)
      r.q[e] = (1 - theta) * (a.q[e] as number) + theta * (b.q[e] as number);
    for (const e of setup.filterEdges)
      r.trans[e] = (1 - theta) * (a.trans[e] as number) + theta * (b.trans[e] as number);
    for (let i = 0; i < r.drain.length; i++)
      r.drain[i] = (1 - theta) * (a.drain[i] as number) + theta * (b.drain[i] as number);
    prepare(r);
  }

  const rate = new Float64Array(sources);
  // Constants of the derivative, read once.
  const volumeMl = Float64Array.from(volumeNodes, (n) => nodeVolume[n] as number);
  const raMl = nodeVolume[setup.raNode] as number;
  const lbMl = nodeVolume[setup.liverNode] as number;
  const { k10, k12, k21, hydrolysis, uptakePerFlow, leakFraction, tumourArterialShare, tumourPortalShare } =
    setup;
  const tumourCapacity = setup.tumourMl * setup.tumourPartition;
  const tissueCapacity = setup.liverTissueMl * setup.liverPartition;
  const reservoirState = Int32Array.from(reservoirs, (n) => stateOf[n] as number);

  /** dy/dt (mg/min) at state y under routing r with drug input `source` (mg/min per infusion edge). */
  function derivative(r: Routing, y: Float64Array, source: Float64Array, dy: Float64Array): void {
    dy.fill(0);
    let infused = 0;
    const outflow = r.outflow;
    for (let i = 0; i < volumes; i++) {
      const m = ((outflow[i] as number) * (y[i] as number)) / (volumeMl[i] as number);
      rate[i] = m;
      dy[i] = -m;
    }
    for (let i = 0; i < infusions; i++) {
      rate[volumes + i] = source[i] as number;
      infused += source[i] as number;
    }
    let removedPerfusate = 0;
    let removedFilter = 0;
    let arterialMass = 0;
    let portalMass = 0;
    const delivered = r.delivered;
    const arterial = r.arterial;
    const portal = r.portal;
    for (let sigma = 0; sigma < sources; sigma++) {
      const m = rate[sigma] as number;
      if (m === 0) continue;
      const row = sigma * destinations;
      for (let w = 0; w < volumes; w++) dy[w] = (dy[w] as number) + (delivered[row + w] as number) * m;
      removedPerfusate += (delivered[row + outside] as number) * m;
      removedFilter += (delivered[row + filtered] as number) * m;
      arterialMass += (arterial[sigma] as number) * m;
      portalMass += (portal[sigma] as number) * m;
    }

    const mRa = y[ra] as number;
    const mLb = y[lb] as number;
    const cRa = mRa / raMl;
    const cLb = mLb / lbMl;
    let eliminated = 0;

    // Tumour: fed mostly by the arterial stream, drains into the liver bed.
    const arterialFlow = r.arterialFlow;
    const portalFlow = r.portalFlow;
    const cArt = arterialFlow > 0 ? arterialMass / arterialFlow : 0;
    const cPortal = portalFlow > 0 ? portalMass / portalFlow : 0;
    const qTa = tumourArterialShare * arterialFlow;
    const qTp = tumourPortalShare * portalFlow;
    const mT = y[base + TUMOUR] as number;
    const tumourIn = qTa * cArt + qTp * cPortal;
    const tumourOut = ((qTa + qTp) * mT) / tumourCapacity;
    const tumourLoss = hydrolysis * mT;
    dy[base + TUMOUR] = tumourIn - tumourOut - tumourLoss;
    dy[lb] = (dy[lb] as number) - tumourIn + tumourOut;
    eliminated += tumourLoss;

    // Liver tissue: uptake from liver blood, flow-limited, reversible.
    const mLt = y[base + LIVER_TISSUE] as number;
    const uptake = (arterialFlow + portalFlow) * uptakePerFlow * (cLb - mLt / tissueCapacity);
    const tissueLoss = hydrolysis * mLt;
    dy[base + LIVER_TISSUE] = uptake - tissueLoss;
    dy[lb] = (dy[lb] as number) - uptake;
    eliminated += tissueLoss;

    // Leak: exchange between the isolated liver's blood and the body, a share of the drained flow.
    const leak = leakFraction * r.drained * (cLb - cRa);
    dy[lb] = (dy[lb] as number) - leak;
    dy[ra] = (dy[ra] as number) + leak;

    // Systemic distribution and clearance (label two-compartment model).
    const mP = y[base + PERIPHERAL] as number;
    const distribution = k12 * mRa - k21 * mP;
    const cleared = k10 * mRa;
    dy[ra] = (dy[ra] as number) - distribution - cleared;
    dy[base + PERIPHERAL] = distribution;
    eliminated += cleared;

    // Hydrolysis outside the systemic model: liver blood and circuits; stopped circuits emptied.
    const lbLoss = hydrolysis * mLb;
    dy[lb] = (dy[lb] as number) - lbLoss;
    eliminated += lbLoss;
    for (let i = 0; i < reservoirState.length; i++) {
      const s = reservoirState[i] as number;
      const m = y[s] as number;
      const loss = hydrolysis * m;
      const discarded = (r.drain[reservoirSlot[i] as number] as number) * m;
      dy[s] = (dy[s] as number) - loss - discarded;
      eliminated += loss;
      removedPerfusate += discarded;
    }
    dy[base + ELIMINATED] = eliminated;
    dy[base + REMOVED_FILTER] = removedFilter;
    dy[base + REMOVED_PERFUSATE] = removedPerfusate;
    dy[base + INFUSED] = infused;
  }

  const k1 = new Float64Array(stateSize);
  const k2 = new Float64Array(stateSize);
  const y1 = new Float64Array(stateSize);

  function heun(y: Float64Array, h: number, source: Float64Array, a: Routing, b: Routing): void {
    derivative(a, y, source, k1);
    for (let i = 0; i < stateSize; i++) y1[i] = (y[i] as number) + h * (k1[i] as number);
    derivative(b, y1, source, k2);
    for (let i = 0; i < stateSize; i++)
      y[i] = (y[i] as number) + 0.5 * h * ((k1[i] as number) + (k2[i] as number));
  }

  const conc = new Float64Array(nodeCount);
  const flows = new Float64Array(edgeCount);

  // While nothing changes, a step is the same linear map y → M·y + G·source every time: after a
  // few such steps it is probed once (with the ordinary step) and then applied directly.
  const affine = new Float64Array(stateSize * stateSize);
  const inputs = new Float64Array(stateSize * infusions);
  const probe = new Float64Array(stateSize);
  const unit = new Float64Array(infusions);
  const after = new Float64Array(stateSize);
  const mixing = new Int32Array(stateSize);
  let mixingCount = 0;
  let affineValid = false;
  let affineDt = 0;
  let quiet = 0;

  function plainStep(y: Float64Array, dtMin: number, source: Float64Array): void {
    const pieces = Math.max(1, Math.ceil((current.fastest * dtMin) / STABLE_STEP));
    const h = dtMin / pieces;
    for (let s = 0; s < pieces; s++) heun(y, h, source, current, current);
  }

  function probeAffine(dtMin: number): void {
    unit.fill(0);
    for (let c = 0; c < stateSize; c++) {
      probe.fill(0);
      probe[c] = 1;
      plainStep(probe, dtMin, unit);
      for (let r = 0; r < stateSize; r++) affine[r * stateSize + c] = probe[r] as number;
    }
    for (let i = 0; i < infusions; i++) {
      probe.fill(0);
      unit.fill(0);
      unit[i] = 1;
      plainStep(probe, dtMin, unit);
      for (let r = 0; r < stateSize; r++) inputs[r * infusions + i] = probe[r] as number;
    }
    // Pools that only accumulate (eliminated, removed, infused) map to themselves: skip them.
    mixingCount = 0;
    for (let c = 0; c < stateSize; c++) {
      let identity = true;
      for (let r = 0; r < stateSize && identity; r++)
        identity = affine[r * stateSize + c] === (r === c ? 1 : 0);
      if (!identity) mixing[mixingCount++] = c;
    }
    affineDt = dtMin;
    affineValid = true;
  }

  function steady(y: Float64Array, dtMin: number, source: Float64Array): void {
    if (affineValid && affineDt !== dtMin) affineValid = false;
    if (!affineValid) {
      if (++quiet < 4) {
        plainStep(y, dtMin, source);
        return;
      }
      probeAffine(dtMin);
    }
    for (let r = 0; r < stateSize; r++) {
      let v = y[r] as number;
      const row = r * stateSize;
      for (let i = 0; i < mixingCount; i++) {
        const c = mixing[i] as number;
        v += ((affine[row + c] as number) - (r === c ? 1 : 0)) * (y[c] as number);
      }
      for (let i = 0; i < infusions; i++) v += (inputs[r * infusions + i] as number) * (source[i] as number);
      after[r] = v;
    }
    y.set(after);
  }

  return {
    stateSize,
    stateOf,
    nodeConc: conc,
    flows,
    begin(at) {
      load(current, at);
      prepare(current);
      flows.set(current.q);
    },
    observe(y, source, junctions = true) {
      for (let i = 0; i < volumes; i++) {
        const n = volumeNodes[i] as number;
        conc[n] = (y[i] as number) / (nodeVolume[n] as number);
      }
      if (!junctions) return;
      const weight = weightsOf(current);
      const still = current.still;
      for (let n = 0; n < nodeCount; n++) {
        if ((stateOf[n] as number) >= 0 || still[n]) continue;
        let c = 0;
        const row = n * sources;
        for (let i = 0; i < volumes; i++)
          c += (weight[row + i] as number) * (conc[volumeNodes[i] as number] as number);
        for (let i = 0; i < infusions; i++)
          c += (weight[row + volumes + i] as number) * (source[i] as number);
        conc[n] = c;
      }
    },
    junctionConc(node, source) {
      if ((stateOf[node] as number) >= 0) return conc[node] as number;
      if (current.still[node]) return 0;
      let w0: Float64Array = current.weight;
      let w1: Float64Array = current.weight;
      let t = 0;
      if (current.weightT >= 0) {
        cacheFor(current);
        w0 = atZero.weight;
        w1 = atOne.weight;
        t = current.weightT;
      }
      const row = node * sources;
      let c = 0;
      for (let i = 0; i < sources; i++) {
        const w = (w0[row + i] as number) + t * ((w1[row + i] as number) - (w0[row + i] as number));
        c += w * (i < volumes ? (conc[volumeNodes[i] as number] as number) : (source[i - volumes] as number));
      }
      return c;
    },
    advance(y, dtMin, source, at, changed) {
      if (changed === false) {
        steady(y, dtMin, source);
        return;
      }
      affineValid = false;
      quiet = 0;
      let target = current;
      // With several filters the routing is not a simple blend: route afresh below.
      if (changed === 'inputs' && setup.filterEdges.length <= 1) {
        // Same flows: only the filter's efficiency or a circuit's drain moved.
        if (oneFilter >= 0) {
          next.q.set(current.q);
          for (let i = 0; i < setup.filterEdges.length; i++) {
            next.trans[setup.filterEdges[i] as number] = at.transmission[i] as number;
          }
          prepare(next, true);
        } else copyRouting(next, current);
        next.drain.set(at.drain);
        target = next;
      } else if (changed) {
        load(next, at);
        prepare(next);
        target = next;
      }
      const fastest = Math.max(current.fastest, target.fastest);
      const pieces = Math.max(1, Math.ceil((fastest * dtMin) / STABLE_STEP));
      if (pieces === 1 || target === current) {
        const h = dtMin / pieces;
        for (let s = 0; s < pieces; s++) heun(y, h, source, current, target);
      } else {
        const h = dtMin / pieces;
        for (let s = 0; s < pieces; s++) {
          if (s > 0) blend(midA, current, target, s / pieces);
          if (s < pieces - 1) blend(midB, current, target, (s + 1) / pieces);
          heun(y, h, source, s === 0 ? current : midA, s === pieces - 1 ? target : midB);
        }
        // The in-between routings replaced the cached one.
        cached = false;
      }
      if (target !== current) {
        next = current;
        current = target;
        flows.set(current.q);
      }
    },
  };
}
