import { describe, expect, it } from 'vitest';
import { getAnatomy } from '../../../renderer/src/anatomy';
import { exploreIdOf, groupOf, isShown, localeKeysOf } from '../../../renderer/src/explore/structureGroups';
import { structureList } from '../../../renderer/src/explore/structureList';
import { mergeLocales } from '../../../renderer/src/i18n/mergeLocales';
import { buildCatalogue } from '../../../renderer/src/procedure/registry';

const systemOf = (id: string) => getAnatomy().centreLines.get(id as never)?.system;

// Every English file, merged as the app merges them: an area may name its structures in its own file.
const english = mergeLocales(
  import.meta.glob('../../../assets/locales/en/*.json', { eager: true, import: 'default' }),
).tree;

function lookup(key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], english);
}

describe('structure groups', () => {
  it('puts vessels in their system and the rest in fixed groups', () => {
    expect(groupOf('aorta', systemOf)).toBe('arteries');
    expect(groupOf('arterialBranches', systemOf)).toBe('arteries');
    expect(groupOf('portalVein', systemOf)).toBe('portal');
    expect(groupOf('ivcRetrohepatic', systemOf)).toBe('veins');
    expect(groupOf('phpFilterLine', systemOf)).toBe('circuit');
    expect(groupOf('station:phpPump', systemOf)).toBe('circuit');
    expect(groupOf('segment:VII', systemOf)).toBe('segments');
    expect(groupOf('tumour:tumour1', systemOf)).toBe('tumours');
    expect(groupOf('bileDucts', systemOf)).toBe('gallbladder');
    expect(groupOf('bodyOutline', systemOf)).toBe('bodyOutline');
  });

  it('hides by id or group and isolates by id or group', () => {
    const none = new Set<string>();
    expect(isShown('aorta', 'arteries', new Set(['arteries']), none)).toBe(false);
    expect(isShown('aorta', 'arteries', none, new Set(['arteries']))).toBe(true);
    expect(isShown('liver', 'liver', none, new Set(['arteries']))).toBe(false);
    expect(isShown('aorta', 'arteries', new Set(['aorta']), new Set(['arteries']))).toBe(false);
  });

  it('reads explore ids from mesh userData', () => {
    expect(exploreIdOf({ structure: 'liver' })).toBe('liver');
    expect(exploreIdOf({ structure: 'tumour', tumour: 't1' })).toBe('tumour:t1');
    expect(exploreIdOf({ station: 'phpPump', kind: 'pump' })).toBe('station:phpPump');
    expect(exploreIdOf({})).toBeNull();
  });

  it('names every listed structure and group from the locale files', () => {
    for (const procedure of Object.values(buildCatalogue({}).procedures)) {
      for (const { group, members } of structureList(procedure)) {
        expect(typeof lookup(`explore.group.${group}`), group).toBe('string');
        for (const id of members) {
          const keys = localeKeysOf(id);
          expect(typeof lookup(keys.name), keys.name).toBe('string');
          expect(typeof lookup(keys.about), keys.about).toBe('string');
        }
      }
    }
  });
});
