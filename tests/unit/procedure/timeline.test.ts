import ihpData from '@assets/procedures/ihp.json';
import phpData from '@assets/procedures/php.json';
import { describe, expect, it } from 'vitest';
import { parseProcedure } from '../../../renderer/src/procedure/loader';
import type { Procedure } from '../../../renderer/src/procedure/schema';
import {
  procedureDurationS,
  procedureStateAt,
  smoothstep,
  stepIndexAt,
  stepStartS,
} from '../../../renderer/src/procedure/timeline';

function load(data: unknown): Procedure {
  const result = parseProcedure(data, 'test');
  if (!result.ok) throw new Error(result.error);
  return result.procedure;
}
const php = load(phpData);
const ihp = load(ihpData);

describe('procedure timeline', () => {
  it('lasts as long as its steps', () => {
    for (const procedure of [php, ihp]) {
      const last = procedure.steps[procedure.steps.length - 1];
      if (!last) throw new Error('no steps');
      expect(procedureDurationS(procedure)).toBe((last.startMin + last.durationMin) * 60);
      // Steps follow one another without gaps, so the duration is also the sum of the steps.
      const total = procedure.steps.reduce((sum, step) => sum + step.durationMin, 0);
      expect(procedureDurationS(procedure)).toBeCloseTo(total * 60, 6);
    }
  });

  it('puts each step boundary in the step that starts there', () => {
    php.steps.forEach((step, i) => {
      expect(stepIndexAt(php, step.startMin * 60)).toBe(i);
      if (i > 0) expect(stepIndexAt(php, step.startMin * 60 - 0.001)).toBe(i - 1);
    });
    expect(stepIndexAt(php, procedureDurationS(php))).toBe(php.steps.length - 1);
  });

  it('has every device open at the start and the end of PHP', () => {
    for (const timeS of [0, procedureDurationS(php)]) {
      const { devices } = procedureStateAt(php, timeS);
      for (const value of Object.values(devices)) expect(value).toBeCloseTo(0, 9);
    }
  });

  it('inflates both balloons by the end of isolation and keeps them up through washout', () => {
    const isolation = php.steps.findIndex((s) => s.id === 'isolation');
    const washout = php.steps.findIndex((s) => s.id === 'washout');
    // Halfway through the isolation step's transition (2 minutes unless it says otherwise).
    const isolationStep = php.steps[isolation];
    if (!isolationStep) throw new Error('no isolation step');
    const transitionS = Math.min(isolationStep.transitionMin ?? 2, isolationStep.durationMin) * 60;
    const mid = procedureStateAt(php, stepStartS(php, isolation) + transitionS / 2);
    expect(mid.devices.cranialBalloon).toBeGreaterThan(0);
    expect(mid.devices.cranialBalloon).toBeLessThan(1);
    const washoutStep = php.steps[washout];
    if (!washoutStep) throw new Error('no washout step');
    const during = procedureStateAt(php, stepStartS(php, washout) + (washoutStep.durationMin * 60) / 2);
    expect(during.devices.cranialBalloon).toBe(1);
    expect(during.devices.caudalBalloon).toBe(1);
    expect(during.devices.melphalanInfusion).toBe(0);
  });

  it('runs the melphalan infusion for the label 30 minutes in PHP; in IHP the drug line stays open through the 60-minute perfusion that the bolus starts', () => {
    const infusing = (p: Procedure, t: number) =>
      (procedureStateAt(p, t).devices.melphalanInfusion ?? 0) > 0.5;
    const minutesOn = (p: Procedure) => {
      let on = 0;
      for (let t = 0; t < procedureDurationS(p); t += 6) if (infusing(p, t)) on += 6;
      return on / 60;
    };
    expect(minutesOn(php)).toBeCloseTo(php.drug.infusionMin, 0);
    const perfusion = ihp.steps.find((step) => step.id === 'perfusion');
    expect(ihp.drug.delivery).toBe('bolus');
    expect(minutesOn(ihp)).toBeCloseTo(perfusion?.durationMin ?? Number.NaN, 0);
  });

  it('closes all four IHP clamps during perfusion and opens them afterwards', () => {
    const perfusionIndex = ihp.steps.findIndex((s) => s.id === 'perfusion');
    const step = ihp.steps[perfusionIndex];
    if (!step) throw new Error('no perfusion step');
    // Halfway through the perfusion step, well after its transitions.
    const perfusion = procedureStateAt(ihp, stepStartS(ihp, perfusionIndex) + (step.durationMin * 60) / 2);
    for (const id of [
      'suprahepaticCavalClamp',
      'infrahepaticCavalClamp',
      'portalClamp',
      'hepaticArteryClamp',
    ]) {
      expect(perfusion.devices[id]).toBe(1);
      expect(procedureStateAt(ihp, procedureDurationS(ihp)).devices[id]).toBe(0);
    }
  });

  it('moves devices smoothly: no jump at a step start', () => {
    const start = stepStartS(php, 3);
    const before = procedureStateAt(php, start - 0.01).devices.cranialBalloon ?? -1;
    const after = procedureStateAt(php, start + 0.01).devices.cranialBalloon ?? -1;
    expect(Math.abs(after - before)).toBeLessThan(1e-3);
    expect(smoothstep(0)).toBe(0);
    expect(smoothstep(1)).toBe(1);
    expect(smoothstep(0.5)).toBe(0.5);
  });

  it('clamps times outside the procedure and treats nonsense as the start', () => {
    expect(procedureStateAt(php, -50).timeS).toBe(0);
    expect(procedureStateAt(php, 1e9).timeS).toBe(procedureDurationS(php));
    expect(procedureStateAt(php, Number.NaN).timeS).toBe(0);
  });

  it('depends on the time alone: visiting other times first does not change a state', () => {
    const duration = procedureDurationS(ihp);
    const fresh = JSON.stringify(procedureStateAt(ihp, duration / 3));
    for (let t = 0; t <= duration; t += duration / 17) procedureStateAt(ihp, t);
    expect(JSON.stringify(procedureStateAt(ihp, duration / 3))).toBe(fresh);
    // And different times do give different states somewhere in the procedure.
    expect(JSON.stringify(procedureStateAt(ihp, duration / 2))).not.toBe(fresh);
  });
});
