import ihpData from '@assets/procedures/ihp.json';
import phpData from '@assets/procedures/php.json';
import { describe, expect, it } from 'vitest';
import { parseProcedure } from '../../../renderer/src/procedure/loader';
import type { Procedure } from '../../../renderer/src/procedure/schema';
import { stepSettledS } from '../../../renderer/src/procedure/settledTime';
import { procedureStateAt, stepIndexAt, stepStartS } from '../../../renderer/src/procedure/timeline';

function load(data: unknown): Procedure {
  const result = parseProcedure(data, 'test');
  if (!result.ok) throw new Error(result.error);
  return result.procedure;
}
const procedures = [load(phpData), load(ihpData)];

describe("a step's settled moment", () => {
  it('lies inside its own step, at or after its start', () => {
    for (const procedure of procedures) {
      procedure.steps.forEach((step, i) => {
        const settled = stepSettledS(procedure, i);
        expect(settled).toBeGreaterThanOrEqual(stepStartS(procedure, i));
        expect(settled).toBeLessThan((step.startMin + step.durationMin) * 60);
        expect(stepIndexAt(procedure, settled)).toBe(i);
      });
    }
  });

  it('shows every device of the step at the state the step moves it to', () => {
    for (const procedure of procedures) {
      procedure.steps.forEach((step, i) => {
        const devices = procedureStateAt(procedure, stepSettledS(procedure, i)).devices;
        for (const [id, target] of Object.entries(step.devices)) {
          expect(devices[id], `${procedure.id} ${step.id} ${id}`).toBeCloseTo(target, 6);
        }
      });
    }
  });

  it("is the file's own settledMin where it names one, else the end of the transition", () => {
    for (const procedure of procedures) {
      procedure.steps.forEach((step, i) => {
        const moves = Object.keys(step.devices).length > 0;
        const transition = moves ? Math.min(step.transitionMin ?? 2, step.durationMin) : 0;
        const expected = Math.min(step.settledMin ?? transition, step.durationMin - 1 / 60);
        expect(stepSettledS(procedure, i)).toBeCloseTo((step.startMin + expected) * 60, 6);
      });
    }
  });

  it('keeps a step that moves nothing at its start, and clamps indices outside the list', () => {
    const [php] = procedures as [Procedure];
    expect(Object.keys(php.steps[0]?.devices ?? {})).toEqual([]);
    expect(stepSettledS(php, 0)).toBe(0);
    expect(stepSettledS(php, -3)).toBe(0);
    expect(stepSettledS(php, 99)).toBe(stepSettledS(php, php.steps.length - 1));
    expect(stepSettledS(php, Number.NaN)).toBe(0);
  });

  it('stays a second inside a step whose transition fills it', () => {
    const [php] = procedures as [Procedure];
    const short = structuredClone(php);
    const step = short.steps[3];
    if (!step) throw new Error('no fourth step');
    step.transitionMin = step.durationMin;
    expect(stepSettledS(short, 3)).toBe((step.startMin + step.durationMin) * 60 - 1);
  });
});
