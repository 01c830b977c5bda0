import { describe, expect, it } from 'vitest';
import { inListOrder, stepInCycle } from '../../../renderer/src/explore/structureCycle';
import { structureList } from '../../../renderer/src/explore/structureList';
import { isStructureShown, type Visibility, withShown } from '../../../renderer/src/explore/visibility';
import { buildCatalogue } from '../../../renderer/src/procedure/registry';

const groups = structureList(buildCatalogue({}).procedures.php);
const allIds = groups.flatMap(({ group, members }) => [group, ...members]);
const NOTHING: Visibility = { hidden: new Set(), isolated: new Set() };

/** Every box in the list that is ticked. */
function ticked(visibility: Visibility): string[] {
  return allIds.filter((id) => isStructureShown(id, visibility, groups));
}

describe('structure boxes reflect what is shown', () => {
  it('ticks everything when nothing is hidden or isolated', () => {
    expect(ticked(NOTHING)).toEqual(allIds);
  });

  it('after "Only" on Arteries, ticks the arteries and nothing else', () => {
    const only = { hidden: new Set<string>(), isolated: new Set(['arteries']) };
    const shown = ticked(only);
    expect(shown).toContain('arteries');
    expect(shown).toContain('aorta');
    expect(shown).toContain('properHepaticArtery');
    expect(shown).not.toContain('liver');
    expect(shown).not.toContain('portal');
    expect(shown).not.toContain('portalVein');
    expect(shown).not.toContain('segment:VII');
    expect(shown).not.toContain('veins');
  });

  it('after "Only" on one structure, ticks it and its group', () => {
    const shown = ticked({ hidden: new Set(), isolated: new Set(['portalVein']) });
    expect(shown.sort()).toEqual(['portal', 'portalVein']);
  });

  it('unticks a hidden group and its structures, and "Show everything" ticks all again', () => {
    const hidden = { hidden: new Set(['veins']), isolated: new Set<string>() };
    expect(ticked(hidden)).not.toContain('ivcRetrohepatic');
    expect(ticked(hidden)).not.toContain('veins');
    expect(ticked(NOTHING)).toContain('ivcRetrohepatic');
  });

  it('follows the segments: a hidden liver hides them, "Only" on one segment shows it alone', () => {
    expect(ticked({ hidden: new Set(['liver']), isolated: new Set() })).not.toContain('segment:II');
    const one = ticked({ hidden: new Set(), isolated: new Set(['segment:II']) });
    expect(one).toContain('segment:II');
    expect(one).toContain('segments');
    expect(one).not.toContain('segment:VII');
  });
});

describe('ticking and unticking a box', () => {
  it('does what the box then says, for every structure and group, from every starting point', () => {
    const starts: Visibility[] = [
      NOTHING,
      { hidden: new Set(), isolated: new Set(['arteries']) },
      { hidden: new Set(['veins', 'liver']), isolated: new Set() },
      { hidden: new Set(['aorta']), isolated: new Set(['portalVein']) },
    ];
    for (const start of starts) {
      for (const id of allIds) {
        for (const show of [true, false]) {
          const after = withShown(id, show, start, groups);
          expect(isStructureShown(id, after, groups), `${show ? 'show' : 'hide'} ${id}`).toBe(show);
        }
      }
    }
  });

  it('brings one vein back from a hidden group without the others', () => {
    const after = withShown(
      'ivcRetrohepatic',
      true,
      { hidden: new Set(['veins']), isolated: new Set() },
      groups,
    );
    expect(isStructureShown('ivcRetrohepatic', after, groups)).toBe(true);
    expect(isStructureShown('rightHepaticVein', after, groups)).toBe(false);
  });

  it('shows the liver again after "Only" on Arteries by adding it to what is shown alone', () => {
    const after = withShown('liver', true, { hidden: new Set(), isolated: new Set(['arteries']) }, groups);
    expect([...after.isolated].sort()).toEqual(['arteries', 'liver']);
  });
});

describe('stepping through structures', () => {
  const ids = ['liver', 'aorta', 'portalVein'];
  it('starts at either end, steps, and wraps only when asked', () => {
    expect(stepInCycle(ids, null, 1, false)).toBe('liver');
    expect(stepInCycle(ids, null, -1, false)).toBe('portalVein');
    expect(stepInCycle(ids, 'liver', 1, false)).toBe('aorta');
    expect(stepInCycle(ids, 'portalVein', 1, false)).toBeNull();
    expect(stepInCycle(ids, 'portalVein', 1, true)).toBe('liver');
    expect(stepInCycle(ids, 'liver', -1, true)).toBe('portalVein');
    expect(stepInCycle(ids, 'gone', 1, false)).toBe('liver');
    expect(stepInCycle([], null, 1, true)).toBeNull();
  });

  it('orders what is shown as the list does', () => {
    expect(inListOrder(['portalVein', 'station:x', 'liver', 'liver'], allIds)).toEqual([
      'liver',
      'portalVein',
      'station:x',
    ]);
  });
});
