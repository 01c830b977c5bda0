import type { Procedure } from '../procedure/schema';
import { type FlowModel, nodeIndex } from './flowNetwork';
import { keyframes, keyframeTimes, transitionWindows } from './keyframes';
import { CIRCUIT_GROUPS } from './network';
import type { PhysiologyParams } from './params';
import type { Change, Conditions } from './transport';

/** A stopped circuit's remaining contents are discarded within minutes (rate constant, 1/min). */
const DRAIN_PER_MIN = 1;

/** One row of time-varying inputs, read from the keyframes. */
export interface Row extends Conditions {
  states: Float64Array;
  /** Filter extraction × filter state per filter device. */
  extraction: Float64Array;
  /** The cartridges' own extraction at this time (the GEN2 time course). */
  filterOwn: number;
  /** Keyframe at or before this row. */
  segment: number;
}

/** What drives the transport over time: device states, flows, drains and filter transmission per row. */
export interface ProcedureInputs {
  times: number[];
  /** keyframes × edges, mL/min. */
  keyFlows: Float64Array;
  /** Device indexes of the infusions and filters, and the edges they sit on. */
  infusions: number[];
  infusionEdges: number[];
  filters: number[];
  filterEdges: number[];
  /** Reservoir node of each circuit that has a pump. */
  reservoirNodes: number[];
  makeRow(): Row;
  /** Fills `row` for time `t` (s); says what the transport sees differently from `previous`. */
  fillRow(t: number, row: Row, previous: Row): Change;
}

/** Filter extraction at a time since the infusion started: the GEN2 figures, linear in between. */
export function filterExtractionAt(p: PhysiologyParams, minutesSinceInfusion: number): number {
  const early = p.filterEarlyMin ?? 10;
  const late = p.filterLateMin ?? 60;
  const eEarly = p.filterExtractionEarly ?? 0;
  const eLate = p.filterExtractionLate ?? 0;
  if (minutesSinceInfusion <= early) return eEarly;
  if (minutesSinceInfusion >= late) return eLate;
  return eEarly + ((eLate - eEarly) * (minutesSinceInfusion - early)) / (late - early);
}

export function edgeOf(model: FlowModel, path: string): number {
  return model.edges.findIndex((e) => e.id === path);
}

export function procedureInputs(
  procedure: Procedure,
  model: FlowModel,
  p: PhysiologyParams,
  durationS: number,
  dtS: number,
): ProcedureInputs {
  const edges = model.edges.length;
  const devices = procedure.devices;
  const d = devices.length;
  const keys = keyframes(procedure, model, keyframeTimes(transitionWindows(procedure), durationS, dtS));
  const indexesOf = (kind: string) => devices.flatMap((dev, i) => (dev.kind === kind ? [i] : []));
  const infusions = indexesOf('infusion');
  const filters = indexesOf('filter');
  const edgesOf = (list: number[]) => list.map((i) => edgeOf(model, devices[i]?.at ?? ''));

  let infusionStartMin = 0;
  for (let j = 0; j < keys.times.length; j++) {
    if (infusions.some((i) => (keys.states[j * d + i] as number) > 0)) {
      infusionStartMin = (keys.times[Math.max(0, j - 1)] as number) / 60;
      break;
    }
  }

  const reservoirGroups = CIRCUIT_GROUPS.map((g, i) => ({ g, i })).filter(
    ({ g }) =>
      g.reservoir &&
      devices.some((dev) => dev.kind === 'pump' && (g.lines as readonly string[]).includes(dev.at)),
  );
  const reservoirNodes = reservoirGroups.map(({ g }) =>
    nodeIndex(g.reservoir as NonNullable<typeof g.reservoir>),
  );
  const reservoirGroupIndex = reservoirGroups.map(({ i }) => i);
  const activity = new Float64Array(CIRCUIT_GROUPS.length);

  const makeRow = (): Row => ({
    flows: new Float64Array(edges),
    offset: 0,
    transmission: new Float64Array(filters.length).fill(1),
    drain: new Float64Array(reservoirNodes.length),
    states: new Float64Array(d),
    extraction: new Float64Array(filters.length),
    filterOwn: 0,
    segment: -1,
  });

  const fillRow = (t: number, row: Row, previous: Row): Change => {
    let j = Math.max(0, previous.segment);
    while (j < keys.times.length - 2 && (keys.times[j + 1] as number) <= t) j++;
    const moving = !keys.still[j];
    const next = Math.min(j + 1, keys.times.length - 1);
    // The transport sees each stretch between keyframes with its mean flows: a handful of flow
    // states per transition instead of one per second. Both ends conserve flow, so does the mean.
    const flowsMove = j !== previous.segment;
    let changed: Change = flowsMove;
    if (flowsMove) {
      const a = j * edges;
      const b = next * edges;
      const w = moving ? 0.5 : 0;
      for (let e = 0; e < edges; e++) {
        const fa = keys.flows[a + e] as number;
        row.flows[e] = fa + w * ((keys.flows[b + e] as number) - fa);
      }
    }
    // Otherwise row.flows is left as it is: the transport reads flows only when they change.
    if (moving || flowsMove) {
      const t0 = keys.times[j] as number;
      const t1 = keys.times[next] as number;
      const w = moving && t1 > t0 ? Math.min(1, Math.max(0, (t - t0) / (t1 - t0))) : 0;
      const sa = j * d;
      const sb = next * d;
      for (let i = 0; i < d; i++) {
        const va = keys.states[sa + i] as number;
        row.states[i] = va + w * ((keys.states[sb + i] as number) - va);
      }
      model.groupActivity(row.states, activity);
      for (let r = 0; r < reservoirGroupIndex.length; r++) {
        row.drain[r] = DRAIN_PER_MIN * (1 - (activity[reservoirGroupIndex[r] as number] as number));
        if (!changed && row.drain[r] !== previous.drain[r]) changed = 'inputs';
      }
    } else {
      row.states.set(previous.states);
      row.drain.set(previous.drain);
    }
    row.segment = j;
    if (filters.length > 0) {
      const extraction = filterExtractionAt(p, t / 60 - infusionStartMin);
      row.filterOwn = extraction;
      for (let i = 0; i < filters.length; i++) {
        row.extraction[i] = extraction * (row.states[filters[i] as number] as number);
        row.transmission[i] = 1 - (row.extraction[i] as number);
        if (!changed && row.transmission[i] !== previous.transmission[i]) changed = 'inputs';
      }
    }
    return changed;
  };

  return {
    times: keys.times,
    keyFlows: keys.flows,
    infusions,
    infusionEdges: edgesOf(infusions),
    filters,
    filterEdges: edgesOf(filters),
    reservoirNodes,
    makeRow,
    fillRow,
  };
}
