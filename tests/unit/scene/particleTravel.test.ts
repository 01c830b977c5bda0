import { describe, expect, it } from 'vitest';
import { buildTravelTable, travelAt, visualSpeedMmPerS } from '../../../renderer/src/scene/particleTravel';

describe('particle travel', () => {
  it('is still where there is no flow and reverses with the flow', () => {
    expect(visualSpeedMmPerS(0, 5)).toBe(0);
    expect(visualSpeedMmPerS(-500, 5)).toBeLessThan(0);
    expect(visualSpeedMmPerS(500, 5)).toBeGreaterThan(0);
  });

  it('goes faster with more flow through the same vessel', () => {
    expect(visualSpeedMmPerS(300, 10)).toBeLessThan(visualSpeedMmPerS(1200, 10));
  });

  it('integrates to a pure, monotonic function of time', () => {
    // Path 0 flows, path 1 is clamped after 60 s.
    const table = buildTravelTable(120, 1, [10, 10], 30, (t, out) => {
      out[0] = 2000;
      out[1] = t < 60 ? 2000 : 0;
    });
    expect(travelAt(table, 0, 0)).toBe(0);
    expect(travelAt(table, 0, 50)).toBeLessThan(travelAt(table, 0, 100));
    // Between rows it interpolates: halfway between two rows lies halfway between their values.
    const [at77, at78] = [travelAt(table, 0, 77), travelAt(table, 0, 78)];
    expect(at78).toBeGreaterThan(at77);
    expect(travelAt(table, 0, 77.5)).toBeCloseTo((at77 + at78) / 2, 6);
    // Once clamped, path 1's particles stay put.
    expect(travelAt(table, 1, 90)).toBeCloseTo(travelAt(table, 1, 119), 6);
    // Times outside the table are clamped rather than extrapolated.
    expect(travelAt(table, 0, 1e6)).toBe(travelAt(table, 0, 120));
  });
});
