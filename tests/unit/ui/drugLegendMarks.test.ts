import { describe, expect, it } from 'vitest';
import { MARK_GAP, markPositions } from '../../../renderer/src/ui/drugLegendMarks';

describe('drug legend marks', () => {
  it('stay where their concentrations put them when far enough apart', () => {
    expect(markPositions(0.8, 0.2)).toEqual([0.8, 0.2]);
  });

  it('are pushed apart about their middle, inside the bar, when they would overlap', () => {
    for (const [upper, lower] of [
      [0.5, 0.5],
      [0, 0],
      [1, 1],
      [0.55, 0.5],
    ] as const) {
      const [a, b] = markPositions(upper, lower);
      expect(a - b).toBeCloseTo(MARK_GAP, 12);
      expect(b).toBeGreaterThanOrEqual(0);
      expect(a).toBeLessThanOrEqual(1);
    }
    const [a, b] = markPositions(0.55, 0.5);
    expect((a + b) / 2).toBeCloseTo(0.525, 12);
  });
});
