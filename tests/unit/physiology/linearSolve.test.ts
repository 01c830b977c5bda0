import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveDense } from '../../../renderer/src/physiology/linearSolve';

describe('dense linear solve', () => {
  it('solves a system that needs a row swap', () => {
    const a = Float64Array.of(0, 1, 2, 1);
    const b = Float64Array.of(3, 4);
    expect(solveDense(a, b, 2)).toBe(true);
    expect(b[0]).toBeCloseTo(0.5, 12);
    expect(b[1]).toBeCloseTo(3, 12);
  });

  it('reports a singular matrix', () => {
    expect(solveDense(Float64Array.of(1, 2, 2, 4), Float64Array.of(1, 2), 2)).toBe(false);
  });

  it('recovers x from A·x for diagonally dominant systems like the flow network’s (property)', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 12 })
          .chain((n) =>
            fc.tuple(
              fc.constant(n),
              fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: n * n, maxLength: n * n }),
              fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: n, maxLength: n }),
            ),
          ),
        ([n, entries, x]) => {
          const a = Float64Array.from(entries);
          for (let i = 0; i < n; i++) a[i * n + i] = (a[i * n + i] as number) + n + 1;
          const b = new Float64Array(n);
          for (let r = 0; r < n; r++)
            for (let c = 0; c < n; c++) b[r] = (b[r] as number) + (a[r * n + c] as number) * (x[c] as number);
          expect(solveDense(Float64Array.from(a), b, n)).toBe(true);
          for (let i = 0; i < n; i++)
            expect(Math.abs((b[i] as number) - (x[i] as number))).toBeLessThan(1e-9);
        },
      ),
    );
  });
});
