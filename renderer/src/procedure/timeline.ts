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

/**
 * deviceStatesAt written into `out` (every device's key set), allocating nothing: the frame driver
 * calls it every frame.
 */
export function deviceStatesInto(
  procedure: Procedure,
  timeS: number,
  stepIndex: number,
  out: Record<string, number>,
): Record<string, number> {
  for (const device of procedure.devices) out[device.id] = 0;
  const minutes = timeS / 60;
  for (let i = 0; i <= stepIndex; i++) {
    const step = procedure.steps[i] as Step;
    const progress = smoothstep((minutes - step.startMin) / transitionMinutes(step));
    const targets = step.devices;
    for (const id in targets) {
      const target = targets[id] as number;
      const from = out[id] ?? 0;
      out[id] = from + (target - from) * progress;
    }
  }
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
