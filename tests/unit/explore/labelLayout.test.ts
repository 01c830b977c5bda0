import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type LabelInput, layoutLabels, leaderEnd } from '../../../renderer/src/explore/labelLayout';

const W = 960;
const H = 540;

function overlap(a: { left: number; top: number; w: number; h: number }, b: typeof a): boolean {
  return a.left < b.left + b.w && a.left + a.w > b.left && a.top < b.top + b.h && a.top + a.h > b.top;
}

describe('label layout', () => {
  it('never lets two shown labels overlap, and keeps them inside the view', () => {
    const label = fc.record({
      x: fc.integer({ min: 0, max: W }),
      y: fc.integer({ min: 0, max: H }),
      width: fc.integer({ min: 30, max: 180 }),
      height: fc.constant(20),
      onScreen: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(label, { maxLength: 25 }), (labels: LabelInput[]) => {
        const out = layoutLabels(labels, W, H);
        const boxes = out
          .map((p, i) => ({ ...p, w: labels[i]?.width ?? 0, h: labels[i]?.height ?? 0 }))
          .filter((p) => p.shown);
        for (const b of boxes) {
          expect(b.left).toBeGreaterThanOrEqual(0);
          expect(b.top + b.h).toBeLessThanOrEqual(H);
        }
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++)
            expect(overlap(boxes[i] as never, boxes[j] as never)).toBe(false);
        out.forEach((p, i) => {
          if (!labels[i]?.onScreen) expect(p.shown).toBe(false);
        });
      }),
    );
  });

  it('places a lone label next to its anchor', () => {
    const [p] = layoutLabels([{ x: 400, y: 300, width: 60, height: 20, onScreen: true }], W, H);
    expect(p?.shown).toBe(true);
    expect(Math.hypot((p?.left ?? 0) - 400, (p?.top ?? 0) - 300)).toBeLessThan(60);
  });

  it('ends the leader on the box edge nearest the anchor', () => {
    expect(leaderEnd(0, 0, { left: 10, top: 10, width: 50, height: 20 })).toEqual([10, 10]);
    expect(leaderEnd(30, 100, { left: 10, top: 10, width: 50, height: 20 })).toEqual([30, 30]);
  });
});
