import { type Box3, BufferAttribute, BufferGeometry } from 'three';
import { gridGradient, sampleGrid } from './liverGrid';
import type { LiverFile } from './schema';
import type { Sdf } from './sdf';
import { type SampleGrid, surfaceNets } from './surfaceNets';

export interface LiverSurface {
  geometry: BufferGeometry;
  /** The sampled distance field the surface was drawn from (negative inside). */
  grid: SampleGrid;
  /** Enclosed volume of the mesh, mL. */
  volumeMl: number;
  bounds: Box3;
}

/** Volume enclosed by a closed, outward-wound triangle mesh (divergence theorem), mm³. */
export function meshVolumeMm3(positions: ArrayLike<number>, indices: ArrayLike<number>): number {
  let sum = 0;
  for (let t = 0; t < indices.length; t += 3) {
    const a = (indices[t] as number) * 3;
    const b = (indices[t + 1] as number) * 3;
    const c = (indices[t + 2] as number) * 3;
    const ax = positions[a] as number;
    const ay = positions[a + 1] as number;
    const az = positions[a + 2] as number;
    const bx = positions[b] as number;
    const by = positions[b + 1] as number;
    const bz = positions[b + 2] as number;
    const cx = positions[c] as number;
    const cy = positions[c + 1] as number;
    const cz = positions[c + 2] as number;
    sum += ax * (by * cz - bz * cy) - ay * (bx * cz - bz * cx) + az * (bx * cy - by * cx);
  }
  return sum / 6;
}

/**
 * Polygonises the liver's distance field: surface nets on the grid, each vertex then moved onto the
 * true surface (one Newton step along the sampled gradient) and given the sampled field's gradient
 * as its normal, so the surface shades smoothly without extra triangles.
 */
export function buildLiverSurface(sdf: Sdf, spec: LiverFile['grid']): LiverSurface {
  const grid = sampleGrid(sdf, spec);
  const geometry = polygonise(sdf, grid);
  const bounds = (geometry.boundingBox as Box3).clone();
  const positions = geometry.getAttribute('position').array;
  const indices = (geometry.getIndex() as BufferAttribute).array;
  return { geometry, grid, volumeMl: meshVolumeMm3(positions, indices) / 1000, bounds };
}

/**
 * The same surface from every other node of the grid: about a quarter of the triangles, for
 * frames that must be cheap (see scene/quality/leanFrame.ts). Its vertices still sit on the true
 * surface and take the field's normals, so it shades like the full one; only the outline is coarser.
 * Every vertex carries a white colour, as the full surface does when no segment is tinted.
 */
export function buildCoarseLiverSurface(sdf: Sdf, grid: SampleGrid): BufferGeometry {
  const geometry = polygonise(sdf, coarsenGrid(grid), grid);
  const count = geometry.getAttribute('position').count;
  geometry.setAttribute('color', new BufferAttribute(new Float32Array(count * 3).fill(1), 3));
  return geometry;
}

/** Every other node of a grid along each axis: cells twice the size, the same origin. */
export function coarsenGrid(grid: SampleGrid): SampleGrid {
  const nx = Math.floor((grid.nx - 1) / 2) + 1;
  const ny = Math.floor((grid.ny - 1) / 2) + 1;
  const nz = Math.floor((grid.nz - 1) / 2) + 1;
  const values = new Float32Array(nx * ny * nz);
  for (let k = 0; k < nz; k++)
    for (let j = 0; j < ny; j++)
      for (let i = 0; i < nx; i++)
        values[i + nx * (j + ny * k)] = grid.values[2 * i + grid.nx * (2 * j + grid.ny * 2 * k)] as number;
  return { nx, ny, nz, origin: grid.origin, cellMm: grid.cellMm * 2, values };
}

/**
 * Surface nets on `grid`, each vertex moved onto the true surface and given the field's normal,
 * both read from `fine` (the finest grid there is; `grid` itself by default).
 */
function polygonise(sdf: Sdf, grid: SampleGrid, fine: SampleGrid = grid): BufferGeometry {
  const { positions, indices } = surfaceNets(grid);
  const normals = new Float32Array(positions.length);
  const g = new Float64Array(3);
  const limit = grid.cellMm * 0.5;
  for (let v = 0; v < positions.length; v += 3) {
    let x = positions[v] as number;
    let y = positions[v + 1] as number;
    let z = positions[v + 2] as number;
    // Step onto the true surface along the sampled gradient, never more than half a cell.
    gridGradient(fine, x, y, z, g);
    let len = Math.hypot(g[0] as number, g[1] as number, g[2] as number) || 1;
    const d = Math.max(-limit, Math.min(limit, sdf(x, y, z)));
    x -= ((g[0] as number) / len) * d;
    y -= ((g[1] as number) / len) * d;
    z -= ((g[2] as number) / len) * d;
    gridGradient(fine, x, y, z, g);
    len = Math.hypot(g[0] as number, g[1] as number, g[2] as number) || 1;
    positions[v] = x;
    positions[v + 1] = y;
    positions[v + 2] = z;
    normals[v] = (g[0] as number) / len;
    normals[v + 1] = (g[1] as number) / len;
    normals[v + 2] = (g[2] as number) / len;
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(positions, 3));
  geometry.setAttribute('normal', new BufferAttribute(normals, 3));
  geometry.setIndex(new BufferAttribute(indices, 1));
  geometry.computeBoundingBox();
  geometry.computeBoundingSphere();
  return geometry;
}
