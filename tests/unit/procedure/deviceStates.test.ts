import ihpData from '@assets/procedures/ihp.json';
import phpData from '@assets/procedures/php.json';
import { describe, expect, it } from 'vitest';
import { parseProcedure } from '../../../renderer/src/procedure/loader';
import type { Procedure } from '../../../renderer/src/procedure/schema';
import {
  deviceStatesAt,
  deviceStatesInto,
  deviceStateValues,
  procedureDurationS,
  smoothstep,
  stepIndexAt,
} from '../../../renderer/src/procedure/timeline';

function load(data: unknown): Procedure {
  const result = parseProcedure(data, 'test');
  if (!result.ok) throw new Error(result.error);
  return result.procedure;
}

/** The rule as the docs state it, written plainly: each step moves the devices it names toward its target. */
function reference(procedure: Procedure, timeS: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const device of procedure.devices) out[device.id] = 0;
  const stepIndex = stepIndexAt(procedure, timeS);
  for (const step of procedure.steps.slice(0, stepIndex + 1)) {
    const transition = Math.min(step.transitionMin ?? 2, step.durationMin);
    const progress = smoothstep((timeS / 60 - step.startMin) / transition);
    for (const [id, target] of Object.entries(step.devices)) {
      const from = out[id] ?? 0;
      out[id] = from + (target - from) * progress;
    }
  }
  return out;
}

describe('device states', () => {
  for (const procedure of [load(phpData), load(ihpData)]) {
    it(`${procedure.id}: match the step-by-step rule at every second, into a reused object`, () => {
      const out: Record<string, number> = {};
      const duration = procedureDurationS(procedure);
      for (let timeS = 0; timeS <= duration; timeS += 1) {
        const expected = reference(procedure, timeS);
        deviceStatesInto(procedure, timeS, stepIndexAt(procedure, timeS), out);
        expect(out).toEqual(expected);
        expect(deviceStatesAt(procedure, timeS, stepIndexAt(procedure, timeS))).toEqual(expected);
      }
    });

    it(`${procedure.id}: by index, the listed devices in their order`, () => {
      const duration = procedureDurationS(procedure);
      for (let timeS = 0; timeS <= duration; timeS += 7) {
        const expected = reference(procedure, timeS);
        const values = deviceStateValues(procedure, timeS, stepIndexAt(procedure, timeS));
        procedure.devices.forEach((device, i) => {
          expect(values[i]).toBe(expected[device.id]);
        });
      }
    });
  }

  it('gives a device that only a step names a state too', () => {
    const procedure = load(phpData);
    const first = procedure.steps[0];
    if (!first) throw new Error('no steps');
    const extended: Procedure = {
      ...procedure,
      steps: [{ ...first, devices: { ...first.devices, spareClamp: 1 } }, ...procedure.steps.slice(1)],
    };
    const late = procedureDurationS(extended);
    expect(deviceStatesAt(extended, late, stepIndexAt(extended, late)).spareClamp).toBe(1);
  });
});
