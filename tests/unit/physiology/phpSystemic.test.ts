import { describe, expect, it } from 'vitest';
import {
  defaultParams,
  MASS_POOLS,
  parameterDefinitions,
  solveProcedure,
  summarize,
} from '../../../renderer/src/physiology';
import { ID, load } from './fixtures';

/**
 * PHP's exposure of the body, against what is published.
 *
 * No published systemic pharmacokinetics of PHP (melphalan AUC or peak in the body's blood) was
 * available: the HEPZATO label's clinical pharmacology, the phase III pharmacokinetic sub-study
 * and the systemic curves of de Leede 2017 and Pingpank 2005 could not be read, only their
 * abstracts (README, "The model behind the picture"). So the model is held to the published figures
 * that are available, all from de Leede 2017 (GEN2 filter, 3 mg/kg at most 220 mg):
 * - extraction 95.4% 10 min after the infusion starts and 77.5% at the end of the procedure,
 *   here within ±0.5 percentage points (the table's single-precision values and 1-s rows);
 * - the overall 86% (range 71.1–95.5% across procedures) is checked in published.test.ts, ±3 points.
 * The circuit flow, the leak and the hepatic extraction that also set the body's share stay marked
 * as assumed in the parameter panel, with the sources they rest on.
 */
describe('PHP systemic exposure', () => {
  const procedure = load(ID.php);
  const solution = solveProcedure(procedure, defaultParams(procedure));
  const infusedColumn = MASS_POOLS.indexOf('infused');
  const rowAt = (minutes: number) => Math.round((minutes * 60) / solution.dtS);

  it('filter extraction at de Leede’s sampling times: 95.4% 10 min into the infusion, 77.5% at the end (±0.5 points)', () => {
    let start = -1;
    for (let r = 0; r < solution.count && start < 0; r++) {
      if ((solution.mass[r * MASS_POOLS.length + infusedColumn] as number) > 0) start = r;
    }
    expect(start).toBeGreaterThan(0);
    let last = -1;
    for (let r = 0; r < solution.count; r++) if ((solution.filterExtraction[r] as number) > 0) last = r;
    const startMin = (start * solution.dtS) / 60;
    const lastMin = (last * solution.dtS) / 60;
    // The label's 30-minute infusion and 30-minute washout: the filter runs at least 60 min from the
    // start (a little longer while the balloons are let down).
    expect(lastMin - startMin).toBeGreaterThanOrEqual(60);
    expect(Math.abs((solution.filterExtraction[rowAt(startMin + 10)] as number) - 0.954)).toBeLessThanOrEqual(
      0.005,
    );
    expect(Math.abs((solution.filterExtraction[rowAt(startMin + 60)] as number) - 0.775)).toBeLessThanOrEqual(
      0.005,
    );
    expect(Math.abs((solution.filterExtraction[last] as number) - 0.775)).toBeLessThanOrEqual(0.005);
  }, 30_000);

  it('the parameters without a published figure say so, and name what they rest on', () => {
    const byName = new Map(parameterDefinitions(procedure).map((d) => [d.name, d]));
    for (const name of ['circuitFlow', 'leakFraction', 'hepaticExtraction']) {
      const d = byName.get(name);
      expect(d?.assumed, name).toBeTruthy();
      expect(d?.source.length, name).toBeGreaterThan(0);
    }
    expect(byName.get('circuitFlow')?.source).toEqual(['ject2011', 'asa-liver-flow']);
    // The circuit takes the liver's whole outflow, so its default is the resting liver blood flow.
    expect(byName.get('circuitFlow')?.default).toBe(byName.get('liverBloodFlow')?.default);
  });

  it('a leakier isolation or a weaker filter raises the body’s exposure; neither can make it exceed the IV dose', () => {
    const base = summarize(solution);
    const at = (extra: Record<string, number>) =>
      summarize(solveProcedure(procedure, { ...defaultParams(procedure), ...extra }, { dtS: 5 }));
    // The weakest filter de Leede reports for a whole procedure, held all through.
    const weakFilter = at({ filterExtractionEarly: 0.711, filterExtractionLate: 0.711 });
    const leaky = at({ leakFraction: 0.1 });
    for (const m of [weakFilter, leaky]) {
      expect(m.aucInf.systemic).toBeGreaterThan(base.aucInf.systemic);
      expect(m.aucInf.systemic).toBeLessThan(m.comparator.aucInf.systemic);
    }
  }, 60_000);

  it.todo(
    'systemic AUC and peak against the HEPZATO label and the phase III PK sub-study: no figure available yet',
  );
});
