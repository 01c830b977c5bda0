import fc from 'fast-check';
import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { lumpSection, type PlaneFrame, sweepSection } from '../../../renderer/src/explore/sectionShapes';

/** The plane through the origin whose normal is tilted `degrees` from +z towards +x. */
function tiltedFrame(degrees: number): PlaneFrame {
  const t = (degrees * Math.PI) / 180;
  return {
    origin: new Vector3(0, 0, 0),
    normal: new Vector3(Math.sin(t), 0, Math.cos(t)),
    u: new Vector3(Math.cos(t), 0, -Math.sin(t)),
    v: new Vector3(0, 1, 0),
  };
}

/** Straight tube along z from −100 to 100 mm, points every 1.5 mm, radius r. */
function straightTube(r: number) {
  const points: Vector3[] = [];
  for (let z = -100; z <= 100; z += 1.5) points.push(new Vector3(0, 0, z));
  return { points, radii: points.map(() => r) };
}

/** Area covered by the union of discs, by counting a fine grid (mm²). */
function unionArea(discs: [number, number, number][], cell = 0.1): number {
  let count = 0;
  const extent = Math.max(...discs.map(([u, v, r]) => Math.max(Math.abs(u), Math.abs(v)) + r));
  for (let u = -extent; u <= extent; u += cell) {
    for (let v = -extent; v <= extent; v += cell) {
      if (discs.some(([du, dv, r]) => (u - du) ** 2 + (v - dv) ** 2 <= r * r)) count++;
    }
  }
  return count * cell * cell;
}

describe('sweepSection', () => {
  it('cuts a tube square-on as its circle', () => {
    const discs: [number, number, number][] = [];
    sweepSection(straightTube(5), tiltedFrame(0), (u, v, r) => discs.push([u, v, r]));
    expect(discs.length).toBeGreaterThan(0);
    expect(Math.max(...discs.map(([, , r]) => r))).toBeCloseTo(5, 1);
    expect(unionArea(discs)).toBeGreaterThan(Math.PI * 25 * 0.97);
    expect(unionArea(discs)).toBeLessThan(Math.PI * 25 * 1.03);
  });

  it.each([30, 60])('cuts it at %d degrees as an ellipse of the right area (within 5%%)', (degrees) => {
    const discs: [number, number, number][] = [];
    sweepSection(straightTube(4), tiltedFrame(degrees), (u, v, r) => discs.push([u, v, r]));
    const ellipse = (Math.PI * 16) / Math.cos((degrees * Math.PI) / 180);
    expect(Math.abs(unionArea(discs, 0.08) - ellipse) / ellipse).toBeLessThan(0.05);
  });

  it('adds nothing for a tube that stays clear of the plane', () => {
    let n = 0;
    const frame = tiltedFrame(0);
    frame.origin.set(0, 0, 150);
    sweepSection(straightTube(5), frame, () => n++);
    expect(n).toBe(0);
  });
});

describe('lumpSection', () => {
  const ball = () => 1;

  it('cuts a ball through its middle as a circle of its radius', () => {
    const outline = lumpSection(new Vector3(3, 2, 0), 10, ball, tiltedFrame(0));
    expect(outline.length).toBe(96);
    for (let i = 0; i < outline.length; i += 2) {
      expect(Math.hypot((outline[i] as number) - 3, (outline[i + 1] as number) - 2)).toBeCloseTo(10, 5);
    }
  });

  it('cuts a ball off-centre as the smaller circle, and misses it beyond its radius', () => {
    fc.assert(
      fc.property(fc.double({ min: -12, max: 12, noNaN: true }), (height) => {
        const outline = lumpSection(new Vector3(0, 0, height), 10, ball, tiltedFrame(0));
        if (Math.abs(height) >= 10) {
          expect(outline).toEqual([]);
          return;
        }
        const expected = Math.sqrt(100 - height * height);
        expect(Math.hypot(outline[0] as number, outline[1] as number)).toBeCloseTo(expected, 3);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the part of a grazing cut that only some bumps reach', () => {
    // Bigger on the +x side: a plane 10.5 mm from the centre cuts only that side.
    const lopsided = (x: number) => (x > 0 ? 1.1 : 0.9);
    const outline = lumpSection(new Vector3(0, 0, 10.5), 10, lopsided, tiltedFrame(0));
    expect(outline.length).toBeGreaterThanOrEqual(6);
    for (let i = 0; i < outline.length; i += 2) expect(outline[i]).toBeGreaterThan(0);
  });
});
