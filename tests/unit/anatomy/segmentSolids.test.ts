import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getAnatomy, SEGMENT_IDS } from '../../../renderer/src/anatomy';
import { classifySegment, segmentRegionDistance } from '../../../renderer/src/anatomy/couinaud';
import { buildSegmentSolids } from '../../../renderer/src/anatomy/segmentSolids';

const anatomy = getAnatomy();
const started = performance.now();
const solids = buildSegmentSolids(anatomy.liver.grid, anatomy.segmentModel);
const buildMs = performance.now() - started;

/**
 * Edges whose two directions are used unequally often: 0 for a watertight surface. (Surface nets may
 * share an edge among four triangles where two sheets touch; that is still watertight.)
 */
function openEdges(indices: Uint32Array): number {
  const count = new Map<string, number>();
  for (let t = 0; t < indices.length; t += 3) {
    for (let e = 0; e < 3; e++) {
      const a = indices[t + e] as number;
      const b = indices[t + ((e + 1) % 3)] as number;
      const key = `${a},${b}`;
      count.set(key, (count.get(key) ?? 0) + 1);
    }
  }
  let open = 0;
  for (const [key, n] of count) {
    const [a, b] = key.split(',');
    if (count.get(`${b},${a}`) !== n) open++;
  }
  return open;
}

describe('segment solids', () => {
  it('the region distance is negative exactly where the point is classified into that segment', () => {
    const model = anatomy.segmentModel;
    const coordinate = fc.double({ min: -150, max: 135, noNaN: true });
    fc.assert(
      fc.property(coordinate, coordinate, coordinate, (x, y, z) => {
        const inside = SEGMENT_IDS.filter((s) => segmentRegionDistance(model, s, x, y, z) < 0);
        // On a boundary (distance 0) a point may belong to none; never to two.
        expect(inside.length).toBeLessThanOrEqual(1);
        if (inside.length === 1) expect(inside[0]).toBe(classifySegment(model, x, y, z));
      }),
      { numRuns: 2000 },
    );
  });

  it('there is one solid per segment, each watertight', () => {
    expect([...solids.keys()]).toEqual([...SEGMENT_IDS]);
    for (const solid of solids.values()) expect(openEdges(solid.indices)).toBe(0);
  });

  it.each(SEGMENT_IDS)(
    'solid %s encloses the volume the segment measures (within 8%: the grid rounds its edges a little)',
    (segment) => {
      const solid = solids.get(segment);
      const measured = anatomy.segments.volumesMl[segment];
      expect(solid).toBeDefined();
      expect(Math.abs((solid?.volumeMl ?? 0) - measured) / measured).toBeLessThan(0.08);
    },
  );

  it('the solids together fill the liver (within 2% of its volume)', () => {
    const sum = [...solids.values()].reduce((total, s) => total + s.volumeMl, 0);
    expect(Math.abs(sum - anatomy.liver.volumeMl) / anatomy.liver.volumeMl).toBeLessThan(0.02);
    console.info(
      `segment solids: ${sum.toFixed(0)} mL against ${anatomy.liver.volumeMl.toFixed(0)} mL, built in ${buildMs.toFixed(0)} ms`,
    );
  });

  it('every normal has unit length', () => {
    for (const solid of solids.values()) {
      for (let v = 0; v < solid.normals.length; v += 3) {
        const len = Math.hypot(
          solid.normals[v] as number,
          solid.normals[v + 1] as number,
          solid.normals[v + 2] as number,
        );
        expect(Math.abs(len - 1)).toBeLessThan(1e-3);
      }
    }
  });
});
