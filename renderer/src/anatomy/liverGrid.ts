import type { LiverFile } from './schema';
import type { Sdf } from './sdf';
import { SDF_EXACT_RANGE_MM } from './sdf';
import type { SampleGrid } from './surfaceNets';

/** Coarse blocks are this many fine cells wide; near the surface each splits into eight, and again. */
const BLOCK = 4;
/** Blended distances are not exact distances; a margin on the bound keeps blocks the surface touches exact. */
const FAR_MARGIN = 1.15;

/**
 * Samples the distance field on the data's grid, exactly only near the surface. The field is sampled
 * every four cells; blocks whose corners are all too far from the surface for it to cross them are
 * filled by trilinear interpolation. The rest is sampled every two cells and the same test repeated;
 * only blocks the surface may cross are sampled at every node.
 */
export function sampleGrid(sdf: Sdf, spec: LiverFile['grid']): SampleGrid {
  const cellMm = spec.cellMm;
  const origin: [number, number, number] = [spec.min[0], spec.min[1], spec.min[2]];
  const blocks = (span: number) => Math.ceil(Math.floor(span / cellMm) / BLOCK);
  const bx = blocks(spec.max[0] - spec.min[0]);
  const by = blocks(spec.max[1] - spec.min[1]);
  const bz = blocks(spec.max[2] - spec.min[2]);
  const nx = bx * BLOCK + 1;
  const ny = by * BLOCK + 1;
  const nz = bz * BLOCK + 1;
  const values = new Float32Array(nx * ny * nz);
  const known = new Uint8Array(nx * ny * nz);
  const node = (i: number, j: number, k: number) => i + nx * (j + ny * k);
  const exact = (i: number, j: number, k: number) => {
    const n = node(i, j, k);
    if (known[n] !== 1) {
      values[n] = sdf(origin[0] + i * cellMm, origin[1] + j * cellMm, origin[2] + k * cellMm);
      known[n] = 1;
    }
    return values[n] as number;
  };
  const c = new Float64Array(8);
  /** Fills the block of `size` cells at (i0, j0, k0): by interpolation when far from the surface, else finer. */
  const fill = (i0: number, j0: number, k0: number, size: number) => {
    let nearest = Number.POSITIVE_INFINITY;
    for (let q = 0; q < 8; q++) {
      const v = exact(i0 + (q & 1) * size, j0 + ((q >> 1) & 1) * size, k0 + ((q >> 2) & 1) * size);
      c[q] = v;
      nearest = Math.min(nearest, Math.abs(v));
    }
    // Every point of the block lies within half its diagonal of some corner, so the surface can only
    // cross it if a corner is that close to the surface.
    const far = Math.min(size * cellMm * (Math.sqrt(3) / 2) * FAR_MARGIN, SDF_EXACT_RANGE_MM);
    if (nearest < far) {
      // At one cell the corners are the cell's nodes, already exact.
      if (size > 1) {
        const h = size / 2;
        for (let q = 0; q < 8; q++)
          fill(i0 + (q & 1) * h, j0 + ((q >> 1) & 1) * h, k0 + ((q >> 2) & 1) * h, h);
      }
      return;
    }
    for (let k = 0; k <= size; k++) {
      const tz = k / size;
      for (let j = 0; j <= size; j++) {
        const ty = j / size;
        for (let i = 0; i <= size; i++) {
          const n = node(i0 + i, j0 + j, k0 + k);
          if (known[n] === 1) continue;
          const tx = i / size;
          const x00 = (c[0] as number) + ((c[1] as number) - (c[0] as number)) * tx;
          const x10 = (c[2] as number) + ((c[3] as number) - (c[2] as number)) * tx;
          const x01 = (c[4] as number) + ((c[5] as number) - (c[4] as number)) * tx;
          const x11 = (c[6] as number) + ((c[7] as number) - (c[6] as number)) * tx;
          const y0 = x00 + (x10 - x00) * ty;
          const y1 = x01 + (x11 - x01) * ty;
          values[n] = y0 + (y1 - y0) * tz;
        }
      }
    }
  };
  for (let K = 0; K < bz; K++) {
    for (let J = 0; J < by; J++) {
      for (let I = 0; I < bx; I++) fill(I * BLOCK, J * BLOCK, K * BLOCK, BLOCK);
    }
  }
  return { nx, ny, nz, origin, cellMm, values };
}

/** Trilinear value and gradient of the sampled field at a point; gradient written into g. */
export function gridGradient(grid: SampleGrid, x: number, y: number, z: number, g: Float64Array): number {
  const { nx, ny, nz, origin, cellMm, values } = grid;
  const fx = Math.min(Math.max((x - origin[0]) / cellMm, 0), nx - 1.0001);
  const fy = Math.min(Math.max((y - origin[1]) / cellMm, 0), ny - 1.0001);
  const fz = Math.min(Math.max((z - origin[2]) / cellMm, 0), nz - 1.0001);
  const i = Math.floor(fx);
  const j = Math.floor(fy);
  const k = Math.floor(fz);
  const tx = fx - i;
  const ty = fy - j;
  const tz = fz - k;
  const n = i + nx * (j + ny * k);
  const v000 = values[n] as number;
  const v100 = values[n + 1] as number;
  const v010 = values[n + nx] as number;
  const v110 = values[n + nx + 1] as number;
  const v001 = values[n + nx * ny] as number;
  const v101 = values[n + nx * ny + 1] as number;
  const v011 = values[n + nx * ny + nx] as number;
  const v111 = values[n + nx * ny + nx + 1] as number;
  const x00 = v000 + (v100 - v000) * tx;
  const x10 = v010 + (v110 - v010) * tx;
  const x01 = v001 + (v101 - v001) * tx;
  const x11 = v011 + (v111 - v011) * tx;
  g[0] =
    ((v100 - v000) * (1 - ty) * (1 - tz) +
      (v110 - v010) * ty * (1 - tz) +
      (v101 - v001) * (1 - ty) * tz +
      (v111 - v011) * ty * tz) /
    cellMm;
  g[1] = ((x10 - x00) * (1 - tz) + (x11 - x01) * tz) / cellMm;
  const y0 = x00 + (x10 - x00) * ty;
  const y1 = x01 + (x11 - x01) * ty;
  g[2] = (y1 - y0) / cellMm;
  return y0 + (y1 - y0) * tz;
}
