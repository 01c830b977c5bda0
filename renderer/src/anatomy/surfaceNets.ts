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

/** A growable typed array, so large meshes are built without boxing numbers. */
class Buffer<T extends Float32Array | Uint32Array> {
  length = 0;
  constructor(
    public data: T,
    private readonly make: (n: number) => T,
  ) {}
  push3(a: number, b: number, c: number): void {
    if (this.length + 3 > this.data.length) {
      const bigger = this.make(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = a;
    this.data[this.length++] = b;
    this.data[this.length++] = c;
  }
  done(): T {
    return this.data.slice(0, this.length) as T;
  }
}

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
  const positions = new Buffer(new Float32Array(3 * 4096), (n) => new Float32Array(n));
  const corner = new Float64Array(8);
  const sxy = nx * ny;
  let vertexCount = 0;
  for (let k = 0; k < nz - 1; k++) {
    for (let j = 0; j < ny - 1; j++) {
      const row = nx * (j + ny * k);
      for (let i = 0; i < nx - 1; i++) {
        const n = row + i;
        // Cheap rejection: the cell's eight corners all on one side.
        const v0 = values[n] as number;
        const v1 = values[n + 1] as number;
        const v2 = values[n + nx] as number;
        const v3 = values[n + nx + 1] as number;
        const v4 = values[n + sxy] as number;
        const v5 = values[n + sxy + 1] as number;
        const v6 = values[n + sxy + nx] as number;
        const v7 = values[n + sxy + nx + 1] as number;
        const mask =
          (v0 < 0 ? 1 : 0) |
          (v1 < 0 ? 2 : 0) |
          (v2 < 0 ? 4 : 0) |
          (v3 < 0 ? 8 : 0) |
          (v4 < 0 ? 16 : 0) |
          (v5 < 0 ? 32 : 0) |
          (v6 < 0 ? 64 : 0) |
          (v7 < 0 ? 128 : 0);
        if (mask === 0 || mask === 255) continue;
        corner[0] = v0;
        corner[1] = v1;
        corner[2] = v2;
        corner[3] = v3;
        corner[4] = v4;
        corner[5] = v5;
        corner[6] = v6;
        corner[7] = v7;
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
        positions.push3(
          origin[0] + (i + sx / crossings) * cellMm,
          origin[1] + (j + sy / crossings) * cellMm,
          origin[2] + (k + sz / crossings) * cellMm,
        );
        cellIndex[i + cx * (j + cy * k)] = vertexCount++;
      }
    }
  }
  const indices = new Buffer(new Uint32Array(3 * 8192), (n) => new Uint32Array(n));
  const cell = (i: number, j: number, k: number) => cellIndex[i + cx * (j + cy * k)] as number;
  const quad = (a: number, b: number, c: number, d: number, flip: boolean) => {
    if (a < 0 || b < 0 || c < 0 || d < 0) return;
    if (flip) {
      indices.push3(a, c, b);
      indices.push3(a, d, c);
    } else {
      indices.push3(a, b, c);
      indices.push3(a, c, d);
    }
  };
  for (let k = 0; k < nz; k++) {
    for (let j = 0; j < ny; j++) {
      for (let i = 0; i < nx; i++) {
        const n = i + nx * (j + ny * k);
        const inside = (values[n] as number) < 0;
        if (i < nx - 1 && j > 0 && k > 0 && inside !== (values[n + 1] as number) < 0) {
          quad(cell(i, j - 1, k - 1), cell(i, j, k - 1), cell(i, j, k), cell(i, j - 1, k), !inside);
        }
        if (j < ny - 1 && i > 0 && k > 0 && inside !== (values[n + nx] as number) < 0) {
          quad(cell(i - 1, j, k - 1), cell(i - 1, j, k), cell(i, j, k), cell(i, j, k - 1), !inside);
        }
        if (k < nz - 1 && i > 0 && j > 0 && inside !== (values[n + sxy] as number) < 0) {
          quad(cell(i - 1, j - 1, k), cell(i, j - 1, k), cell(i, j, k), cell(i - 1, j, k), !inside);
        }
      }
    }
  }
  return { positions: positions.done(), indices: indices.done() };
}
