import { describe, expect, it } from 'vitest';
import { getAnatomy } from '../../../renderer/src/anatomy';
import {
  deviceInUse,
  type LabelTarget,
  labelTargets,
  mergeDuplicates,
  spotsAlong,
} from '../../../renderer/src/explore/labelSet';
import { load } from '../physiology/fixtures';

const procedures = [load('php'), load('ihp')];

describe('label set', () => {
  it.each(procedures.map((p) => [p.id, p] as const))(
    '%s: every device has a label of its own',
    (_id, procedure) => {
      const targets = labelTargets(procedure, getAnatomy().stations);
      for (const device of procedure.devices) {
        const target = targets.find((t) => t.device?.id === device.id);
        expect(target, device.id).toBeDefined();
        expect(target?.key).toBe(device.labelKey);
        expect(target?.spots.length, device.id).toBeGreaterThan(0);
        expect(target?.pickIds, device.id).toContain(device.at);
      }
    },
  );

  it('names the machines at their boxes beside the patient', () => {
    const php = procedures[0];
    const filters = labelTargets(php as never, getAnatomy().stations).find(
      (t) => t.id === 'filterCartridges',
    );
    expect(filters?.spots).toEqual([{ station: 'phpFilter1' }, { station: 'phpFilter2' }]);
    expect(filters?.pickIds).toEqual(['station:phpFilter1', 'station:phpFilter2', 'phpFilterLine']);
  });

  it('merges the tumours into one label that may point at any of them', () => {
    for (const procedure of procedures) {
      const tumours = labelTargets(procedure).filter((t) => t.key === 'label.tumour');
      expect(tumours).toHaveLength(1);
      expect(tumours[0]?.count).toBe(procedure.tumours.length);
      expect(tumours[0]?.pluralKey).toBe('classroom.label.plural.tumour');
      expect(tumours[0]?.pickIds).toEqual(procedure.tumours.map((t) => `tumour:${t.id}`));
    }
  });

  it("merges only the names asked for, keeping the order and the first one's place", () => {
    const target = (key: string, id: string): LabelTarget => ({
      key,
      id,
      spots: [],
      pickIds: [id],
      tier: 'all',
    });
    const merged = mergeDuplicates(
      [target('a', 'a1'), target('b', 'b1'), target('a', 'a2'), target('c', 'c1'), target('c', 'c2')],
      { a: 'plural.a' },
    );
    expect(merged.map((t) => [t.key, t.count ?? 1, t.pickIds.join()])).toEqual([
      ['a', 2, 'a1,a2'],
      ['b', 1, 'b1'],
      ['c', 1, 'c1'],
      ['c', 1, 'c2'],
    ]);
  });

  it('tries a line from the preferred point outwards', () => {
    expect(spotsAlong('aorta', 0.52, [0.1, 0.5, 0.6, 0.9]).map((s) => ('along' in s ? s.along : -1))).toEqual(
      [0.52, 0.5, 0.6, 0.9, 0.1],
    );
  });

  it('labels a device in the step that acts on it, machines while they run, everything working with all labels', () => {
    const clamp = { id: 'clamp', kind: 'clamp' };
    const pump = { id: 'pump', kind: 'pump' };
    const acting = { stepDevices: { clamp: 1 }, states: { clamp: 1, pump: 1 } };
    expect(deviceInUse(clamp, false, acting)).toBe(true);
    expect(deviceInUse(pump, false, acting)).toBe(true);
    const later = { stepDevices: {}, states: { clamp: 1, pump: 0 } };
    expect(deviceInUse(clamp, false, later)).toBe(false);
    expect(deviceInUse(clamp, true, later)).toBe(true);
    expect(deviceInUse(pump, true, later)).toBe(false);
    // A step that takes a device out names it only while it is still there.
    expect(deviceInUse(clamp, false, { stepDevices: { clamp: 0 }, states: { clamp: 0 } })).toBe(false);
  });
});
