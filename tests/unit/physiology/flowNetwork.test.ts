import { describe, expect, it } from 'vitest';
import {
  createSample,
  defaultParams,
  FLOW_PATH_IDS,
  sampleAt,
  solveProcedure,
} from '../../../renderer/src/physiology';
import { deviceStateVector } from '../../../renderer/src/physiology/deviceStates';
import {
  createFlowModel,
  type FlowModel,
  flowsAt,
  junctions,
} from '../../../renderer/src/physiology/flowNetwork';
import type { FlowPathId } from '../../../renderer/src/procedure/ids';
import type { Procedure } from '../../../renderer/src/procedure/schema';
import {
  ID,
  load,
  midStepS,
  NAMES,
  type ProcedureName,
  stepTimes,
  variant,
  withoutDevices,
} from './fixtures';

function flowOf(model: FlowModel, flows: Float64Array, id: string): number {
  const i = model.edges.findIndex((e) => e.id === id);
  if (i < 0) throw new Error(`no edge ${id}`);
  return flows[i] as number;
}

/** Largest imbalance (mL/min) over every junction of the network. */
function worstImbalance(model: FlowModel, flows: Float64Array): { node: string; imbalance: number } {
  let worst = { node: '', imbalance: 0 };
  for (const j of junctions(model)) {
    let sum = 0;
    for (const id of j.inflow) sum += flowOf(model, flows, id);
    for (const id of j.outflow) sum -= flowOf(model, flows, id);
    if (Math.abs(sum) > worst.imbalance) worst = { node: j.node, imbalance: Math.abs(sum) };
  }
  return worst;
}

function model(procedure: Procedure): FlowModel {
  return createFlowModel(procedure, defaultParams(procedure));
}

describe('flow network at rest', () => {
  const php = load(ID.php);
  const m = model(php);
  const flows = flowsAt(m, php, 0);
  const f = (id: string) => flowOf(m, flows, id);

  it('gives the liver 1,500 mL/min, a quarter arterial, from a cardiac output of 5 L/min', () => {
    expect(f('x:heart')).toBeCloseTo(5000, 6);
    expect(f('rightHepaticArtery') + f('leftHepaticArtery')).toBeCloseTo(375, 6);
    expect(f('rightPortalVein') + f('leftPortalVein')).toBeCloseTo(1125, 6);
    expect(f('rightHepaticVein') + f('middleHepaticVein') + f('leftHepaticVein')).toBeCloseTo(1500, 6);
    expect(f('portalVein')).toBeCloseTo(f('splenicVein') + f('superiorMesentericVein'), 6);
  });

  it('runs every vessel in its normal direction and leaves the circuits empty', () => {
    FLOW_PATH_IDS.forEach((id, i) => {
      if (id.startsWith('php') || id.startsWith('ihp')) expect(flows[i], id).toBe(0);
      else expect(flows[i] as number, id).toBeGreaterThan(0);
    });
  });
});

describe('conservation of flow', () => {
  it.each(NAMES)('%s: every junction balances in every step and at every transition midpoint', (name) => {
    const procedure = load(name);
    const m = model(procedure);
    for (const { label, timeS } of stepTimes(procedure)) {
      const worst = worstImbalance(m, flowsAt(m, procedure, timeS));
      expect(worst.imbalance, `${label}: ${worst.node}`).toBeLessThan(1e-6);
    }
  });

  it.each(NAMES)(
    '%s: the solution replays the solved flows (exactly at transition midpoints, keyframes)',
    (name) => {
      const procedure = load(name);
      const m = model(procedure);
      const solution = solveProcedure(procedure, defaultParams(procedure));
      const sample = createSample();
      for (const { label, timeS } of stepTimes(procedure)) {
        const exact = flowsAt(m, procedure, timeS);
        sampleAt(solution, timeS, sample);
        // Between keyframes flows are interpolated: within 1% of the cardiac output.
        const tolerance = label.endsWith('transition middle') ? 1e-6 : 50;
        FLOW_PATH_IDS.forEach((id, i) => {
          const error = Math.abs((sample.pathFlow[i] as number) - (exact[i] as number));
          expect(error, `${label} ${id}`).toBeLessThan(tolerance);
        });
      }
    },
    30_000,
  );

  it('balances with random device states too (pumps and clamps half-way)', () => {
    for (const name of NAMES) {
      const procedure = load(name);
      const m = model(procedure);
      let seed = 7;
      const random = () => {
        seed = (seed * 16807) % 2147483647;
        return seed / 2147483647;
      };
      for (let n = 0; n < 200; n++) {
        const states = Float64Array.from(procedure.devices, () => random());
        const flows = new Float64Array(m.edges.length);
        m.solve(states, flows);
        expect(worstImbalance(m, flows).imbalance).toBeLessThan(1e-6);
      }
    }
  });
});

/** Flows in the middle of a step of a built-in procedure. */
function at(name: ProcedureName, stepId: string) {
  const procedure = load(name);
  const m = model(procedure);
  const flows = flowsAt(m, procedure, midStepS(procedure, stepId));
  return { params: defaultParams(procedure), f: (id: FlowPathId | string) => flowOf(m, flows, id) };
}

describe('IHP rerouting', () => {
  const { params, f } = at(ID.ihp, 'perfusion');

  it('carries nothing through the clamped vessels', () => {
    for (const id of ['ivcSuprahepatic', 'ivcInfrahepatic', 'portalVein', 'commonHepaticArtery'])
      expect(f(id), id).toBe(0);
    // Between the caval clamps nothing moves either: the liver drains into the outflow cannula.
    expect(Math.abs(f('ivcRetrohepatic'))).toBeLessThan(1e-9);
    expect(f('rightPortalVein') + f('leftPortalVein')).toBe(0);
  });

  it('perfuses the liver in a closed loop: inflow line, GDA backwards, proper hepatic artery', () => {
    const perfusion = params.circuitFlow as number;
    expect(f('ihpInflowLine')).toBeCloseTo(perfusion, 6);
    expect(f('gastroduodenalArtery')).toBeCloseTo(-perfusion, 6);
    expect(f('properHepaticArtery')).toBeCloseTo(perfusion, 6);
    expect(f('rightHepaticVein') + f('middleHepaticVein') + f('leftHepaticVein')).toBeCloseTo(perfusion, 6);
    expect(f('ihpOutflowLine')).toBeCloseTo(perfusion, 6);
  });

  it('returns the lower body and gut blood through the bypass to the axillary vein', () => {
    const bypass = params.bypassFlow as number;
    expect(f('ihpBypassCavalLine') + f('ihpBypassPortalLine')).toBeCloseTo(bypass, 6);
    expect(f('ihpBypassReturnLine')).toBeCloseTo(bypass, 6);
    expect(f('leftAxillaryVein')).toBeGreaterThan(bypass);
    expect(f('superiorMesentericVein')).toBeGreaterThan(0);
  });

  it('diverts part of the perfusate to waste during the washout', () => {
    const washout = at(ID.ihp, 'washout').f;
    expect(washout('x:washoutOut:washout')).toBeGreaterThan(0);
    expect(washout('ihpOxygenatorLine')).toBeCloseTo(
      washout('ihpOutflowLine') - washout('x:washoutOut:washout'),
      6,
    );
    expect(washout('ihpInflowLine')).toBeCloseTo(washout('ihpOutflowLine'), 6);
  });
});

describe('PHP rerouting', () => {
  const { params, f } = at(ID.php, 'infusion');

  it('sends all hepatic venous blood through the drain, filters and jugular return', () => {
    const hepaticVenous = f('rightHepaticVein') + f('middleHepaticVein') + f('leftHepaticVein');
    expect(hepaticVenous).toBeCloseTo(params.circuitFlow as number, 6);
    expect(f('phpDrainLine')).toBeCloseTo(hepaticVenous, 6);
    expect(f('phpFilterLine')).toBeCloseTo(hepaticVenous, 6);
    expect(f('phpReturnLine')).toBeCloseTo(hepaticVenous, 6);
    expect(f('x:hepaticVenousOstia')).toBe(0);
    expect(f('rightInternalJugularVein')).toBeGreaterThan(hepaticVenous);
  });

  it('keeps the arterial and portal inflow and lets lower-body blood pass in the catheter lumen', () => {
    expect(f('rightHepaticArtery') + f('leftHepaticArtery')).toBeCloseTo(375, 0);
    expect(f('portalVein')).toBeGreaterThan(1000);
    expect(f('ivcInfrahepatic')).toBeGreaterThan(2000);
    expect(f('ivcRetrohepatic')).toBeCloseTo(f('ivcInfrahepatic'), 6);
    expect(f('ivcSuprahepatic')).toBeCloseTo(f('ivcRetrohepatic'), 6);
  });

  it('carries nothing in the infusion catheter: its infusate is drug, not blood flow', () => {
    expect(f('phpInfusionCatheter')).toBe(0);
  });
});

describe('device states drive the flows', () => {
  const php = load(ID.php);
  const m = model(php);
  const states = deviceStateVector(php, midStepS(php, 'infusion'));
  const index = (id: string) => php.devices.findIndex((d) => d.id === id);
  const solve = (edit: (s: Float64Array) => void) => {
    const s = Float64Array.from(states);
    edit(s);
    const flows = new Float64Array(m.edges.length);
    m.solve(s, flows);
    return (id: string) => flowOf(m, flows, id);
  };

  it('scales a pump between off and on', () => {
    const half = solve((s) => {
      s[index('circuitPump')] = 0.5;
    });
    expect(half('phpDrainLine')).toBeCloseTo(750, 6);
    const off = solve((s) => {
      s[index('circuitPump')] = 0;
    });
    expect(off('phpDrainLine')).toBe(0);
  });

  it('stops a circuit whose catheter or cannula is out', () => {
    const out = solve((s) => {
      s[index('jugularReturnCatheter')] = 0;
    });
    expect(out('phpDrainLine')).toBe(0);
    expect(out('phpReturnLine')).toBe(0);
  });

  it('IHP: a bypass cannula out stops the whole bypass, whatever its pump does', () => {
    const ihp = load(ID.ihp);
    const v = model(ihp);
    const s = deviceStateVector(ihp, midStepS(ihp, 'perfusion'));
    s[ihp.devices.findIndex((d) => d.id === 'bypassCavalCannula')] = 0;
    const flows = new Float64Array(v.edges.length);
    v.solve(s, flows);
    for (const id of ['ihpBypassCavalLine', 'ihpBypassPortalLine', 'ihpBypassReturnLine']) {
      expect(flowOf(v, flows, id), id).toBe(0);
    }
    expect(worstImbalance(v, flows).imbalance).toBeLessThan(1e-6);
  });

  it('needs no new code for a variant: IHP without the portal bypass still balances and isolates', () => {
    const procedure = variant(ID.ihp, (data) => {
      withoutDevices(data, (id) => id === 'bypassPortalCannula');
      data.circuit = data.circuit.filter((line) => line !== 'ihpBypassPortalLine');
    });
    const v = model(procedure);
    const flows = flowsAt(v, procedure, midStepS(procedure, 'perfusion'));
    expect(worstImbalance(v, flows).imbalance).toBeLessThan(1e-6);
    expect(flowOf(v, flows, 'ihpBypassPortalLine')).toBe(0);
    expect(flowOf(v, flows, 'portalVein')).toBe(0);
  });
});
