import type { Procedure } from '../procedure/schema';
import type { FlowModel } from './flowNetwork';
import { MASS_COLUMN, MASS_POOLS } from './ids';
import { edgeOf } from './inputs';
import { writeMass } from './massTable';
import { IV_INFUSION_PATH } from './network';
import { type Conditions, createTransport, type TransportSetup } from './transport';

/** The IV comparator's concentrations (mg/L) per row, its pools at the end and its worst mass-balance error. */
export interface ComparatorResult {
  systemic: Float32Array;
  liverBlood: Float32Array;
  tumour: Float32Array;
  massFinal: Float64Array;
  massBalanceError: number;
  /** AUC (mg·min/L) still to come after the last row, to infinity. */
  tail: { systemic: number; liverBlood: number; tumour: number };
}

/** The patient with every device off and the drug given into a peripheral vein. */
function comparatorTransport(procedure: Procedure, model: FlowModel, setup: TransportSetup) {
  const baseline = new Float64Array(model.edges.length);
  model.solve(new Float64Array(procedure.devices.length), baseline);
  const volumes = new Float64Array(setup.nodeVolume.length);
  volumes[setup.systemicNode] = setup.nodeVolume[setup.systemicNode] as number;
  volumes[setup.liverNode] = setup.nodeVolume[setup.liverNode] as number;
  const transport = createTransport({
    ...setup,
    nodeVolume: volumes,
    reservoirNodes: [],
    filterEdges: [],
    infusionEdges: [edgeOf(model, IV_INFUSION_PATH)],
  });
  const empty = new Float64Array(0);
  const conditions: Conditions = { flows: baseline, offset: 0, transmission: empty, drain: empty };
  transport.begin(conditions);
  return {
    transport,
    conditions,
    systemicMl: volumes[setup.systemicNode] as number,
    liverBloodMl: volumes[setup.liverNode] as number,
  };
}

/**
 * The label's clearance is the whole body's, hydrolysis included. The model also lets drug
 * hydrolyse in the liver blood, liver tissue and tumour, so its central clearance is the label's
 * less what those pools clear at steady state after an IV infusion: then the IV comparator's
 * AUC to infinity is exactly dose / clearance.
 */
export function withLabelClearance(
  procedure: Procedure,
  model: FlowModel,
  setup: TransportSetup,
): TransportSetup {
  const { transport } = comparatorTransport(procedure, model, setup);
  const pools = new Float64Array(transport.layout.size);
  transport.steadyState(Float64Array.of(1), pools);
  const central = pools[transport.layout.systemic] as number;
  // At steady state 1 mg/min leaves: k10 · central + what the liver pools hydrolyse.
  const liverPools = 1 - setup.k10 * central;
  const k10 = setup.k10 - liverPools / central;
  if (!(k10 > 0)) {
    throw new Error(
      'invalid physiology parameters: hydrolysis in the liver exceeds the label clearance (raise hydrolysisHalfLife or lower liverPartition)',
    );
  }
  return { ...setup, k10 };
}

/**
 * The same infusion given into a peripheral vein with every device off: the regional advantage
 * is measured against this. `infusionRate` (mg/min) holds one entry per step of `dtMin`.
 */
export function solveComparator(
  procedure: Procedure,
  model: FlowModel,
  setup: TransportSetup,
  infusionRate: Float64Array,
  dtMin: number,
): ComparatorResult {
  const count = infusionRate.length + 1;
  const { transport, conditions, systemicMl, liverBloodMl } = comparatorTransport(procedure, model, setup);
  const { layout } = transport;
  const source = new Float64Array(1);
  const massRow = new Float64Array(MASS_POOLS.length);
  const y = new Float64Array(layout.size);
  const result: ComparatorResult = {
    systemic: new Float32Array(count),
    liverBlood: new Float32Array(count),
    tumour: new Float32Array(count),
    massFinal: massRow,
    massBalanceError: 0,
    tail: { systemic: 0, liverBlood: 0, tumour: 0 },
  };
  let worst = 0;
  for (let k = 0; k < count; k++) {
    result.systemic[k] = (1000 * (y[layout.systemic] as number)) / systemicMl;
    result.liverBlood[k] = (1000 * (y[layout.liverBlood] as number)) / liverBloodMl;
    result.tumour[k] = (1000 * (y[layout.tumour] as number)) / setup.tumourMl;
    writeMass(massRow, 0, layout, y, 0);
    let held = 0;
    for (let i = 0; i < MASS_POOLS.length; i++) if (i !== MASS_COLUMN.infused) held += massRow[i] as number;
    worst = Math.max(worst, Math.abs(held - (massRow[MASS_COLUMN.infused] as number)));
    if (k + 1 === count) break;
    source[0] = infusionRate[k] as number;
    transport.advance(y, dtMin, source, conditions, false);
  }
  result.massBalanceError = worst / Math.max(massRow[MASS_COLUMN.infused] as number, 1e-12);
  const remaining = new Float64Array(layout.size);
  transport.remainingExposure(y, remaining);
  result.tail = {
    systemic: (1000 * (remaining[layout.systemic] as number)) / systemicMl,
    liverBlood: (1000 * (remaining[layout.liverBlood] as number)) / liverBloodMl,
    tumour: (1000 * (remaining[layout.tumour] as number)) / setup.tumourMl,
  };
  return result;
}
