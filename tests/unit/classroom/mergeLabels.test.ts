import { describe, expect, it } from 'vitest';
import { mergeRepeatedLabels } from '../../../renderer/src/classroom/mergeLabels';

const mean = (ps: readonly number[]) => ps.reduce((a, b) => a + b, 0) / ps.length;

describe('mergeRepeatedLabels', () => {
  it('merges repeated names into one label with a count at their mean position, in first-seen order', () => {
    const entries = [
      { key: 'label.liver', position: 0 },
      { key: 'label.tumour', position: 10, id: 't1' },
      { key: 'label.aorta', position: 5 },
      { key: 'label.tumour', position: 20, id: 't2' },
      { key: 'label.tumour', position: 30, id: 't3' },
    ];
    const merged = mergeRepeatedLabels(entries, new Set(['label.tumour']), mean);
    expect(merged.map((m) => [m.first.key, m.count, m.position])).toEqual([
      ['label.liver', 1, 0],
      ['label.tumour', 3, 20],
      ['label.aorta', 1, 5],
    ]);
    expect(merged[1]?.first).toBe(entries[1]);
  });

  it('leaves a single entry and keys not marked mergeable alone', () => {
    const entries = [
      { key: 'label.tumour', position: 7 },
      { key: 'label.segment', position: 1 },
      { key: 'label.segment', position: 2 },
    ];
    const merged = mergeRepeatedLabels(entries, new Set(['label.tumour']), mean);
    expect(merged.map((m) => [m.first.key, m.count, m.position])).toEqual([
      ['label.tumour', 1, 7],
      ['label.segment', 1, 1],
      ['label.segment', 1, 2],
    ]);
  });

  it('handles no entries', () => {
    expect(mergeRepeatedLabels([], new Set(['x']), mean)).toEqual([]);
  });
});
