import type { Procedure, Step } from '../procedure/schema';
import { procedureStateAt } from '../procedure/timeline';

/**
 * Minutes of full-state time a device accumulates over the procedure (its state integrated over
 * time; smoothstep transitions contribute exactly half their length times the sum of both ends).
 */
export function deviceOnMinutes(procedure: Procedure, deviceId: string, followUpMin = 0): number {
  let value = 0;
  let total = 0;
  for (const step of procedure.steps as Step[]) {
    const target = step.devices[deviceId];
    if (target === undefined) {
      total += value * step.durationMin;
      continue;
    }
    const transition = Math.min(step.transitionMin ?? 2, step.durationMin);
    total += (transition * (value + target)) / 2 + (step.durationMin - transition) * target;
    value = target;
  }
  return total + value * followUpMin;
}

/** Device states of a procedure at a time as a vector indexed like procedure.devices. */
export function deviceStateVector(procedure: Procedure, timeS: number, out?: Float64Array): Float64Array {
  const states = out ?? new Float64Array(procedure.devices.length);
  const record = procedureStateAt(procedure, timeS).devices;
  procedure.devices.forEach((d, i) => {
    states[i] = record[d.id] ?? 0;
  });
  return states;
}
