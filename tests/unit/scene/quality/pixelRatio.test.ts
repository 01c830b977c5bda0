import { describe, expect, it } from 'vitest';
import {
  ADAPTIVE,
  minPixelRatio,
  nextPixelRatio,
  wantsFxaa,
  windowMedian,
} from '../../../../renderer/src/scene/quality/pixelRatio';

describe('the adaptive pixel ratio', () => {
  it('lowers the ratio in proportion to how slow the frames are', () => {
    // Pixel cost goes with the square of the ratio: 160 ms against a 40 ms target halves it.
    expect(nextPixelRatio(1, 160, 1)).toBe(0.5);
    expect(nextPixelRatio(1, 90, 1)).toBeCloseTo(0.65, 5);
  });

  it('never goes below half resolution, nor above the highest allowed', () => {
    expect(nextPixelRatio(0.5, 1000, 1)).toBe(ADAPTIVE.minCeiling);
    expect(nextPixelRatio(1, 5, 1)).toBe(1);
    expect(nextPixelRatio(0.95, 5, 1)).toBe(1);
  });

  it('raises a fast view one step at a time, and holds between the thresholds', () => {
    expect(nextPixelRatio(0.6, 20, 1)).toBe(0.65);
    expect(nextPixelRatio(0.6, 40, 1)).toBe(0.6);
    expect(nextPixelRatio(0.6, ADAPTIVE.slowMs, 1)).toBe(0.6);
  });

  it('settles: repeated slow windows at the same cost converge instead of swinging', () => {
    // A model machine whose frame time is 10 ms fixed plus 150 ms per unit of ratio squared.
    let ratio = 1;
    const seen: number[] = [];
    for (let i = 0; i < 12; i++) {
      ratio = nextPixelRatio(ratio, 10 + 150 * ratio * ratio, 1);
      seen.push(ratio);
    }
    const last = seen.slice(-4);
    expect(new Set(last).size).toBe(1);
    expect(10 + 150 * (last[0] ?? 1) ** 2).toBeLessThanOrEqual(ADAPTIVE.slowMs);
  });
});

describe('a window of frame times', () => {
  it('has the median of the samples taken, however few', () => {
    const samples = new Float64Array(10);
    samples.set([300, 100, 200]);
    expect(windowMedian(samples, 3)).toBe(200);
    samples.set([40, 10, 30, 20]);
    expect(windowMedian(samples, 4)).toBe(25);
  });
});

describe('the FXAA pass', () => {
  it('smooths every still picture and every picture at full resolution', () => {
    expect(wantsFxaa(0.5, false)).toBe(true);
    expect(wantsFxaa(1, true)).toBe(true);
    expect(wantsFxaa(1, false)).toBe(true);
  });

  it('is left out while the picture moves at a lowered resolution, which the upscaling softens', () => {
    expect(wantsFxaa(0.5, true)).toBe(false);
    expect(wantsFxaa(0.95, true)).toBe(false);
  });
});

describe('the lowest pixel ratio', () => {
  it('keeps half resolution on a laptop-sized view', () => {
    expect(minPixelRatio(1280, 600)).toBe(0.5);
    expect(minPixelRatio(800, 450)).toBe(0.5);
  });

  it('keeps at least 640x360 drawn pixels on a large view, and never goes below the floor', () => {
    const ratio = minPixelRatio(1920, 930);
    expect(ratio).toBeLessThan(0.5);
    expect(1920 * ratio * 930 * ratio).toBeGreaterThanOrEqual(ADAPTIVE.minPixels * 0.98);
    expect(minPixelRatio(7680, 4320)).toBe(ADAPTIVE.minFloor);
  });

  it('lets a slow large view go below half resolution, down to its floor', () => {
    const floor = minPixelRatio(1920, 930);
    expect(nextPixelRatio(0.5, 200, 1, floor)).toBe(floor);
  });

  it('treats an unmeasured canvas as small', () => {
    expect(minPixelRatio(0, 0)).toBe(ADAPTIVE.minCeiling);
  });
});
