import locale from '@assets/locales/en/physiology.json';
import { describe, expect, it } from 'vitest';
import { COMPARTMENTS, PRESETS, parameterDefinitions } from '../../../renderer/src/physiology';
import { mergeReferences } from '../../../renderer/src/references/catalogue';
import { load, NAMES } from './fixtures';

const references = mergeReferences(
  import.meta.glob('../../../assets/references/*.json', { eager: true, import: 'default' }),
);
const known = new Set(references.references.map((r) => r.id));
const strings = locale as { physiology: Record<string, Record<string, unknown>> };

describe('physiology references and strings', () => {
  it('defines every reference a parameter cites', () => {
    expect(references.problems).toEqual([]);
    for (const name of NAMES) {
      for (const d of parameterDefinitions(load(name))) {
        for (const id of d.source) expect(known.has(id), `${name} ${d.name} cites ${id}`).toBe(true);
      }
    }
  });

  it('has a label and a help text for every parameter, and a name for every compartment', () => {
    for (const name of NAMES) {
      for (const d of parameterDefinitions(load(name))) {
        const entry = strings.physiology.param?.[d.name] as { label?: string; help?: string } | undefined;
        expect(entry?.label, d.name).toBeTruthy();
        expect(entry?.help, d.name).toBeTruthy();
      }
    }
    for (const id of COMPARTMENTS) expect(strings.physiology.compartment?.[id], id).toBeTruthy();
  });

  it('defines every reference a preset or a step’s real duration cites, and names every preset', () => {
    for (const preset of PRESETS) {
      for (const ids of Object.values(preset.sources))
        for (const id of ids) expect(known.has(id), `${preset.id} cites ${id}`).toBe(true);
      expect(strings.physiology.preset?.[preset.id], preset.id).toBeTruthy();
    }
    for (const name of NAMES) {
      for (const step of load(name).steps) {
        for (const id of step.typicalMin?.references ?? []) {
          expect(known.has(id), `${name} ${step.id} cites ${id}`).toBe(true);
          // Shown in the references panel through the step's own list.
          expect(step.references, `${name} ${step.id}`).toContain(id);
        }
      }
    }
  });
});
