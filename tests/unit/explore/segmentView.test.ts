import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEGMENT_IDS } from '../../../renderer/src/anatomy/types';
import { segmentView } from '../../../renderer/src/explore/segmentView';

const none = new Set<string>();
const view = (hidden: string[], isolated: string[], segmentTint = false) =>
  segmentView({ hidden: new Set(hidden), isolated: new Set(isolated), segmentTint });

describe('segmentView', () => {
  it('draws the whole liver, untinted, when nothing is hidden or isolated', () => {
    const v = segmentView({ hidden: none, isolated: none, segmentTint: false });
    expect(v.split).toBe(false);
    expect(v.shown.size).toBe(9);
    expect(v.tinted).toBe(false);
  });

  it('hiding one segment splits the liver and leaves the other eight', () => {
    const v = view(['segment:VII'], []);
    expect(v.split).toBe(true);
    expect([...v.shown]).toEqual(SEGMENT_IDS.filter((s) => s !== 'VII'));
    expect(v.tinted).toBe(false);
  });

  it('isolating segments shows only those, tinted', () => {
    const v = view([], ['segment:II', 'segment:III']);
    expect(v.split).toBe(true);
    expect([...v.shown]).toEqual(['II', 'III']);
    expect(v.tinted).toBe(true);
  });

  it('isolating the segments group shows the whole liver tinted', () => {
    const v = view([], ['segments']);
    expect(v.split).toBe(false);
    expect(v.shown.size).toBe(9);
    expect(v.tinted).toBe(true);
  });

  it('hiding the liver hides every segment, even an isolated one', () => {
    expect(view(['liver'], []).shown.size).toBe(0);
    expect(view(['liver'], ['segment:V']).shown.size).toBe(0);
    expect(view(['liver'], ['segment:V']).split).toBe(false);
  });

  it('isolating something else hides the liver and its segments', () => {
    const v = view([], ['arteries']);
    expect(v.shown.size).toBe(0);
    expect(v.split).toBe(false);
  });

  it('isolating the liver keeps a hidden segment hidden', () => {
    const v = view(['segment:IVb'], ['liver']);
    expect(v.split).toBe(true);
    expect(v.shown.has('IVb')).toBe(false);
    expect(v.shown.size).toBe(8);
  });

  it('never shows a hidden segment, and splits exactly when the liver shows with a segment missing', () => {
    const ids = ['liver', 'segments', 'arteries', ...SEGMENT_IDS.map((s) => `segment:${s}`)];
    const subset = fc.subarray(ids);
    fc.assert(
      fc.property(subset, subset, fc.boolean(), (hidden, isolated, tint) => {
        const v = view(hidden, isolated, tint);
        for (const s of v.shown) expect(hidden).not.toContain(`segment:${s}`);
        if (v.split) expect(v.shown.size).toBeLessThan(9);
        if (!v.split) expect([0, 9]).toContain(v.shown.size);
      }),
      { numRuns: 1000 },
    );
  });
});
