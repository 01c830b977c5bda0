import { describe, expect, it } from 'vitest';
import locale from '../../../assets/locales/en/anatomy.json';
import references from '../../../assets/references/anatomy.json';
import { getAnatomy, SEGMENT_IDS } from '../../../renderer/src/anatomy';
import { CIRCUIT_IDS, VESSEL_IDS } from '../../../renderer/src/procedure/ids';

type Entry = { name: string; about: string };
const structure = locale.anatomy.structure as Record<string, Entry>;
const segment = locale.anatomy.segment as Record<string, Entry>;
const station = locale.anatomy.station as Record<string, Entry>;

const plain = (entry: Entry | undefined, id: string) => {
  expect(entry, id).toBeDefined();
  expect(entry?.name.length, id).toBeGreaterThan(2);
  // One plain sentence.
  expect(entry?.about, id).toMatch(/^[A-Z].*\.$/);
  expect(entry?.about.split('. ').length, id).toBe(1);
};

describe('anatomy texts and references', () => {
  it('names and describes every vessel, circuit line and organ shown', () => {
    for (const id of [...VESSEL_IDS, ...CIRCUIT_IDS]) plain(structure[id], id);
    for (const id of [
      'liver',
      'gallbladder',
      'bileDucts',
      'tumour',
      'bodyOutline',
      'portalBranches',
      'arterialBranches',
      'hepaticVeinBranches',
    ]) {
      plain(structure[id], id);
    }
  });

  it('names and describes every segment and station', () => {
    for (const id of SEGMENT_IDS) plain(segment[id], id);
    for (const s of getAnatomy().stations) plain(station[s.id], s.id);
  });

  it('has one entry per reference, with a citation and an id the procedure files can use', () => {
    const ids = references.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of references) {
      expect(r.id).toMatch(/^[a-zA-Z][a-zA-Z0-9-]*$/);
      expect(r.citation.length).toBeGreaterThan(20);
      if ('url' in r && r.url) expect(r.url).toMatch(/^https?:\/\//);
    }
  });
});
