import { Box3, type BufferGeometry, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { buildLeanVesselTube, getAnatomy } from '../../../renderer/src/anatomy';
import {
  buildCoarseLiverSurface,
  coarsenGrid,
  meshVolumeMm3,
} from '../../../renderer/src/anatomy/liverSurface';
import type { SampleGrid } from '../../../renderer/src/anatomy/surfaceNets';

const anatomy = getAnatomy();
const triangles = (g: BufferGeometry) => (g.getIndex()?.count ?? 0) / 3;
const box = (g: BufferGeometry) => new Box3().setFromBufferAttribute(g.getAttribute('position') as never);

describe('the lighter geometry drawn while the picture moves on WebGL emulated on the CPU', () => {
  it('coarsening a grid keeps every other node, with cells twice the size and the same origin', () => {
    const grid: SampleGrid = {
      nx: 5,
      ny: 3,
      nz: 3,
      origin: [1, 2, 3],
      cellMm: 2,
      values: Float32Array.from({ length: 45 }, (_, n) => n),
    };
    const coarse = coarsenGrid(grid);
    expect([coarse.nx, coarse.ny, coarse.nz, coarse.cellMm]).toEqual([3, 2, 2, 4]);
    expect(coarse.origin).toEqual([1, 2, 3]);
    // Node (i, j, k) of the coarse grid is node (2i, 2j, 2k) of the fine one.
    expect(coarse.values[1 + 3 * (1 + 2 * 1)]).toBe(2 + 5 * (2 + 3 * 2));
  });

  it('the coarse liver has at most a third of the triangles, the same volume and extent, and lies on the surface', () => {
    const { geometry, sdf, grid, volumeMl } = anatomy.liver;
    const coarse = buildCoarseLiverSurface(sdf, grid);
    expect(triangles(coarse)).toBeLessThan(triangles(geometry) / 3);
    const position = coarse.getAttribute('position');
    const volume = meshVolumeMm3(position.array, coarse.getIndex()?.array ?? []) / 1000;
    expect(Math.abs(volume - volumeMl) / volumeMl).toBeLessThan(0.03);
    const full = box(geometry);
    const lean = box(coarse);
    for (const axis of ['x', 'y', 'z'] as const) {
      expect(Math.abs(lean.min[axis] - full.min[axis])).toBeLessThan(grid.cellMm * 2);
      expect(Math.abs(lean.max[axis] - full.max[axis])).toBeLessThan(grid.cellMm * 2);
    }
    let off = 0;
    for (let i = 0; i < position.count; i++)
      off = Math.max(off, Math.abs(sdf(position.getX(i), position.getY(i), position.getZ(i))));
    expect(off).toBeLessThan(grid.cellMm);
    // White vertex colours: the liver's material reads them, and white leaves its own colour.
    const colour = coarse.getAttribute('color');
    expect(colour.count).toBe(position.count);
    expect(Math.min(...(colour.array as Float32Array))).toBe(1);
  });

  it('a lean vessel tube follows the same centre line with a fraction of the triangles', () => {
    for (const id of ['aorta', 'portalVein', 'rightHepaticArtery'] as const) {
      const full = anatomy.tubes.get(id) as BufferGeometry;
      const lean = buildLeanVesselTube(anatomy.centreLines.get(id) as never);
      expect(triangles(lean), id).toBeLessThan(triangles(full) / 3);
      const a = box(full);
      const b = box(lean);
      expect(a.getCenter(new Vector3()).distanceTo(b.getCenter(new Vector3())), id).toBeLessThan(2);
      expect(
        Math.abs(a.getSize(new Vector3()).length() - b.getSize(new Vector3()).length()),
        id,
      ).toBeLessThan(3);
    }
  });

  it('the lean torso has half the triangles of the torso, within the same bounds', () => {
    expect(triangles(anatomy.leanBody)).toBeLessThanOrEqual(triangles(anatomy.body) / 2 + 2);
    const a = box(anatomy.body);
    const b = box(anatomy.leanBody);
    expect(a.containsBox(b.clone().expandByScalar(-1))).toBe(true);
    expect(a.getSize(new Vector3()).distanceTo(b.getSize(new Vector3()))).toBeLessThan(20);
  });
});
