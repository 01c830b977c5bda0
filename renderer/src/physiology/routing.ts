import type { StateLayout } from './compartments';
import { flowSign } from './noFlow';

/**
 * Flow routing. Junctions (nodes without volume) mix what flows in and pass it on at once, so
 * for one set of flows they act as a fixed router: of the drug leaving a volume pool (or entering
 * with an infusion), known fractions reach each volume pool, the filter, or the outside. The
 * routing is worked out once per flow state, by a pass over the junctions in flow order.
 */

/** The network and where drug enters and is measured. */
export interface RoutingSetup {
  edgeFrom: Int32Array;
  edgeTo: Int32Array;
  systemicNode: number;
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
}

/** Conditions at one instant: flows (mL/min per edge), filter transmission per filter edge, drain rate per reservoir. */
export interface Conditions {
  flows: Float64Array;
  offset: number;
  transmission: Float64Array;
  drain: Float64Array;
}

/** Where drug goes for one flow state. Sources: volume pools, then infusions. */
export interface Routing {
  q: Float64Array;
  trans: Float64Array;
  drain: Float64Array;
  /** sources × destinations (volume pools, then outside, then filter): fraction delivered. */
  delivered: Float64Array;
  /**
   * nodes × sources: junction concentration per unit of the source's concentration (or mg/min).
   * Filled lazily when the routing was blended for a filter's efficiency (`weightT` ≥ 0).
   */
  weight: Float64Array;
  weightT: number;
  /** Junctions without throughput: they keep the concentration they had. */
  still: Uint8Array;
  /** Outflow (mL/min) of each volume pool. */
  outflow: Float64Array;
  /** Per source: fraction reaching the liver bed by the hepatic arteries / the portal veins. */
  arterial: Float64Array;
  portal: Float64Array;
  arterialFlow: number;
  portalFlow: number;
  drained: number;
  /** Fastest rate (1/min) at which any pool empties under this routing. */
  fastest: number;
}

export interface Router {
  readonly sources: number;
  make(): Routing;
  /** Reads flows, filter transmissions and drains of one instant into `r` (not yet routed). */
  load(r: Routing, at: Conditions): void;
  /** Routes `r` for what is loaded; `flowsKnown` when its flows are those last routed. */
  prepare(r: Routing, flowsKnown?: boolean): void;
  /** `r` routed for flows, transmissions and drains a share `theta` of the way from `a` to `b`. */
  blend(r: Routing, a: Routing, b: Routing, theta: number): void;
  copy(to: Routing, from: Routing): void;
  /** Junction weights of a routing, blending them now if they were left for later. */
  weightsOf(r: Routing): Float64Array;
  /** Junction weight of one node for one source, without blending the whole table. */
  weightAt(r: Routing, node: number, sigma: number): number;
  /** Forgets the cached routings at filter transmission 0 and 1 (they were overwritten). */
  forgetCache(): void;
}

function mix(out: Float64Array, a: Float64Array, b: Float64Array, t: number): void {
  for (let i = 0; i < out.length; i++) out[i] = (a[i] as number) + t * ((b[i] as number) - (a[i] as number));
}

export function createRouter(
  setup: RoutingSetup,
  layout: StateLayout,
  fastestRate: (r: Routing) => number,
): Router {
  const { edgeFrom, edgeTo, systemicNode, liverNode } = setup;
  const { stateOf, volumeNodes, volumeCount: volumes } = layout;
  const nodeCount = stateOf.length;
  const edgeCount = edgeFrom.length;
  const infusions = setup.infusionEdges.length;
  const sources = volumes + infusions;
  const outside = volumes;
  const filtered = volumes + 1;
  const destinations = volumes + 2;
  const isArterial = new Uint8Array(edgeCount);
  for (const e of setup.arterialEdges) isArterial[e] = 1;
  const isPortal = new Uint8Array(edgeCount);
  for (const e of setup.portalEdges) isPortal[e] = 1;
  const isJunction = (n: number) => (stateOf[n] as number) < 0;

  const make = (): Routing => ({
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
  // With one filter the routing is affine in its transmission: route at 0 and 1 once per flow
  // state, then blend as the filter's efficiency changes.
  const oneFilter = setup.filterEdges.length === 1 ? (setup.filterEdges[0] as number) : -1;
  const atZero = make();
  const atOne = make();
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

  const upstreamOf = (e: number, s: number) => (s > 0 ? (edgeFrom[e] as number) : (edgeTo[e] as number));

  function rebuildOrder(): void {
    outStart.fill(0);
    indegree.fill(0);
    for (let e = 0; e < edgeCount; e++) {
      const s = sign[e] as number;
      if (s === 0) continue;
      const up = upstreamOf(e, s);
      const dn = s > 0 ? (edgeTo[e] as number) : (edgeFrom[e] as number);
      downstream[e] = dn;
      if (up >= 0) outStart[up + 1] = (outStart[up + 1] as number) + 1;
      if (up >= 0 && dn >= 0 && isJunction(up) && isJunction(dn)) indegree[dn] = (indegree[dn] as number) + 1;
    }
    for (let n = 0; n < nodeCount; n++)
      outStart[n + 1] = (outStart[n + 1] as number) + (outStart[n] as number);
    fill.set(outStart);
    for (let e = 0; e < edgeCount; e++) {
      const s = sign[e] as number;
      if (s === 0) continue;
      const up = upstreamOf(e, s);
      if (up < 0) continue;
      outEdges[fill[up] as number] = e;
      fill[up] = (fill[up] as number) + 1;
    }
    orderLength = 0;
    placed.fill(0);
    for (let n = 0; n < nodeCount; n++) {
      if (isJunction(n) && indegree[n] === 0) {
        order[orderLength++] = n;
        placed[n] = 1;
      }
    }
    for (let head = 0; head < orderLength; head++) {
      const n = order[head] as number;
      for (let j = outStart[n] as number; j < (outStart[n + 1] as number); j++) {
        const dn = downstream[outEdges[j] as number] as number;
        if (dn < 0 || !isJunction(dn)) continue;
        indegree[dn] = (indegree[dn] as number) - 1;
        if (indegree[dn] === 0 && !placed[dn]) {
          order[orderLength++] = dn;
          placed[dn] = 1;
        }
      }
    }
    // A loop of junctions without volume cannot carry flow in a pressure-driven network with
    // pumps ending in reservoirs; should one appear, its junctions are still visited once.
    for (let n = 0; n < nodeCount; n++) if (isJunction(n) && !placed[n]) order[orderLength++] = n;
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
    if (dn === liverNode) {
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

  const inflowTo = (r: Routing, list: number[], node: number) => {
    let total = 0;
    for (const e of list) if (downstream[e] === node && sign[e] !== 0) total += Math.abs(r.q[e] as number);
    return total;
  };

  /** Works out the routing for the flows and transmissions already loaded into `r`. */
  function route(r: Routing): void {
    let reversed = false;
    for (let e = 0; e < edgeCount; e++) {
      const s = flowSign(r.q[e] as number);
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
      const up = upstreamOf(e, s);
      if (up >= 0) nodeOut[up] = (nodeOut[up] as number) + Math.abs(r.q[e] as number);
    }
    r.delivered.fill(0);
    r.weight.fill(0);
    r.weightT = -1;
    r.arterial.fill(0);
    r.portal.fill(0);
    for (let n = 0; n < nodeCount; n++)
      r.still[n] = isJunction(n) && flowSign(nodeOut[n] as number) === 0 ? 1 : 0;
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
        arrive(r, sigma, sign[e] === 0 ? systemicNode : (downstream[e] as number), 1);
      }
      for (let i = 0; i < orderLength; i++) {
        const n = order[i] as number;
        const a = arrival[n] as number;
        if (a === 0) continue;
        if (r.still[n]) {
          arrive(r, sigma, systemicNode, a);
          continue;
        }
        r.weight[n * sources + sigma] = (a * scale) / (nodeOut[n] as number);
        spread(r, sigma, n, a);
      }
    }
    r.arterialFlow = inflowTo(r, setup.arterialEdges, liverNode);
    r.portalFlow = inflowTo(r, setup.portalEdges, liverNode);
    let drained = 0;
    for (const e of setup.drainEdges) if ((r.q[e] as number) > 0) drained += r.q[e] as number;
    r.drained = drained;
    for (let i = 0; i < volumes; i++) r.outflow[i] = nodeOut[volumeNodes[i] as number] as number;
    r.fastest = fastestRate(r);
  }

  function sameFlows(a: Float64Array, b: Float64Array): boolean {
    for (let e = 0; e < edgeCount; e++) if (a[e] !== b[e]) return false;
    return true;
  }

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

  return {
    sources,
    make,
    load(r, at) {
      for (let e = 0; e < edgeCount; e++) r.q[e] = at.flows[at.offset + e] as number;
      for (let i = 0; i < setup.filterEdges.length; i++)
        r.trans[setup.filterEdges[i] as number] = at.transmission[i] as number;
      r.drain.set(at.drain);
    },
    prepare,
    blend(r, a, b, theta) {
      for (let e = 0; e < edgeCount; e++)
        r.q[e] = (1 - theta) * (a.q[e] as number) + theta * (b.q[e] as number);
      for (const e of setup.filterEdges)
        r.trans[e] = (1 - theta) * (a.trans[e] as number) + theta * (b.trans[e] as number);
      for (let i = 0; i < r.drain.length; i++)
        r.drain[i] = (1 - theta) * (a.drain[i] as number) + theta * (b.drain[i] as number);
      prepare(r);
    },
    copy(to, from) {
      to.q.set(from.q);
      to.trans.set(from.trans);
      to.delivered.set(from.delivered);
      to.weight.set(from.weight);
      to.weightT = from.weightT;
      to.arterial.set(from.arterial);
      to.portal.set(from.portal);
      copyFixedParts(to, from);
    },
    weightsOf(r) {
      if (r.weightT >= 0) {
        cacheFor(r);
        mix(r.weight, atZero.weight, atOne.weight, r.weightT);
        r.weightT = -1;
      }
      return r.weight;
    },
    weightAt(r, node, sigma) {
      const i = node * sources + sigma;
      if (r.weightT < 0) return r.weight[i] as number;
      cacheFor(r);
      const w0 = atZero.weight[i] as number;
      return w0 + r.weightT * ((atOne.weight[i] as number) - w0);
    },
    forgetCache() {
      cached = false;
    },
  };
}
