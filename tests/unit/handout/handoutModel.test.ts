import { describe, expect, it } from 'vitest';
import { buildHandoutModel, settledTimeS } from '../../../renderer/src/handout/handoutModel';
import { initI18n } from '../../../renderer/src/i18n';
import { contentFor, patientContent } from '../../../renderer/src/patient/content';
import { withPatientTumours } from '../../../renderer/src/patient/patientProcedure';
import { buildCatalogue, PROCEDURE_IDS } from '../../../renderer/src/procedure/registry';
import { stepIndexAt, stepStartS } from '../../../renderer/src/procedure/timeline';
import { bundledReferences } from '../../../renderer/src/references/bundled';

const i18n = initI18n();
const t = (key: string, options?: Record<string, string | number>) => i18n.t(key, options ?? {});
const catalogue = buildCatalogue({});

describe('the handout content', () => {
  for (const id of PROCEDURE_IDS) {
    it(`${id}: every step with its picture moment inside the step, its bookmark and an alt text`, () => {
      const procedure = withPatientTumours(catalogue.procedures[id], [
        { segment: 'VI', diameterMm: 40 },
        { segment: 'VII', diameterMm: 25 },
      ]);
      const model = buildHandoutModel({
        procedure,
        content: contentFor(id),
        references: bundledReferences.references,
        tumours: [
          { segment: 'VI', diameterMm: 40 },
          { segment: 'VII', diameterMm: 25 },
        ],
        examples: false,
        date: new Date(2026, 2, 7),
        t,
      });
      expect(model.steps).toHaveLength(procedure.steps.length);
      model.steps.forEach((step, i) => {
        expect(step.title).toBe(t(procedure.steps[i]?.titleKey ?? ''));
        expect(step.caption.length).toBeGreaterThan(20);
        expect(stepIndexAt(procedure, step.timeS)).toBe(i);
        expect(step.timeS).toBeGreaterThan(stepStartS(procedure, i));
        expect(step.camera).toBe(procedure.cameras[procedure.steps[i]?.camera ?? '']);
        expect(step.alt).toContain(step.title);
      });
      expect(model.title).toContain(t(procedure.titleKey));
      expect(model.date).toContain('2026');
      expect(model.summary).toBe(t(procedure.summaryKey));
      expect(model.tumourMap.items).toEqual([
        '1. Segment VI, about 40 mm across',
        '2. Segment VII, about 25 mm across',
      ]);
      expect(model.tumourMap.alt).toContain('Segment VII');
      expect(model.whatToExpect.map((s) => s.heading)).toEqual([
        'Who it is for',
        'The day itself',
        'After',
        'Risks',
      ]);
      expect(model.closing.map((s) => s.heading)).toEqual([
        'What happens next',
        'The hospital stay',
        'Common side effects',
        'When to call the team',
      ]);
      expect(model.notice).toMatch(/education/);
      // References are numbered 1..n in order of first use, and every number cited is listed.
      expect(model.references.map((r) => r.number)).toEqual(model.references.map((_, i) => i + 1));
      const cited = [
        ...model.steps.flatMap((s) => s.cites),
        ...[...model.whatToExpect, ...model.closing].flatMap((section) =>
          section.statements.flatMap((s) => s.cites),
        ),
      ];
      expect(cited.length).toBeGreaterThan(0);
      for (const n of cited) expect(n).toBeLessThanOrEqual(model.references.length);
    });
  }

  it('says when the tumours are the examples, and when there are none', () => {
    const model = buildHandoutModel({
      procedure: withPatientTumours(catalogue.procedures.php, []),
      content: contentFor('php'),
      references: bundledReferences.references,
      tumours: [],
      examples: false,
      date: new Date(),
      t,
    });
    expect(model.tumourMap.items).toEqual([]);
    expect(model.tumourMap.alt).toMatch(/no tumours/);
  });

  it('settles each picture after the step’s changes and before its end', () => {
    const procedure = catalogue.procedures.ihp;
    procedure.steps.forEach((step, i) => {
      const at = settledTimeS(procedure, i);
      const start = stepStartS(procedure, i);
      expect(at).toBeGreaterThanOrEqual(
        start + Math.min(step.durationMin * 60, (step.transitionMin ?? 2) * 60) / 2,
      );
      expect(at).toBeLessThan(start + step.durationMin * 60);
    });
  });
});

describe('the patient content data', () => {
  const references = new Set(bundledReferences.references.map((r) => r.id));
  const statements = Object.values(patientContent.procedures).flatMap((p) =>
    [...Object.values(p.closing), ...Object.values(p.expect)].flat(),
  );

  it('has text for every statement and only known references', () => {
    for (const s of statements) {
      expect(i18n.exists(s.text), s.text).toBe(true);
      for (const id of s.references) expect(references.has(id), id).toBe(true);
    }
  });

  it('cites a source for every statement with a figure', () => {
    for (const s of statements) {
      if (/\d/.test(t(s.text))) expect(s.references.length, s.text).toBeGreaterThan(0);
    }
  });

  it('gives no concentration or AUC to a patient', () => {
    for (const s of statements) expect(t(s.text)).not.toMatch(/mg\/L|mg·min\/L/);
  });
});
