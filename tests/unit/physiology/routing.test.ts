import { describe, expect, it } from 'vitest';
import { createLayout } from '../../../renderer/src/physiology/compartments';
import { type Conditions, createRouter, type RoutingSetup } from '../../../renderer/src/physiology/routing';

/**
 * A small network: volume A (node 0) feeds junction J (node 1), which splits into volume B
 * (node 2, the "liver", by an arterial edge) and reservoir C (node 3, through a filter); both
 * return to A. Drug is infused on the edge A → J.
 */
const A = 0;
const J = 1;
const B = 2;
const C = 3;
const nodeVolume = Float64Array.of(100, 0, 50, 10);
const setup: RoutingSetup = {
  edgeFrom: Int32Array.of(A, J, J, B, C),
  edgeTo: Int32Array.of(J, B, C, A, A),
  systemicNode: A,
  liverNode: B,
  arterialEdges: [1],
  portalEdges: [],
  drainEdges: [],
  reservoirNodes: [C],
  filterEdges: [2],
  infusionEdges: [0],
};
const layout = createLayout(nodeVolume, A, B);
const destinations = layout.volumeCount + 2;
const OUTSIDE = layout.volumeCount;
const FILTER = layout.volumeCount + 1;

function routed(flows: number[], transmission: number) {
  const router = createRouter(setup, layout, () => 0);
  const r = router.make();
  const at: Conditions = {
    flows: Float64Array.from(flows),
    offset: 0,
    transmission: Float64Array.of(transmission),
    drain: new Float64Array(1),
  };
  router.load(r, at);
  router.prepare(r);
  const delivered = (source: number, to: number) => r.delivered[source * destinations + to] as number;
  return { router, r, delivered };
}

describe('flow routing', () => {
  it('splits drug at a junction by flow, and the filter takes its share', () => {
    const { r, delivered } = routed([30, 20, 10, 20, 10], 0.5);
    const a = layout.stateOf[A] as number;
    const b = layout.stateOf[B] as number;
    const c = layout.stateOf[C] as number;
    expect(delivered(a, b)).toBeCloseTo(2 / 3, 12);
    expect(delivered(a, c)).toBeCloseTo(1 / 6, 12);
    expect(delivered(a, FILTER)).toBeCloseTo(1 / 6, 12);
    expect(delivered(a, OUTSIDE)).toBe(0);
    // The infusion joins the blood below its catheter tip: the same split.
    const infusion = layout.volumeCount;
    expect(delivered(infusion, b)).toBeCloseTo(2 / 3, 12);
    expect(r.arterial[a]).toBeCloseTo(2 / 3, 12);
    expect(r.arterialFlow).toBe(20);
    expect(Array.from(r.outflow)).toEqual([30, 20, 10]);
  });

  it('delivers every source’s drug somewhere: each row sums to one', () => {
    for (const transmission of [0, 0.3, 1]) {
      const { delivered } = routed([30, 20, 10, 20, 10], transmission);
      for (let source = 0; source < layout.volumeCount + 1; source++) {
        let sum = 0;
        for (let to = 0; to < destinations; to++) sum += delivered(source, to);
        expect(sum).toBeCloseTo(1, 12);
      }
    }
  });

  it('blends the filter’s transmission exactly as routing afresh would', () => {
    const blended = routed([30, 20, 10, 20, 10], 0.25);
    const router = createRouter({ ...setup, filterEdges: [2, 2] }, layout, () => 0);
    const direct = router.make();
    router.load(direct, {
      flows: Float64Array.of(30, 20, 10, 20, 10),
      offset: 0,
      transmission: Float64Array.of(0.25, 0.25),
      drain: new Float64Array(1),
    });
    router.prepare(direct);
    for (let i = 0; i < direct.delivered.length; i++)
      expect(blended.r.delivered[i]).toBeCloseTo(direct.delivered[i] as number, 12);
  });

  it('gives junction concentrations as weights of the sources', () => {
    const { router, r } = routed([30, 20, 10, 20, 10], 1);
    const sources = router.sources;
    const weight = router.weightsOf(r);
    expect(weight[J * sources + (layout.stateOf[A] as number)]).toBeCloseTo(1, 12);
    // 1 mg/min into 30 mL/min of blood.
    expect(weight[J * sources + layout.volumeCount]).toBeCloseTo(1 / 30, 12);
    expect(router.weightAt(r, J, layout.volumeCount)).toBeCloseTo(1 / 30, 12);
  });

  it('follows reversed flows, and sends drug from a still junction to the systemic blood', () => {
    const reversed = routed([-30, -20, -10, -20, -10], 1);
    const b = layout.stateOf[B] as number;
    expect(reversed.delivered(b, layout.stateOf[A] as number)).toBeCloseTo(1, 12);
    const still = routed([0, 0, 0, 0, 0], 1);
    expect(still.r.still[J]).toBe(1);
    expect(still.delivered(layout.volumeCount, layout.stateOf[A] as number)).toBe(1);
  });
});
