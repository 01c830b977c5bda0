import { classifySegment, type SegmentModel, segmentRegionDistance } from './couinaud';
import { gridGradient } from './liverGrid';
import { meshVolumeMm3 } from './liverSurface';
import { type SampleGrid, surfaceNets } from './surfaceNets';
import { SEGMENT_IDS, type SegmentId } from './types';

/** One Couinaud segment as a closed mesh: the liver's capsule where it has one, flat faces where it meets its neighbours. */
export interface SegmentSolid {
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
  volumeMl: number;
}

/** Nodes of margin around a segment's own nodes, so its sub-grid's border lies outside it. */
const MARGIN = 2;

interface Box {
  min: [number, number, number];
  max: [number, number, number];
}

/** Grid index box of each segment's nodes inside the liver. */
function segmentBoxes(grid: SampleGrid, model: SegmentModel): Map<SegmentId, Box> {
  const { nx, ny, nz, origin, cellMm, values } = grid;
  const boxes = new Map<SegmentId, Box>();
  let n = 0;
  for (let k = 0; k < nz; k++) {
    for (let j = 0; j < ny; j++) {
      for (let i = 0; i < nx; i++, n++) {
        if ((values[n] as number) >= cellMm) continue;
        const s = classifySegment(
          model,
          origin[0] + i * cellMm,
          origin[1] + j * cellMm,
          origin[2] + k * cellMm,
        );
        const box = boxes.get(s);
        if (!box) {
          boxes.set(s, { min: [i, j, k], max: [i, j, k] });
          continue;
        }
        box.min = [Math.min(box.min[0], i), Math.min(box.min[1], j), Math.min(box.min[2], k)];
        box.max = [Math.max(box.max[0], i), Math.max(box.max[1], j), Math.max(box.max[2], k)];
      }
    }
  }
  return boxes;
}

/** The segment's field on its sub-grid: inside the liver and inside its region; border nodes forced outside. */
function segmentGrid(grid: SampleGrid, model: SegmentModel, segment: SegmentId, box: Box): SampleGrid {
  const { cellMm, origin } = grid;
  const lo = box.min.map((v) => Math.max(0, v - MARGIN)) as [number, number, number];
  const hi = [
    Math.min(grid.nx - 1, box.max[0] + MARGIN),
    Math.min(grid.ny - 1, box.max[1] + MARGIN),
    Math.min(grid.nz - 1, box.max[2] + MARGIN),
  ];
  const nx = (hi[0] as number) - lo[0] + 1;
  const ny = (hi[1] as number) - lo[1] + 1;
  const nz = (hi[2] as number) - lo[2] + 1;
  const values = new Float32Array(nx * ny * nz);
  let n = 0;
  for (let k = 0; k < nz; k++) {
    for (let j = 0; j < ny; j++) {
      for (let i = 0; i < nx; i++, n++) {
        const gi = i + lo[0];
        const gj = j + lo[1];
        const gk = k + lo[2];
        const liver = grid.values[gi + grid.nx * (gj + grid.ny * gk)] as number;
        const x = origin[0] + gi * cellMm;
        const y = origin[1] + gj * cellMm;
        const z = origin[2] + gk * cellMm;
        const border = i === 0 || j === 0 || k === 0 || i === nx - 1 || j === ny - 1 || k === nz - 1;
        const value = Math.max(liver, segmentRegionDistance(model, segment, x, y, z));
        values[n] = border ? Math.max(value, cellMm) : value;
      }
    }
  }
  return {
    nx,
    ny,
    nz,
    origin: [origin[0] + lo[0] * cellMm, origin[1] + lo[1] * cellMm, origin[2] + lo[2] * cellMm],
    cellMm,
    values,
  };
}

const g = new Float64Array(3);
const STEP = 0.25;

/** Gradient of the segment's region distance by central differences, normalised, into g. */
function regionGradient(model: SegmentModel, segment: SegmentId, x: number, y: number, z: number): void {
  const dx =
    segmentRegionDistance(model, segment, x + STEP, y, z) -
    segmentRegionDistance(model, segment, x - STEP, y, z);
  const dy =
    segmentRegionDistance(model, segment, x, y + STEP, z) -
    segmentRegionDistance(model, segment, x, y - STEP, z);
  const dz =
    segmentRegionDistance(model, segment, x, y, z + STEP) -
    segmentRegionDistance(model, segment, x, y, z - STEP);
  const len = Math.hypot(dx, dy, dz) || 1;
  g[0] = dx / len;
  g[1] = dy / len;
  g[2] = dz / len;
}

/** Unit gradient of the liver's sampled field into g; returns the field's value. */
function liverGradient(grid: SampleGrid, x: number, y: number, z: number): number {
  const value = gridGradient(grid, x, y, z, g);
  const len = Math.hypot(g[0] as number, g[1] as number, g[2] as number) || 1;
  g[0] = (g[0] as number) / len;
  g[1] = (g[1] as number) / len;
  g[2] = (g[2] as number) / len;
  return value;
}

/**
 * Moves each vertex onto the surface that bounds it there (the liver's capsule or the segment's
 * boundary), at most half a cell, and gives it that surface's normal: smooth capsule, flat faces
 * between segments. A vertex whose cell both surfaces cross is moved onto both in turn, so it lands
 * on the edge between them and the edge stays sharp instead of bevelled by the grid.
 */
function settleVertices(
  liverGrid: SampleGrid,
  model: SegmentModel,
  segment: SegmentId,
  positions: Float32Array,
): Float32Array {
  const normals = new Float32Array(positions.length);
  const cell = liverGrid.cellMm;
  const limit = cell * 0.5;
  const p = [0, 0, 0];
  const moveAlongG = (d: number, cap: number) => {
    const step = Math.max(-cap, Math.min(cap, d));
    p[0] = (p[0] as number) - (g[0] as number) * step;
    p[1] = (p[1] as number) - (g[1] as number) * step;
    p[2] = (p[2] as number) - (g[2] as number) * step;
  };
  for (let v = 0; v < positions.length; v += 3) {
    p[0] = positions[v] as number;
    p[1] = positions[v + 1] as number;
    p[2] = positions[v + 2] as number;
    const liver0 = gridGradient(liverGrid, p[0], p[1], p[2], g);
    const region0 = segmentRegionDistance(model, segment, p[0], p[1], p[2]);
    if (Math.abs(liver0) < cell * 0.6 && Math.abs(region0) < cell * 0.6) {
      // On an edge: alternate projections onto the two surfaces.
      for (let pass = 0; pass < 4; pass++) {
        moveAlongG(liverGradient(liverGrid, p[0] as number, p[1] as number, p[2] as number), limit);
        regionGradient(model, segment, p[0] as number, p[1] as number, p[2] as number);
        moveAlongG(
          segmentRegionDistance(model, segment, p[0] as number, p[1] as number, p[2] as number),
          limit,
        );
      }
    } else if (liver0 >= region0) {
      moveAlongG(liverGradient(liverGrid, p[0], p[1], p[2]), limit);
    } else {
      regionGradient(model, segment, p[0], p[1], p[2]);
      moveAlongG(region0, limit);
    }
    const x = p[0] as number;
    const y = p[1] as number;
    const z = p[2] as number;
    // The normal of whichever surface bounds the settled point.
    const liver = gridGradient(liverGrid, x, y, z, g);
    if (liver >= segmentRegionDistance(model, segment, x, y, z)) liverGradient(liverGrid, x, y, z);
    else regionGradient(model, segment, x, y, z);
    positions[v] = x;
    positions[v + 1] = y;
    positions[v + 2] = z;
    normals[v] = g[0] as number;
    normals[v + 1] = g[1] as number;
    normals[v + 2] = g[2] as number;
  }
  return normals;
}

/**
 * Each Couinaud segment as a closed solid, so a segment can be hidden or shown alone and the faces
 * where it met its neighbours show. Built from the liver's sampled field, one segment's box at a time.
 */
export function buildSegmentSolids(grid: SampleGrid, model: SegmentModel): Map<SegmentId, SegmentSolid> {
  const boxes = segmentBoxes(grid, model);
  const solids = new Map<SegmentId, SegmentSolid>();
  for (const segment of SEGMENT_IDS) {
    const box = boxes.get(segment);
    if (!box) continue;
    const { positions, indices } = surfaceNets(segmentGrid(grid, model, segment, box));
    const normals = settleVertices(grid, model, segment, positions);
    solids.set(segment, { positions, normals, indices, volumeMl: meshVolumeMm3(positions, indices) / 1000 });
  }
  return solids;
}
