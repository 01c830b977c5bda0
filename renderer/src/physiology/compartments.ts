import type { Routing } from './routing';

/**
 * The compartment model: which pools hold drug, and how fast drug moves between them for one
 * routing of the blood. Pools with a volume on the flow network (systemic blood at the heart,
 * liver blood, circuit reservoirs) come first in the state vector, in network order; then the
 * tissue pools and the bookkeeping pools. Every flux leaves one pool and enters another, so the
 * sum of all pools but `infused` equals `infused` at every moment.
 */

/** Constants of the compartment model. Rate constants 1/min, volumes mL. */
export interface CompartmentConstants {
  k10: number;
  k12: number;
  k21: number;
  hydrolysis: number;
  /** Hydrolysis in the circuits' reservoirs, at the perfusate's temperature. */
  circuitHydrolysis: number;
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

/** Where each pool sits in the state vector. */
export interface StateLayout {
  readonly size: number;
  /** Pools on the flow network, one per node with a volume, in network order. */
  readonly volumeCount: number;
  readonly volumeNodes: readonly number[];
  /** mL per volume pool. */
  readonly volumeMl: Float64Array;
  /** State slot per network node; -1 for junctions without volume. */
  readonly stateOf: Int32Array;
  /** Central systemic blood (heart and lungs) and liver blood. */
  readonly systemic: number;
  readonly liverBlood: number;
  readonly peripheral: number;
  readonly liverTissue: number;
  readonly tumour: number;
  readonly eliminated: number;
  readonly removedByFilter: number;
  readonly removedWithPerfusate: number;
  readonly infused: number;
}

/** Pools after the volume pools, in state order. */
const TAIL = [
  'peripheral',
  'liverTissue',
  'tumour',
  'eliminated',
  'removedByFilter',
  'removedWithPerfusate',
  'infused',
] as const;

export function createLayout(nodeVolume: Float64Array, systemicNode: number, liverNode: number): StateLayout {
  const stateOf = new Int32Array(nodeVolume.length).fill(-1);
  const volumeNodes: number[] = [];
  nodeVolume.forEach((ml, n) => {
    if (ml > 0) {
      stateOf[n] = volumeNodes.length;
      volumeNodes.push(n);
    }
  });
  const volumeCount = volumeNodes.length;
  const slot = (name: (typeof TAIL)[number]) => volumeCount + TAIL.indexOf(name);
  return {
    size: volumeCount + TAIL.length,
    volumeCount,
    volumeNodes,
    volumeMl: Float64Array.from(volumeNodes, (n) => nodeVolume[n] ?? 0),
    stateOf,
    systemic: stateOf[systemicNode] ?? -1,
    liverBlood: stateOf[liverNode] ?? -1,
    peripheral: slot('peripheral'),
    liverTissue: slot('liverTissue'),
    tumour: slot('tumour'),
    eliminated: slot('eliminated'),
    removedByFilter: slot('removedByFilter'),
    removedWithPerfusate: slot('removedWithPerfusate'),
    infused: slot('infused'),
  };
}

export interface CompartmentModel {
  readonly layout: StateLayout;
  /** Fastest rate (1/min) at which any pool empties under a routing: the explicit step must stay well below it. */
  fastestRate(r: Routing): number;
  /** dy/dt (mg/min) at state y under routing r with drug input `source` (mg/min per infusion). */
  derivative(r: Routing, y: Float64Array, source: Float64Array, dy: Float64Array): void;
}

/**
 * @param reservoirs state slot of each circuit reservoir, with `drainSlot` its index into a
 *   routing's `drain` (the rate at which a stopped circuit's contents are discarded).
 */
export function createCompartments(
  layout: StateLayout,
  c: CompartmentConstants,
  reservoirs: ReadonlyArray<{ state: number; drainSlot: number }>,
  infusions: number,
): CompartmentModel {
  const { volumeCount, volumeMl, systemic, liverBlood } = layout;
  const sources = volumeCount + infusions;
  const outside = volumeCount;
  const filtered = volumeCount + 1;
  const destinations = volumeCount + 2;
  const systemicMl = volumeMl[systemic] ?? 0;
  const liverBloodMl = volumeMl[liverBlood] ?? 0;
  const {
    k10,
    k12,
    k21,
    hydrolysis,
    circuitHydrolysis,
    uptakePerFlow,
    leakFraction,
    tumourArterialShare,
    tumourPortalShare,
  } = c;
  const tumourCapacity = c.tumourMl * c.tumourPartition;
  const tissueCapacity = c.liverTissueMl * c.liverPartition;
  const reservoirState = Int32Array.from(reservoirs, (r) => r.state);
  const reservoirDrain = Int32Array.from(reservoirs, (r) => r.drainSlot);
  // Drug leaving each source (mg/min): volume pools by outflow, then the infusions.
  const rate = new Float64Array(sources);

  function fastestRate(r: Routing): number {
    const uptake = (r.arterialFlow + r.portalFlow) * uptakePerFlow;
    const leak = leakFraction * r.drained;
    let fastest = Math.max(
      k12 + k10 + leak / systemicMl,
      k21,
      uptake / (c.liverTissueMl * c.liverPartition),
      (tumourArterialShare * r.arterialFlow + tumourPortalShare * r.portalFlow) / tumourCapacity,
    );
    for (let i = 0; i < volumeCount; i++) {
      let out = r.outflow[i] as number;
      if (i === liverBlood) out += uptake + leak;
      fastest = Math.max(fastest, out / (volumeMl[i] as number));
    }
    return fastest + (reservoirs.length > 0 ? Math.max(hydrolysis, circuitHydrolysis) : hydrolysis);
  }

  function derivative(r: Routing, y: Float64Array, source: Float64Array, dy: Float64Array): void {
    dy.fill(0);
    let infused = 0;
    const outflow = r.outflow;
    for (let i = 0; i < volumeCount; i++) {
      const m = ((outflow[i] as number) * (y[i] as number)) / (volumeMl[i] as number);
      rate[i] = m;
      dy[i] = -m;
    }
    for (let i = 0; i < infusions; i++) {
      rate[volumeCount + i] = source[i] as number;
      infused += source[i] as number;
    }
    let removedPerfusate = 0;
    let removedFilter = 0;
    let arterialMass = 0;
    let portalMass = 0;
    const { delivered, arterial, portal } = r;
    for (let sigma = 0; sigma < sources; sigma++) {
      const m = rate[sigma] as number;
      if (m === 0) continue;
      const row = sigma * destinations;
      for (let w = 0; w < volumeCount; w++) dy[w] = (dy[w] as number) + (delivered[row + w] as number) * m;
      removedPerfusate += (delivered[row + outside] as number) * m;
      removedFilter += (delivered[row + filtered] as number) * m;
      arterialMass += (arterial[sigma] as number) * m;
      portalMass += (portal[sigma] as number) * m;
    }

    const mSystemic = y[systemic] as number;
    const mLiverBlood = y[liverBlood] as number;
    const cSystemic = mSystemic / systemicMl;
    const cLiverBlood = mLiverBlood / liverBloodMl;
    let eliminated = 0;
    let liverBloodChange = dy[liverBlood] as number;
    let systemicChange = dy[systemic] as number;

    // Tumour: fed mostly by the arterial stream, drains into the liver bed.
    const { arterialFlow, portalFlow } = r;
    const cArterial = arterialFlow > 0 ? arterialMass / arterialFlow : 0;
    const cPortal = portalFlow > 0 ? portalMass / portalFlow : 0;
    const qTumourArterial = tumourArterialShare * arterialFlow;
    const qTumourPortal = tumourPortalShare * portalFlow;
    const mTumour = y[layout.tumour] as number;
    const tumourIn = qTumourArterial * cArterial + qTumourPortal * cPortal;
    const tumourOut = ((qTumourArterial + qTumourPortal) * mTumour) / tumourCapacity;
    const tumourLoss = hydrolysis * mTumour;
    dy[layout.tumour] = tumourIn - tumourOut - tumourLoss;
    liverBloodChange = liverBloodChange - tumourIn + tumourOut;
    eliminated += tumourLoss;

    // Liver tissue: uptake from liver blood, flow-limited, reversible.
    const mTissue = y[layout.liverTissue] as number;
    const uptake = (arterialFlow + portalFlow) * uptakePerFlow * (cLiverBlood - mTissue / tissueCapacity);
    const tissueLoss = hydrolysis * mTissue;
    dy[layout.liverTissue] = uptake - tissueLoss;
    liverBloodChange -= uptake;
    eliminated += tissueLoss;

    // Leak: exchange between the isolated liver's blood and the body, a share of the drained flow.
    const leak = leakFraction * r.drained * (cLiverBlood - cSystemic);
    liverBloodChange -= leak;
    systemicChange += leak;

    // Systemic distribution and clearance (label two-compartment model).
    const mPeripheral = y[layout.peripheral] as number;
    const distribution = k12 * mSystemic - k21 * mPeripheral;
    const cleared = k10 * mSystemic;
    systemicChange = systemicChange - distribution - cleared;
    dy[layout.peripheral] = distribution;
    eliminated += cleared;

    // Hydrolysis outside the systemic model: liver blood and circuits; stopped circuits emptied.
    const liverBloodLoss = hydrolysis * mLiverBlood;
    liverBloodChange -= liverBloodLoss;
    eliminated += liverBloodLoss;
    dy[liverBlood] = liverBloodChange;
    dy[systemic] = systemicChange;
    for (let i = 0; i < reservoirState.length; i++) {
      const s = reservoirState[i] as number;
      const m = y[s] as number;
      const loss = circuitHydrolysis * m;
      const discarded = (r.drain[reservoirDrain[i] as number] as number) * m;
      dy[s] = (dy[s] as number) - loss - discarded;
      eliminated += loss;
      removedPerfusate += discarded;
    }
    dy[layout.eliminated] = eliminated;
    dy[layout.removedByFilter] = removedFilter;
    dy[layout.removedWithPerfusate] = removedPerfusate;
    dy[layout.infused] = infused;
  }

  return { layout, fastestRate, derivative };
}
