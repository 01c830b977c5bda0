import ihp from '@assets/procedures/ihp.json';
import php from '@assets/procedures/php.json';
import { describe, expect, it } from 'vitest';
import { parseProcedure, parseProcedureText } from '../../../renderer/src/procedure/loader';

const clone = <T>(value: T): T => structuredClone(value);

describe('procedure files', () => {
  it.each([
    ['php', php],
    ['ihp', ihp],
  ])('the built-in %s file is valid', (_, data) => {
    const result = parseProcedure(data, 'built-in');
    expect(result.ok ? 'valid' : result.error).toBe('valid');
  });

  it('names the file and the field when a value has the wrong type', () => {
    const bad = clone(php) as unknown as { steps: Array<Record<string, unknown>> };
    (bad.steps[2] as Record<string, unknown>).durationMin = 'ten';
    const result = parseProcedure(bad, 'my-php.json');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain('my-php.json');
      expect(result.error).toContain('steps.2.durationMin');
    }
  });

  it('names a missing field', () => {
    const bad = clone(ihp) as Record<string, unknown>;
    delete bad.drug;
    const result = parseProcedure(bad, 'ihp-variant.json');
    expect(!result.ok && result.error).toMatch(/ihp-variant\.json: drug/);
  });

  it('reads a drug without "delivery" (written before it existed) as an infusion', () => {
    const old = clone(php) as unknown as { drug: Record<string, unknown> };
    delete old.drug.delivery;
    const result = parseProcedure(old, 'old-php.json');
    expect(result.ok && result.procedure.drug.delivery).toBe('infusion');
  });

  it('IHP gives the NCI dose as a bolus into the circuit, per kg of ideal body weight', () => {
    const result = parseProcedure(clone(ihp), 'ihp.json');
    if (!result.ok) throw new Error(result.error);
    expect(result.procedure.drug).toMatchObject({
      doseMgPerKg: 1.5,
      doseBasis: 'idealBodyWeight',
      delivery: 'bolus',
      references: ['alexander1998'],
    });
  });

  it('refuses a "bolus" that takes longer than a few minutes, naming the field', () => {
    const bad = clone(ihp) as unknown as { drug: Record<string, unknown> };
    bad.drug.infusionMin = 20;
    const result = parseProcedure(bad, 'slow-bolus.json');
    expect(!result.ok && result.error).toMatch(
      /slow-bolus\.json: drug\.infusionMin: a bolus goes in within 5 min/,
    );
  });

  it('rejects a gap between steps, naming the step', () => {
    const bad = clone(php);
    (bad.steps[3] as { startMin: number }).startMin += 1;
    const result = parseProcedure(bad, 'gap.json');
    expect(!result.ok && result.error).toMatch(/steps\.3\.startMin: must be 30/);
  });

  it('rejects a step that refers to a device or camera that does not exist', () => {
    const bad = clone(php);
    (bad.steps[1] as unknown as { devices: Record<string, number> }).devices = { tourniquet: 1 };
    (bad.steps[2] as { camera: string }).camera = 'nowhere';
    const result = parseProcedure(bad, 'refs.json');
    expect(!result.ok && result.error).toContain('no device "tourniquet"');
    expect(!result.ok && result.error).toContain('no camera bookmark "nowhere"');
  });

  it('rejects a subject naming an unknown device and a settled moment past the step, naming each', () => {
    const bad = clone(php);
    (bad.steps[3] as unknown as { subject: unknown }).subject = {
      devices: ['tripod'],
      structures: ['liver'],
    };
    (bad.steps[4] as unknown as { settledMin: number }).settledMin = 999;
    const result = parseProcedure(bad, 'subject.json');
    expect(!result.ok && result.error).toContain('no device "tripod"');
    expect(!result.ok && result.error).toMatch(/steps\.4\.settledMin/);
  });

  it('reads a step without a subject (files written before subjects existed)', () => {
    const old = clone(php);
    for (const step of old.steps as unknown as Record<string, unknown>[]) {
      delete step.subject;
      delete step.settledMin;
    }
    expect(parseProcedure(old, 'old.json').ok).toBe(true);
  });

  it('rejects device states outside 0..1 and unknown vessels', () => {
    const bad = clone(php);
    (bad.steps[4] as unknown as { devices: Record<string, number> }).devices = { melphalanInfusion: 2 };
    (bad.devices[0] as { at: string }).at = 'brachialArtery';
    const result = parseProcedure(bad, 'range.json');
    expect(!result.ok && result.error).toContain('devices.0.at');
    expect(!result.ok && result.error).toContain('steps.4.devices.melphalanInfusion');
  });

  it('reports broken JSON with the file name instead of throwing', () => {
    const result = parseProcedureText('{"schemaVersion": 1,', 'truncated.json');
    expect(!result.ok && result.error).toMatch(/^truncated\.json: not valid JSON/);
  });
});
