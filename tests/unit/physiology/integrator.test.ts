import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createIntegrator,
  QUIET_STEPS_BEFORE_FAST_PATH,
  STABLE_STEP,
} from '../../../renderer/src/physiology/integrator';

/** A linear system dy/dt = A·y + B·source, with the fastest emptying rate as the context's own. */
interface Linear {
  n: number;
  a: Float64Array;
  b: Float64Array;
  fastest: number;
}

const derivative = (c: Linear, y: Float64Array, source: Float64Array, dy: Float64Array) => {
  for (let r = 0; r < c.n; r++) {
    let v = 0;
    for (let k = 0; k < c.n; k++) v += (c.a[r * c.n + k] as number) * (y[k] as number);
    for (let i = 0; i < source.length; i++)
      v += (c.b[r * source.length + i] as number) * (source[i] as number);
    dy[r] = v;
  }
};

/** Pools exchanging drug at random rates (1/min); the last pool only collects (like `eliminated`). */
function compartmentSystem(rates: number[][], inputs: number): Linear {
  const n = rates.length + 1;
  const a = new Float64Array(n * n);
  let fastest = 0;
  rates.forEach((row, from) => {
    let out = 0;
    row.forEach((k, to) => {
      const target = to >= from ? to + 1 : to;
      if (target >= n) return;
      a[target * n + from] = (a[target * n + from] as number) + k;
      out += k;
    });
    a[from * n + from] = (a[from * n + from] as number) - out;
    fastest = Math.max(fastest, out);
  });
  const b = new Float64Array(n * inputs);
  for (let i = 0; i < inputs; i++) b[(i % (n - 1)) * inputs + i] = 1;
  return { n, a, b, fastest };
}

const systems = fc.integer({ min: 2, max: 6 }).chain((pools) =>
  fc.array(fc.array(fc.double({ min: 0, max: 3, noNaN: true }), { minLength: pools, maxLength: pools }), {
    minLength: pools,
    maxLength: pools,
  }),
);

describe('integrator', () => {
  it('Heun steps follow exponential decay to second order', () => {
    const context: Linear = { n: 1, a: Float64Array.of(-0.1), b: new Float64Array(0), fastest: 0.1 };
    const errorAt = (dt: number) => {
      const integrator = createIntegrator<Linear>(1, 0, derivative);
      const y = Float64Array.of(1);
      for (let t = 0; t < 10 - 1e-9; t += dt) integrator.plainStep(y, dt, new Float64Array(0), context);
      return Math.abs((y[0] as number) - Math.exp(-1));
    };
    expect(errorAt(1)).toBeLessThan(1e-3);
    // Halving the step cuts the error about four times.
    expect(errorAt(1) / errorAt(0.5)).toBeGreaterThan(3.5);
    expect(errorAt(1) / errorAt(0.5)).toBeLessThan(4.5);
  });

  it('splits a step that is long for the fastest pool, and stays stable', () => {
    const integrator = createIntegrator<Linear>(1, 0, derivative);
    expect(integrator.piecesFor(1, 0.1)).toBe(1);
    expect(integrator.piecesFor(1, 10)).toBe(Math.ceil(10 / STABLE_STEP));
    const stiff: Linear = { n: 1, a: Float64Array.of(-50), b: new Float64Array(0), fastest: 50 };
    const y = Float64Array.of(1);
    integrator.plainStep(y, 1, new Float64Array(0), stiff);
    expect(y[0]).toBeGreaterThanOrEqual(0);
    expect(y[0]).toBeLessThan(1e-6);
  });

  it('takes plain steps until the context has been quiet a while, then the fast path', () => {
    let calls = 0;
    const context: Linear = { n: 1, a: Float64Array.of(-0.1), b: new Float64Array(0), fastest: 0.1 };
    const integrator = createIntegrator<Linear>(1, 0, (c, y, s, dy) => {
      calls++;
      derivative(c, y, s, dy);
    });
    const y = Float64Array.of(1);
    const none = new Float64Array(0);
    for (let i = 1; i < QUIET_STEPS_BEFORE_FAST_PATH; i++) integrator.quietStep(y, 1, none, context);
    const plain = calls;
    expect(plain).toBe(2 * (QUIET_STEPS_BEFORE_FAST_PATH - 1));
    for (let i = 0; i < 100; i++) integrator.quietStep(y, 1, none, context);
    // One probe per state column, then no more derivative calls.
    expect(calls - plain).toBe(2);
  });

  it('fast path matches plain stepping within 1e-6 relative (property)', () => {
    fc.assert(
      fc.property(
        systems,
        fc.double({ min: 0.01, max: 2, noNaN: true }),
        fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: 1, maxLength: 2 }),
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 7, maxLength: 7 }),
        fc.integer({ min: 1, max: 300 }),
        (rates, dtMin, sourceValues, start, steps) => {
          const context = compartmentSystem(rates, sourceValues.length);
          const source = Float64Array.from(sourceValues);
          const fast = createIntegrator<Linear>(context.n, source.length, derivative);
          const plain = createIntegrator<Linear>(context.n, source.length, derivative);
          const yFast = Float64Array.from({ length: context.n }, (_, i) => start[i] ?? 0);
          const yPlain = Float64Array.from(yFast);
          for (let k = 0; k < steps; k++) {
            fast.quietStep(yFast, dtMin, source, context);
            plain.plainStep(yPlain, dtMin, source, context);
          }
          let scale = 0;
          for (const v of yPlain) scale = Math.max(scale, Math.abs(v));
          for (let i = 0; i < context.n; i++) {
            expect(Math.abs((yFast[i] as number) - (yPlain[i] as number))).toBeLessThanOrEqual(
              1e-6 * Math.max(scale, 1e-12),
            );
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
