import ihp from '@assets/procedures/ihp.json';
import php from '@assets/procedures/php.json';
import { describe, expect, it } from 'vitest';
import { parameterDefinitions } from '../../../renderer/src/physiology';
import { buildCatalogue } from '../../../renderer/src/procedure/registry';
import { citationIndex, mergeReferences } from '../../../renderer/src/references/catalogue';

const files = import.meta.glob('../../../assets/references/*.json', { eager: true, import: 'default' });
const catalogue = mergeReferences(files);

describe('references', () => {
  it('load without problems', () => {
    expect(catalogue.problems).toEqual([]);
  });

  it('cover every reference the procedure files cite', () => {
    const citations = [php, ihp].flatMap((p) => [
      { by: `${p.id} drug`, references: p.drug.references },
      ...p.steps.map((s) => ({ by: `${p.id} ${s.id}`, references: s.references })),
    ]);
    expect(citationIndex(catalogue, citations).missing).toEqual([]);
  });

  it('cover every source the model parameters cite, and every parameter has a source or says why not', () => {
    const procedures = Object.values(buildCatalogue({}).procedures);
    const definitions = procedures.flatMap((p) => parameterDefinitions(p).map((d) => ({ p: p.id, d })));
    const citations = definitions.map(({ p, d }) => ({ by: `${p} ${d.name}`, references: d.source }));
    expect(citationIndex(catalogue, citations).missing).toEqual([]);
    const unsourced = definitions
      .filter(({ d }) => d.source.length === 0 && !d.assumed)
      .map(({ d }) => d.name);
    expect(unsourced).toEqual([]);
  });

  it('names a malformed file and a duplicate id', () => {
    const merged = mergeReferences({
      'a.json': [{ id: 'x', citation: 'A proper citation text' }],
      'b.json': [{ id: 'x', citation: 'Another proper citation' }],
      'c.json': { not: 'a list' },
    });
    expect(merged.problems).toEqual([
      'b.json: reference "x" is defined twice',
      expect.stringMatching(/^c\.json: /),
    ]);
  });
});
