import { describe, expect, it } from 'vitest';
import {
  type CompartmentConstants,
  createCompartments,
  createLayout,
} from '../../../renderer/src/physiology/compartments';
import { createRouter, type Routing } from '../../../renderer/src/physiology/routing';

const constants: CompartmentConstants = {
  k10: 0.05,
  k12: 0.04,
  k21: 0.02,
  hydrolysis: 0.009,
  circuitHydrolysis: 0.009,
  liverTissueMl: 1150,
  liverPartition: 4,
  uptakePerFlow: 0.02,
  tumourMl: 10,
  tumourPartition: 1,
  tumourArterialShare: 0.01,
  tumourPortalShare: 0.001,
  leakFraction: 0.05,
};

/** Systemic blood (node 0, 4 L), liver blood (node 2, 450 mL), a reservoir (node 3, 600 mL); node 1 is a junction. */
const nodeVolume = Float64Array.of(4000, 0, 450, 600);
const layout = createLayout(nodeVolume, 0, 2);

function routing(): Routing {
  const router = createRouter(
    {
      edgeFrom: Int32Array.of(0, 1, 2),
      edgeTo: Int32Array.of(1, 2, 3),
      systemicNode: 0,
      liverNode: 2,
      arterialEdges: [1],
      portalEdges: [],
      drainEdges: [2],
      reservoirNodes: [3],
      filterEdges: [],
      infusionEdges: [0],
    },
    layout,
    () => 0,
  );
  const r = router.make();
  router.load(r, {
    flows: Float64Array.of(0, 0, 500),
    offset: 0,
    transmission: new Float64Array(0),
    drain: Float64Array.of(0.5),
  });
  router.prepare(r);
  r.arterialFlow = 400;
  r.portalFlow = 100;
  return r;
}

describe('compartment model', () => {
  it('names every slot of the state once', () => {
    const slots = [
      layout.systemic,
      layout.liverBlood,
      layout.stateOf[3] as number,
      layout.peripheral,
      layout.liverTissue,
      layout.tumour,
      layout.eliminated,
      layout.removedByFilter,
      layout.removedWithPerfusate,
      layout.infused,
    ];
    expect(new Set(slots).size).toBe(layout.size);
    expect([...slots].sort((a, b) => a - b)).toEqual([...Array(layout.size).keys()]);
    expect(layout.stateOf[1]).toBe(-1);
    expect(Array.from(layout.volumeMl)).toEqual([4000, 450, 600]);
  });

  it('moves drug between pools without creating or losing any', () => {
    const model = createCompartments(
      layout,
      constants,
      [{ state: layout.stateOf[3] as number, drainSlot: 0 }],
      1,
    );
    const y = new Float64Array(layout.size);
    y[layout.systemic] = 10;
    y[layout.liverBlood] = 40;
    y[layout.stateOf[3] as number] = 30;
    y[layout.peripheral] = 5;
    y[layout.liverTissue] = 20;
    y[layout.tumour] = 1;
    const dy = new Float64Array(layout.size);
    model.derivative(routing(), y, Float64Array.of(3), dy);
    let held = 0;
    for (let i = 0; i < layout.size; i++) if (i !== layout.infused) held += dy[i] as number;
    expect(held).toBeCloseTo(dy[layout.infused] as number, 12);
    expect(dy[layout.infused]).toBe(3);
    // Systemic clearance and distribution follow the label's micro-constants.
    const systemicOnly = new Float64Array(layout.size);
    systemicOnly[layout.systemic] = 10;
    const r = routing();
    r.drained = 0;
    model.derivative(r, systemicOnly, Float64Array.of(0), dy);
    expect(dy[layout.peripheral]).toBeCloseTo(constants.k12 * 10, 12);
    expect(dy[layout.eliminated]).toBeCloseTo(constants.k10 * 10, 12);
  });

  it('drains a stopped circuit into the discarded perfusate', () => {
    const model = createCompartments(
      layout,
      constants,
      [{ state: layout.stateOf[3] as number, drainSlot: 0 }],
      1,
    );
    const y = new Float64Array(layout.size);
    y[layout.stateOf[3] as number] = 30;
    const dy = new Float64Array(layout.size);
    const r = routing();
    r.outflow.fill(0);
    model.derivative(r, y, Float64Array.of(0), dy);
    expect(dy[layout.removedWithPerfusate]).toBeCloseTo(0.5 * 30, 12);
    expect(dy[layout.eliminated]).toBeCloseTo(constants.hydrolysis * 30, 12);
  });

  it('sets the pace by its fastest pool', () => {
    const model = createCompartments(layout, constants, [], 1);
    const r = routing();
    r.outflow.fill(0);
    r.drained = 0;
    r.arterialFlow = 0;
    r.portalFlow = 0;
    expect(model.fastestRate(r)).toBeCloseTo(constants.k10 + constants.k12 + constants.hydrolysis, 12);
    r.outflow[layout.liverBlood] = 4500;
    expect(model.fastestRate(r)).toBeCloseTo(10 + constants.hydrolysis, 9);
  });
});
