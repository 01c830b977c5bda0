import type { Procedure, Step } from './schema';

/** A step's settled moment stays this far (s) inside the step, so it never reads as the next one. */
const INSIDE_STEP_S = 1;

/**
 * The moment a selected step shows: its outcome, not its first instant. The procedure file may
 * name it (`settledMin`, e.g. a few minutes into an infusion, when the drug is visibly there);
 * otherwise it is the end of the step's device transition (balloons filled, clamps closed,
 * tubes out), or the step's start when it moves no device. Always inside the step.
 */
export function stepSettledS(procedure: Procedure, stepIndex: number): number {
  const i = Math.min(Math.max(0, Math.trunc(stepIndex) || 0), procedure.steps.length - 1);
  const step = procedure.steps[i] as Step;
  const startS = step.startMin * 60;
  const durationS = step.durationMin * 60;
  const movesDevices = Object.keys(step.devices).length > 0;
  const transitionMin = movesDevices ? Math.min(step.transitionMin ?? 2, step.durationMin) : 0;
  const intoS = (step.settledMin ?? transitionMin) * 60;
  return startS + Math.max(0, Math.min(intoS, durationS - INSIDE_STEP_S));
}
