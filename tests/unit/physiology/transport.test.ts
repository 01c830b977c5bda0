import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultParams, type PhysiologyParams } from '../../../renderer/src/physiology';
import { createFlowModel } from '../../../renderer/src/physiology/flowNetwork';
import { procedureInputs } from '../../../renderer/src/physiology/inputs';
import { createTransport } from '../../../renderer/src/physiology/transport';
import { transportSetup } from '../../../renderer/src/physiology/transportSetup';
import type { Procedure } from '../../../renderer/src/procedure/schema';
import { procedureDurationS } from '../../../renderer/src/procedure/timeline';
import { load, midStepS, NAMES } from './fixtures';

const STEP_OF_INTEREST: Record<string, string> = { php: 'infusion', ihp: 'perfusion' };

/** A transport of a built-in procedure, held in the flow state of one of its steps. */
function transportAt(procedure: Procedure, params: PhysiologyParams, dtS: number) {
  const model = createFlowModel(procedure, params);
  const inputs = procedureInputs(procedure, model, params, procedureDurationS(procedure), dtS);
  const row = inputs.makeRow();
  inputs.fillRow(midStepS(procedure, STEP_OF_INTEREST[procedure.id] ?? ''), row, inputs.makeRow());
  const transport = createTransport(transportSetup(model, inputs, params));
  transport.begin(row);
  return { transport, row, infusions: inputs.infusions.length };
}

describe('transport', () => {
  it.each(NAMES)(
    '%s: the quiet-stretch fast path matches plain stepping within 1e-6 relative (property)',
    (name) => {
      const procedure = load(name);
      const defaults = defaultParams(procedure);
      fc.assert(
        fc.property(
          fc.record({
            circuitFlow: fc.double({ min: 200, max: 3000, noNaN: true }),
            leakFraction: fc.double({ min: 0, max: 0.5, noNaN: true }),
            hepaticExtraction: fc.double({ min: 0, max: 0.9, noNaN: true }),
          }),
          fc.double({ min: 0.5, max: 30, noNaN: true }),
          fc.double({ min: 0, max: 10, noNaN: true }),
          fc.integer({ min: 1, max: 200 }),
          (overrides, dtS, rate, steps) => {
            const params = { ...defaults, ...overrides };
            const fast = transportAt(procedure, params, dtS);
            const plain = transportAt(procedure, params, dtS);
            const source = new Float64Array(fast.infusions).fill(rate);
            const yFast = new Float64Array(fast.transport.layout.size);
            const yPlain = new Float64Array(plain.transport.layout.size);
            for (let k = 0; k < steps; k++) {
              fast.transport.advance(yFast, dtS / 60, source, fast.row, false);
              // Flows "changed" to the same flows: routed afresh, stepped plainly.
              plain.transport.advance(yPlain, dtS / 60, source, plain.row, true);
            }
            let scale = 0;
            for (const v of yPlain) scale = Math.max(scale, Math.abs(v));
            for (let i = 0; i < yPlain.length; i++)
              expect(Math.abs((yFast[i] as number) - (yPlain[i] as number))).toBeLessThanOrEqual(
                1e-6 * Math.max(scale, 1e-12),
              );
          },
        ),
        { numRuns: 40 },
      );
    },
    60_000,
  );

  it('reports junction concentrations that mix their inflows', () => {
    const procedure = load(NAMES[0] as (typeof NAMES)[number]);
    const { transport, infusions } = transportAt(procedure, defaultParams(procedure), 1);
    const y = new Float64Array(transport.layout.size);
    y[transport.layout.systemic] = 10;
    y[transport.layout.liverBlood] = 5;
    const source = new Float64Array(infusions);
    transport.observe(y, source);
    // Every junction's concentration lies within the range of the volume pools' concentrations.
    const volumes = transport.layout.volumeNodes.map((n) => transport.nodeConc[n] as number);
    const hi = Math.max(...volumes);
    transport.nodeConc.forEach((c) => {
      expect(c).toBeGreaterThanOrEqual(0);
      expect(c).toBeLessThanOrEqual(hi * (1 + 1e-12));
    });
  });
});
