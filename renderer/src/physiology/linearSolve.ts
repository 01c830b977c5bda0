/**
 * Solves a·x = b in place (b becomes x) for a dense n×n row-major matrix by Gaussian
 * elimination with partial pivoting. Small systems only (the flow network has ~30 unknowns).
 * Returns false when the matrix is singular.
 */
export function solveDense(a: Float64Array, b: Float64Array, n: number): boolean {
  for (let col = 0; col < n; col++) {
    let pivot = col;
    let best = Math.abs(a[col * n + col] as number);
    for (let row = col + 1; row < n; row++) {
      const v = Math.abs(a[row * n + col] as number);
      if (v > best) {
        best = v;
        pivot = row;
      }
    }
    if (best === 0) return false;
    if (pivot !== col) {
      for (let k = col; k < n; k++) {
        const t = a[col * n + k] as number;
        a[col * n + k] = a[pivot * n + k] as number;
        a[pivot * n + k] = t;
      }
      const t = b[col] as number;
      b[col] = b[pivot] as number;
      b[pivot] = t;
    }
    const diag = a[col * n + col] as number;
    for (let row = col + 1; row < n; row++) {
      const factor = (a[row * n + col] as number) / diag;
      if (factor === 0) continue;
      for (let k = col; k < n; k++)
        a[row * n + k] = (a[row * n + k] as number) - factor * (a[col * n + k] as number);
      b[row] = (b[row] as number) - factor * (b[col] as number);
    }
  }
  for (let row = n - 1; row >= 0; row--) {
    let sum = b[row] as number;
    for (let k = row + 1; k < n; k++) sum -= (a[row * n + k] as number) * (b[k] as number);
    b[row] = sum / (a[row * n + row] as number);
  }
  return true;
}
