import {
  type CompartmentConstants,
  createCompartments,
  createLayout,
  type StateLayout,
} from './compartments';
import { createIntegrator } from './integrator';
import { solveDense } from './linearSolve';
import { type Conditions, createRouter, type Routing, type RoutingSetup } from './routing';

/**
 * Drug transport on the flow network: flow routing (routing.ts), the compartment model
 * (compartments.ts) and the time stepping (integrator.ts) put together. Nodes with a volume
 * (systemic blood at the heart, liver blood, circuit reservoirs) hold drug; every other node is a
 * junction that mixes what flows in and passes it on at once. Tissue pools hang off their blood
 * pools; eliminated, removed and infused drug are pools too, so drug is conserved.
 */

export type { Conditions } from './routing';

export interface TransportSetup extends RoutingSetup, CompartmentConstants {
  /** mL per node; 0 for a junction without volume. */
  nodeVolume: Float64Array;
}

/** What differs at the end of a step: nothing, only drains and filter transmission ('inputs'), or the flows too. */
export type Change = boolean | 'inputs';

export interface Transport {
  readonly layout: StateLayout;
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
   * Advances `y` by `dtMin` minutes to the moment described by `next`; `source` is constant over
   * the step. `changed` says what differs from the current moment: nothing (false), only drains
   * and filter transmission ('inputs'), or the flows as well (true).
   */
  advance(y: Float64Array, dtMin: number, source: Float64Array, next: Conditions, changed: Change): void;
  /**
   * Drug-time (mg·min) each pool holds from now on, to infinity, if the current moment lasts and
   * no more drug enters: ∫ y dt, exact for the linear model. Accumulating pools are left at 0.
   */
  remainingExposure(y: Float64Array, out: Float64Array): void;
  /** The pools (mg) at steady state under the current moment with a constant input `source` (mg/min). */
  steadyState(source: Float64Array, out: Float64Array): void;
}

export function createTransport(setup: TransportSetup): Transport {
  const layout = createLayout(setup.nodeVolume, setup.systemicNode, setup.liverNode);
  const { stateOf, volumeNodes, volumeCount, volumeMl } = layout;
  const nodeCount = stateOf.length;
  const infusions = setup.infusionEdges.length;
  const reservoirs = setup.reservoirNodes.flatMap((node, drainSlot) => {
    const state = stateOf[node] ?? -1;
    return state >= 0 ? [{ state, drainSlot }] : [];
  });
  const model = createCompartments(layout, setup, reservoirs, infusions);
  const router = createRouter(setup, layout, model.fastestRate);
  const integrator = createIntegrator<Routing>(layout.size, infusions, model.derivative);
  const sources = router.sources;

  let current = router.make();
  let next = router.make();
  const midA = router.make();
  const midB = router.make();
  const conc = new Float64Array(nodeCount);
  const flows = new Float64Array(setup.edgeFrom.length);

  /** The routing at the end of a step, given what changed; `current` when nothing did. */
  function targetOf(at: Conditions, changed: Change): Routing {
    // With several filters the routing is not a simple blend: route afresh.
    if (changed === 'inputs' && setup.filterEdges.length <= 1) {
      // Same flows: only the filter's efficiency or a circuit's drain moved.
      if (setup.filterEdges.length === 1) {
        next.q.set(current.q);
        next.trans[setup.filterEdges[0] as number] = at.transmission[0] as number;
        router.prepare(next, true);
      } else router.copy(next, current);
      next.drain.set(at.drain);
      return next;
    }
    if (changed) {
      router.load(next, at);
      router.prepare(next);
      return next;
    }
    return current;
  }

  // Pools that hold drug (not the ones that only count it): the linear system that empties them.
  const live = [...Array(volumeCount).keys(), layout.peripheral, layout.liverTissue, layout.tumour];

  /** Solves A·x = rhs over the live pools, A being the current moment's rate matrix. */
  function solveLive(rhs: Float64Array, out: Float64Array): void {
    const n = live.length;
    const matrix = new Float64Array(n * n);
    const unit = new Float64Array(layout.size);
    const rate = new Float64Array(layout.size);
    const none = new Float64Array(infusions);
    for (let j = 0; j < n; j++) {
      unit.fill(0);
      unit[live[j] as number] = 1;
      model.derivative(current, unit, none, rate);
      for (let i = 0; i < n; i++) matrix[i * n + j] = rate[live[i] as number] as number;
    }
    const x = Float64Array.from(live, (slot) => rhs[slot] as number);
    if (!solveDense(matrix, x, n)) throw new Error('physiology: a pool never empties (singular rate matrix)');
    out.fill(0);
    for (let i = 0; i < n; i++) out[live[i] as number] = x[i] as number;
  }

  return {
    layout,
    nodeConc: conc,
    flows,
    begin(at) {
      router.load(current, at);
      router.prepare(current);
      flows.set(current.q);
    },
    observe(y, source, junctions = true) {
      for (let i = 0; i < volumeCount; i++)
        conc[volumeNodes[i] as number] = (y[i] as number) / (volumeMl[i] as number);
      if (!junctions) return;
      const weight = router.weightsOf(current);
      const still = current.still;
      for (let n = 0; n < nodeCount; n++) {
        if ((stateOf[n] as number) >= 0 || still[n]) continue;
        let c = 0;
        const row = n * sources;
        for (let i = 0; i < volumeCount; i++)
          c += (weight[row + i] as number) * (conc[volumeNodes[i] as number] as number);
        for (let i = 0; i < infusions; i++)
          c += (weight[row + volumeCount + i] as number) * (source[i] as number);
        conc[n] = c;
      }
    },
    junctionConc(node, source) {
      if ((stateOf[node] as number) >= 0) return conc[node] as number;
      if (current.still[node]) return 0;
      let c = 0;
      for (let i = 0; i < sources; i++) {
        const input =
          i < volumeCount ? (conc[volumeNodes[i] as number] as number) : (source[i - volumeCount] as number);
        c += router.weightAt(current, node, i) * input;
      }
      return c;
    },
    advance(y, dtMin, source, at, changed) {
      if (changed === false) {
        integrator.quietStep(y, dtMin, source, current);
        return;
      }
      integrator.contextChanged();
      const target = targetOf(at, changed);
      const pieces = integrator.piecesFor(dtMin, Math.max(current.fastest, target.fastest));
      const h = dtMin / pieces;
      if (pieces === 1 || target === current) {
        for (let s = 0; s < pieces; s++) integrator.heun(y, h, source, current, target);
      } else {
        // Long steps across a change: the routing moves linearly from one end to the other.
        for (let s = 0; s < pieces; s++) {
          if (s > 0) router.blend(midA, current, target, s / pieces);
          if (s < pieces - 1) router.blend(midB, current, target, (s + 1) / pieces);
          integrator.heun(y, h, source, s === 0 ? current : midA, s === pieces - 1 ? target : midB);
        }
        // The in-between routings replaced the cached one.
        router.forgetCache();
      }
      if (target !== current) {
        next = current;
        current = target;
        flows.set(current.q);
      }
    },
    remainingExposure(y, out) {
      // ∫ y dt from now = -A⁻¹·y for dy/dt = A·y.
      solveLive(
        y.map((v) => -v),
        out,
      );
    },
    steadyState(source, out) {
      // 0 = A·y + b, with b the input alone (the derivative at y = 0).
      const input = new Float64Array(layout.size);
      model.derivative(current, new Float64Array(layout.size), source, input);
      solveLive(
        input.map((v) => -v),
        out,
      );
    },
  };
}
