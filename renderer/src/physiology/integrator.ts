/**
 * Time stepping of a linear system dy/dt = f(context, y, source) whose context (here: a routing of
 * the blood) may change from one step to the next. Heun's method (second-order Runge–Kutta), split
 * into sub-steps when a step would be too long for the fastest pool. Every Runge–Kutta step keeps
 * what the derivative conserves, so drug mass balance holds to rounding.
 *
 * The fast path: while the context stays the same, a step is the same linear map
 * y → M·y + G·source every time. After a few such steps the map is probed once (by taking the
 * ordinary step from each unit vector) and then applied directly.
 */

/** Largest step, as a fraction of the fastest emptying time, before a step is split. */
export const STABLE_STEP = 0.5;
/** Plain steps taken in an unchanged context before the fast path probes its map. */
export const QUIET_STEPS_BEFORE_FAST_PATH = 4;

export interface StepContext {
  /** Fastest rate (1/min) at which any pool empties in this context. */
  readonly fastest: number;
}

export type Derivative<C> = (context: C, y: Float64Array, source: Float64Array, dy: Float64Array) => void;

export interface Integrator<C extends StepContext> {
  /** Sub-steps needed for a step of `dtMin` under the fastest of the contexts. */
  piecesFor(dtMin: number, fastest: number): number;
  /** One Heun step of `h` minutes, from context `a` at its start to context `b` at its end. */
  heun(y: Float64Array, h: number, source: Float64Array, a: C, b: C): void;
  /** `dtMin` minutes in one unchanged context, sub-stepped as needed. */
  plainStep(y: Float64Array, dtMin: number, source: Float64Array, context: C): void;
  /** The same as `plainStep`, by the fast path once the context has been quiet for a few steps. */
  quietStep(y: Float64Array, dtMin: number, source: Float64Array, context: C): void;
  /** The context changed: the fast path's map no longer holds. */
  contextChanged(): void;
}

export function createIntegrator<C extends StepContext>(
  stateSize: number,
  inputCount: number,
  derivative: Derivative<C>,
): Integrator<C> {
  const k1 = new Float64Array(stateSize);
  const k2 = new Float64Array(stateSize);
  const y1 = new Float64Array(stateSize);

  function heun(y: Float64Array, h: number, source: Float64Array, a: C, b: C): void {
    derivative(a, y, source, k1);
    for (let i = 0; i < stateSize; i++) y1[i] = (y[i] as number) + h * (k1[i] as number);
    derivative(b, y1, source, k2);
    for (let i = 0; i < stateSize; i++)
      y[i] = (y[i] as number) + 0.5 * h * ((k1[i] as number) + (k2[i] as number));
  }

  const piecesFor = (dtMin: number, fastest: number) =>
    Math.max(1, Math.ceil((fastest * dtMin) / STABLE_STEP));

  function plainStep(y: Float64Array, dtMin: number, source: Float64Array, context: C): void {
    const pieces = piecesFor(dtMin, context.fastest);
    const h = dtMin / pieces;
    for (let s = 0; s < pieces; s++) heun(y, h, source, context, context);
  }

  // The map of one quiet step: `map` is state × state (row-major), `inputs` state × inputCount.
  const map = new Float64Array(stateSize * stateSize);
  const inputs = new Float64Array(stateSize * inputCount);
  const probe = new Float64Array(stateSize);
  const unit = new Float64Array(inputCount);
  const after = new Float64Array(stateSize);
  // Columns of the map that differ from the identity: pools that only accumulate are skipped.
  const mixing = new Int32Array(stateSize);
  let mixingCount = 0;
  let mapValid = false;
  let mapDt = 0;
  let quiet = 0;

  function probeMap(dtMin: number, context: C): void {
    unit.fill(0);
    for (let c = 0; c < stateSize; c++) {
      probe.fill(0);
      probe[c] = 1;
      plainStep(probe, dtMin, unit, context);
      for (let r = 0; r < stateSize; r++) map[r * stateSize + c] = probe[r] as number;
    }
    for (let i = 0; i < inputCount; i++) {
      probe.fill(0);
      unit.fill(0);
      unit[i] = 1;
      plainStep(probe, dtMin, unit, context);
      for (let r = 0; r < stateSize; r++) inputs[r * inputCount + i] = probe[r] as number;
    }
    mixingCount = 0;
    for (let c = 0; c < stateSize; c++) {
      let identity = true;
      for (let r = 0; r < stateSize && identity; r++) identity = map[r * stateSize + c] === (r === c ? 1 : 0);
      if (!identity) mixing[mixingCount++] = c;
    }
    mapDt = dtMin;
    mapValid = true;
  }

  function quietStep(y: Float64Array, dtMin: number, source: Float64Array, context: C): void {
    if (mapValid && mapDt !== dtMin) mapValid = false;
    if (!mapValid) {
      if (++quiet < QUIET_STEPS_BEFORE_FAST_PATH) {
        plainStep(y, dtMin, source, context);
        return;
      }
      probeMap(dtMin, context);
    }
    for (let r = 0; r < stateSize; r++) {
      let v = y[r] as number;
      const row = r * stateSize;
      for (let i = 0; i < mixingCount; i++) {
        const c = mixing[i] as number;
        v += ((map[row + c] as number) - (r === c ? 1 : 0)) * (y[c] as number);
      }
      for (let i = 0; i < inputCount; i++)
        v += (inputs[r * inputCount + i] as number) * (source[i] as number);
      after[r] = v;
    }
    y.set(after);
  }

  return {
    piecesFor,
    heun,
    plainStep,
    quietStep,
    contextChanged() {
      mapValid = false;
      quiet = 0;
    },
  };
}
