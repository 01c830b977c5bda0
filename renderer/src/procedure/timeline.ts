import type { Procedure, Step } from './schema';

/** What the procedure looks like at one moment: a pure function of the procedure and the time. */
export interface ProcedureState {
  /** Procedure time in seconds, clamped to the procedure. */
  timeS: number;
  stepIndex: number;
  step: Step;
  /** 0 at the step's start, 1 at its end. */
  stepProgress: number;
  /** Every device's state, 0..1. */
  devices: Record<string, number>;
}

export function procedureDurationS(procedure: Procedure): number {
  const last = procedure.steps[procedure.steps.length - 1] as Step;
  return (last.startMin + last.durationMin) * 60;
}

/** Index of the step that contains `timeS`; the last step owns the very end. */
export function stepIndexAt(procedure: Procedure, timeS: number): number {
  const minutes = timeS / 60;
  const steps = procedure.steps;
  for (let i = steps.length - 1; i > 0; i--) {
    if (minutes >= (steps[i] as Step).startMin) return i;
  }
  return 0;
}

/** Smooth ease in and out, so clamps and balloons start and stop gently. */
export function smoothstep(x: number): number {
  const c = Math.min(1, Math.max(0, x));
  return c * c * (3 - 2 * c);
}

function transitionMinutes(step: Step): number {
  return Math.min(step.transitionMin ?? 2, step.durationMin);
}

/**
 * Device states at a time: each step moves the devices it names from the value they had when
 * the step began to its target, over the step's transition.
 */
export function deviceStatesAt(
  procedure: Procedure,
  timeS: number,
  stepIndex: number,
): Record<string, number> {
  return deviceStatesInto(procedure, timeS, stepIndex, {});
}

/** A procedure's device moves by device index, built once per procedure (see deviceStatesInto). */
interface DevicePlan {
  ids: string[];
  /** Scratch: each device's state while the steps are walked. */
  states: Float64Array;
  /** Per step: the indices of the devices it moves, and their targets. */
  moves: { devices: Int32Array; targets: Float64Array }[];
}

const plans = new WeakMap<Procedure, DevicePlan>();
// The last plan asked for, checked before the map: bench/allocate.ts counted bytes at the map
// lookup, which the frame driver and the scene description make every frame.
let lastProcedure: Procedure | null = null;
let lastPlan: DevicePlan | null = null;

function devicePlan(procedure: Procedure): DevicePlan {
  if (procedure === lastProcedure && lastPlan) return lastPlan;
  let plan = plans.get(procedure);
  if (plan) {
    lastProcedure = procedure;
    lastPlan = plan;
    return plan;
  }
  const ids = procedure.devices.map((device) => device.id);
  // A step may name a device the list lacks: it gets a state too, as it always has.
  for (const step of procedure.steps) for (const id in step.devices) if (!ids.includes(id)) ids.push(id);
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const moves = procedure.steps.map((step) => {
    const named = Object.entries(step.devices);
    return {
      devices: Int32Array.from(named, ([id]) => indexOf.get(id) as number),
      targets: Float64Array.from(named, ([, target]) => target as number),
    };
  });
  plan = { ids, states: new Float64Array(ids.length), moves };
  plans.set(procedure, plan);
  lastProcedure = procedure;
  lastPlan = plan;
  return plan;
}

/**
 * Every device's state at `timeS`, by index: the procedure's devices in their listed order, then
 * any a step names that the list lacks. The array is reused (overwritten by the next call for the
 * same procedure); allocates nothing.
 */
export function deviceStateValues(procedure: Procedure, timeS: number, stepIndex: number): Float64Array {
  return walkSteps(procedure, devicePlan(procedure), timeS, stepIndex);
}

function walkSteps(procedure: Procedure, plan: DevicePlan, timeS: number, stepIndex: number): Float64Array {
  const { states, moves } = plan;
  states.fill(0);
  const minutes = timeS / 60;
  for (let i = 0; i <= stepIndex && i < moves.length; i++) {
    const step = procedure.steps[i] as Step;
    const progress = smoothstep((minutes - step.startMin) / transitionMinutes(step));
    const { devices, targets } = moves[i] as DevicePlan['moves'][number];
    for (let k = 0; k < devices.length; k++) {
      const d = devices[k] as number;
      const from = states[d] as number;
      states[d] = from + ((targets[k] as number) - from) * progress;
    }
  }
  return states;
}

/**
 * deviceStatesAt written into `out` (every device's key set), allocating nothing: the frame driver
 * calls it every frame. The steps are walked over typed arrays by device index, and `out` is only
 * written: reading numbers back from it by a key that varies (`out[id]`) made V8 allocate a heap
 * number per read, about 200 bytes a frame.
 */
export function deviceStatesInto(
  procedure: Procedure,
  timeS: number,
  stepIndex: number,
  out: Record<string, number>,
): Record<string, number> {
  const plan = devicePlan(procedure);
  const states = walkSteps(procedure, plan, timeS, stepIndex);
  const { ids } = plan;
  for (let d = 0; d < ids.length; d++) out[ids[d] as string] = states[d] as number;
  return out;
}

export function procedureStateAt(procedure: Procedure, timeS: number): ProcedureState {
  const clamped = Math.min(Math.max(0, Number.isFinite(timeS) ? timeS : 0), procedureDurationS(procedure));
  const stepIndex = stepIndexAt(procedure, clamped);
  const step = procedure.steps[stepIndex] as Step;
  const stepProgress = Math.min(1, Math.max(0, (clamped / 60 - step.startMin) / step.durationMin));
  return {
    timeS: clamped,
    stepIndex,
    step,
    stepProgress,
    devices: deviceStatesAt(procedure, clamped, stepIndex),
  };
}

/** Start time of a step in seconds. */
export function stepStartS(procedure: Procedure, stepIndex: number): number {
  const i = Math.min(Math.max(0, stepIndex), procedure.steps.length - 1);
  return (procedure.steps[i] as Step).startMin * 60;
}
