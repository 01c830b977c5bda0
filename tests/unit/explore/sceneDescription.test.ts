import { describe, expect, it } from 'vitest';
import { describeMoment, describeSignature } from '../../../renderer/src/explore/describeMoment';
import { drugLevel, drugWhereabouts } from '../../../renderer/src/explore/drugLevel';
import {
  type DescriptionPhrase,
  describeScene,
  renderDescription,
} from '../../../renderer/src/explore/sceneDescription';
import { mergeLocales } from '../../../renderer/src/i18n/mergeLocales';
import { COMPARTMENTS } from '../../../renderer/src/physiology';
import { buildCatalogue } from '../../../renderer/src/procedure/registry';
import type { Procedure } from '../../../renderer/src/procedure/schema';
import { stepStartS } from '../../../renderer/src/procedure/timeline';
import { solutionFor } from '../../../renderer/src/store/solutionCache';

const files = import.meta.glob('../../../assets/locales/en/*.json', { eager: true, import: 'default' });
const { tree } = mergeLocales(files);

/** A small `t`: looks the key up in the English files and fills {{placeholders}}; a missing key throws. */
function t(key: string, params: Record<string, string | number> = {}): string {
  const value = key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], tree);
  if (typeof value !== 'string') throw new Error(`no English text for ${key}`);
  return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`${key} needs ${name}`);
    return String(params[name]);
  });
}

const catalogue = buildCatalogue({});
const NO_EXPLORE = {
  hidden: new Set<string>(),
  isolated: new Set<string>(),
  cut: { axis: null },
  xray: false,
  segmentTint: false,
};

/** The description a third of the way into a step, rendered in English. */
function textAt(procedure: Procedure, stepId: string, explore = NO_EXPLORE): string {
  const index = procedure.steps.findIndex((s) => s.id === stepId);
  const step = procedure.steps[index];
  if (!step) throw new Error(stepId);
  const timeS = stepStartS(procedure, index) + step.durationMin * 60 * 0.33;
  const solution = solutionFor(procedure, {});
  return renderDescription(describeMoment(procedure, solution, timeS, explore), t);
}

function keysOf(phrases: readonly DescriptionPhrase[]): string[] {
  return phrases.flatMap((p) => [
    p.key,
    ...Object.values(p.params ?? {}).flatMap((v) => (typeof v === 'object' ? keysOf([v]) : [])),
  ]);
}

describe('drug levels', () => {
  it('puts concentrations in stated bands', () => {
    expect(drugLevel(0)).toBe('none');
    expect(drugLevel(Number.NaN)).toBe('none');
    expect(drugLevel(0.049)).toBe('none');
    expect(drugLevel(0.05)).toBe('low');
    expect(drugLevel(0.99)).toBe('low');
    expect(drugLevel(1)).toBe('high');
  });

  it('reads the liver, body, tumour, circuit and what the filter removes from a sample', () => {
    const conc = new Float64Array(COMPARTMENTS.length);
    conc[COMPARTMENTS.indexOf('liverBlood')] = 4;
    conc[COMPARTMENTS.indexOf('systemic')] = 0.2;
    conc[COMPARTMENTS.indexOf('circuit')] = 4;
    conc[COMPARTMENTS.indexOf('filterOutlet')] = 0.2;
    const where = drugWhereabouts(conc);
    expect(where).toMatchObject({ liver: 'high', body: 'low', tumour: 'none', circuit: 'high' });
    expect(where.filterRemoves).toBeCloseTo(0.95);
    expect(drugWhereabouts(new Float64Array(COMPARTMENTS.length)).filterRemoves).toBeNull();
  });
});

describe('scene description', () => {
  const php = catalogue.procedures.php;
  const ihp = catalogue.procedures.ihp;

  it("names the PHP balloons and the vessel they close while catching the liver's blood", () => {
    const text = textAt(php, 'isolation');
    expect(text).toContain("Step 4 of 8: Catching the liver's blood.");
    expect(text).toContain('Inferior vena cava above the liver: closed by a balloon (Upper balloon).');
    expect(text).toContain('Inferior vena cava below the liver: closed by a balloon (Lower balloon).');
    expect(text).toContain('No melphalan in the liver or the body.');
    expect(text).toContain('Drug filters: in place, no drug reaching them.');
  });

  it('says the drug is high in the liver, low in the body, and the filter is working during the PHP infusion', () => {
    const text = textAt(php, 'infusion');
    expect(text).toContain('Step 5 of 8: Melphalan into the liver.');
    expect(text).toContain('Drug (melphalan): high in the liver, low in the body.');
    expect(text).toContain('Drug in the tumours: high.');
    expect(text).toMatch(/Drug filters: working, taking out about 9\d% of the drug/);
    expect(text).toContain('Running: Melphalan infusion.');
    expect(text).not.toEqual(textAt(php, 'isolation'));
  });

  it('says nothing is closed before the balloons go in, and the filter is not in use', () => {
    const text = textAt(php, 'prepare');
    expect(text).toContain('No blood vessel is closed.');
    expect(text).toContain('Drug filters: not in use.');
  });

  it('describes the IHP clamps from its own file, with no filter sentence (it has no filter)', () => {
    const text = textAt(ihp, 'perfusion');
    expect(text).toContain('Portal vein: closed by a clamp (Clamp on the portal vein).');
    expect(text).toContain('Drug (melphalan): high in the liver, no trace in the body.');
    expect(text).not.toContain('filter');
  });

  it('describes a new procedure file from its data alone', () => {
    const custom: Procedure = {
      ...php,
      devices: [{ id: 'myClamp', kind: 'clamp', at: 'splenicArtery', labelKey: 'device.portalClamp' }],
      steps: php.steps.map((s) => ({
        ...s,
        devices: (s.id === 'prepare' ? { myClamp: 1 } : {}) as Record<string, number>,
      })),
    };
    const phrases = describeScene({
      procedure: custom,
      stepIndex: 0,
      devices: { myClamp: 1 },
      drug: drugWhereabouts(new Float64Array(COMPARTMENTS.length)),
      explore: NO_EXPLORE,
    });
    expect(renderDescription(phrases, t)).toContain(
      'Splenic artery: closed by a clamp (Clamp on the portal vein).',
    );
  });

  it('says what Explore hides, isolates, cuts and colours', () => {
    const text = textAt(php, 'infusion', {
      hidden: new Set(['bodyOutline', 'aorta']),
      isolated: new Set(['arteries', 'tumour:tumour1']),
      cut: { axis: 'axial' },
      xray: true,
      segmentTint: true,
    } as never);
    expect(text).toContain('Shown alone: Arteries.');
    expect(text).toMatch(/Shown alone: Tumour in segment VII, \d+ mm\./);
    expect(text).toContain('Hidden: Body outline.');
    expect(text).toContain('Hidden: Aorta.');
    expect(text).toContain('Cut open: Axial (across).');
    expect(text).toContain('The liver is see-through.');
    expect(text).toContain('The liver segments are coloured.');
  });

  it('uses only keys that exist in English, for every step of every procedure', () => {
    for (const procedure of Object.values(catalogue.procedures)) {
      const solution = solutionFor(procedure, {});
      procedure.steps.forEach((step, i) => {
        const timeS = stepStartS(procedure, i) + step.durationMin * 30;
        const phrases = describeMoment(procedure, solution, timeS, NO_EXPLORE);
        for (const key of keysOf(phrases)) expect(() => t(key, { x: 1 }), key).not.toThrow(/no English/);
        expect(() => renderDescription(phrases, t)).not.toThrow();
      });
    }
  });

  it('has a signature that changes exactly when the words do, so the view need not rebuild them on every publish', () => {
    const solution = solutionFor(php, {});
    const signature = (timeS: number) => {
      const out = new Float64Array(64);
      return [...out.subarray(0, describeSignature(php, solution, timeS, out))];
    };
    const words = (timeS: number) => renderDescription(describeMoment(php, solution, timeS, NO_EXPLORE), t);
    let changes = 0;
    for (let timeS = 0; timeS < 110 * 60; timeS += 7) {
      const same = JSON.stringify(signature(timeS)) === JSON.stringify(signature(timeS + 7));
      if (same) expect(words(timeS + 7), `at ${timeS} s`).toEqual(words(timeS));
      else changes++;
    }
    // A few dozen changes over the whole procedure (steps, devices, bands), not one per update.
    expect(changes).toBeGreaterThan(8);
    expect(changes).toBeLessThan(120);
  });
});
