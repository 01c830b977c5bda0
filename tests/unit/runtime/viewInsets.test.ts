import { describe, expect, it } from 'vitest';
import {
  captionBandOf,
  onViewInsetsChange,
  setCaptionBand,
  viewInsets,
} from '../../../renderer/src/runtime/viewInsets';

const scene = { top: 60, bottom: 690, left: 0, right: 1045, height: 630 };

describe('caption band', () => {
  it('is the share of the scene, from its bottom up, that the caption covers, plus a gap', () => {
    const caption = { top: 520, bottom: 674, left: 16, right: 752 };
    expect(captionBandOf(scene, caption, 8)).toBeCloseTo((690 - 520 + 8) / 630, 9);
  });

  it('is nothing when the caption sits below or beside the scene', () => {
    expect(captionBandOf(scene, { top: 690, bottom: 800, left: 0, right: 1045 })).toBe(0);
    expect(captionBandOf(scene, { top: 500, bottom: 600, left: 1100, right: 1300 })).toBe(0);
    expect(captionBandOf({ ...scene, height: 0 }, { top: 0, bottom: 1, left: 0, right: 1 })).toBe(0);
  });

  it('tells listeners only when it changes, and keeps nonsense out', () => {
    let calls = 0;
    const stop = onViewInsetsChange(() => calls++);
    setCaptionBand(0.25);
    setCaptionBand(0.2505);
    expect(calls).toBe(1);
    setCaptionBand(Number.NaN);
    expect(viewInsets.bottomBand).toBe(0);
    setCaptionBand(5);
    expect(viewInsets.bottomBand).toBe(0.6);
    stop();
    setCaptionBand(0.1);
    expect(calls).toBe(3);
    setCaptionBand(0);
  });
});
