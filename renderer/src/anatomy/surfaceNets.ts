/** A regular grid of samples: value at node (i, j, k) is values[i + nx * (j + ny * k)]. */
export interface SampleGrid {
  nx: number;
  ny: number;
  nz: number;
  origin: readonly [number, number, number];
  cellMm: number;
  values: Float32Array;
}

export interface NetMesh {
  positions: Float32Array;
  indices: Uint32Array;
}

// The 12 cell edges as pairs of corner numbers; corner c sits at (c & 1, (c >> 1) & 1, (c >> 2) & 1).
const EDGES = [0, 1, 2, 3, 4, 5, 6, 7, 0, 2, 1, 3, 4, 6, 5, 7, 0, 4, 1, 5, 2, 6, 3, 7];

/**
 * Naive surface nets: one vertex per cell that the surface crosses (the mean of the edge crossings),
 * one quad per grid edge that changes sign. Gives a closed, smooth, shared-vertex mesh with about
 * half the triangles of marching cubes. Faces wind counter-clockwise seen from outside (value > 0).
 */
export function surfaceNets(grid: SampleGrid): NetMesh {
  const { nx, ny, nz, origin, cellMm, values } = grid;
  const cx = nx - 1;
  const cy = ny - 1;
  const cellIndex = new Int32Array(cx * cy * (nz - 1)).fill(-1);
  const positions: number[] = [];
  const corner = new Float64Array(8);
  let vertexCount = 0;
  for (let k = 0; k < nz - 1; k++) {
    for (let j = 0; j < ny - 1; j++) {
      for (let i = 0; i < nx - 1; i++) {
        let mask = 0;
        for (let c = 0; c < 8; c++) {
          const v = values[i + (c & 1) + nx * (j + ((c >> 1) & 1) + ny * (k + ((c >> 2) & 1)))] as number;
          corner[c] = v;
          if (v < 0) mask |= 1 << c;
        }
        if (mask === 0 || mask === 255) continue;
        let sx = 0;
        let sy = 0;
        let sz = 0;
        let crossings = 0;
        for (let e = 0; e < 24; e += 2) {
          const a = EDGES[e] as number;
          const b = EDGES[e + 1] as number;
          const va = corner[a] as number;
          const vb = corner[b] as number;
          if (va < 0 === vb < 0) continue;
          const t = va / (va - vb);
          sx += (a & 1) + ((b & 1) - (a & 1)) * t;
          sy += ((a >> 1) & 1) + (((b >> 1) & 1) - ((a >> 1) & 1)) * t;
          sz += ((a >> 2) & 1) + (((b >> 2) & 1) - ((a >> 2) & 1)) * t;
          crossings++;
        }
        positions.push(
          origin[0] + (i + sx / crossings) * cellMm,
          origin[1] + (j + sy / crossings) * cellMm,
          origin[2] + (k + sz / crossings) * cellMm,
        );
        cellIndex[i + cx * (j + cy * k)] = vertexCount++;
      }
    }
  }
  const indices: number[] = [];
  const cell = (i: number, j: number, k: number) => cellIndex[i + cx * (j + cy * k)] as number;
  const quad = (a: number, b: number, c: number, d: number, flip: boolean) => {
    if (a < 0 || b < 0 || c < 0 || d < 0) return;
    if (flip) indices.push(a, c, b, a, d, c);
    else indices.push(a, b, c, a, c, d);
  };
  for (let k = 0; k < nz; k++) {
    for (let j = 0; j < ny; j++) {
      for (let i = 0; i < nx; i++) {
        const here = values[i + nx * (j + ny * k)] as number;
        const inside = here < 0;
        if (i < nx - 1 && j > 0 && k > 0 && j < ny && k < nz) {
          const next = values[i + 1 + nx * (j + ny * k)] as number;
          if (inside !== next < 0) {
            quad(cell(i, j - 1, k - 1), cell(i, j, k - 1), cell(i, j, k), cell(i, j - 1, k), !inside);
          }
        }
        if (j < ny - 1 && i > 0 && k > 0) {
          const next = values[i + nx * (j + 1 + ny * k)] as number;
          if (inside !== next < 0) {
            quad(cell(i - 1, j, k - 1), cell(i - 1, j, k), cell(i, j, k), cell(i, j, k - 1), !inside);
          }
        }
        if (k < nz - 1 && i > 0 && j > 0) {
          const next = values[i + nx * (j + ny * (k + 1))] as number;
          if (inside !== next < 0) {
            quad(cell(i - 1, j - 1, k), cell(i, j - 1, k), cell(i, j, k), cell(i - 1, j, k), !inside);
          }
        }
      }
    }
  }
  return { positions: new Float32Array(positions), indices: new Uint32Array(indices) };
}
