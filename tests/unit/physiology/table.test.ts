import { describe, expect, it } from 'vitest';
import {
  COMPARTMENTS,
  createSample,
  defaultParams,
  FLOW_PATH_IDS,
  sampleAt,
  seriesFor,
  solveProcedure,
} from '../../../renderer/src/physiology';
import { CIRCUIT_IDS, VESSEL_IDS } from '../../../renderer/src/procedure/ids';
import { procedureDurationS } from '../../../renderer/src/procedure/timeline';
import { ID, load } from './fixtures';

const procedure = load(ID.php);
const solution = solveProcedure(procedure, defaultParams(procedure));

describe('solution table', () => {
  it('covers the whole procedure at 1-second resolution', () => {
    expect(solution.dtS).toBe(1);
    expect(solution.durationS).toBe(procedureDurationS(procedure));
    expect(solution.count).toBe(procedureDurationS(procedure) + 1);
    expect(FLOW_PATH_IDS).toEqual([...VESSEL_IDS, ...CIRCUIT_IDS]);
  });

  it('samples into the caller’s object without allocating a new one', () => {
    const sample = createSample();
    const conc = sample.conc;
    expect(sampleAt(solution, 50 * 60, sample)).toBe(sample);
    expect(sample.conc).toBe(conc);
    expect(sample.conc).toHaveLength(COMPARTMENTS.length);
    expect(sample.pathFlow).toHaveLength(FLOW_PATH_IDS.length);
    expect(sample.pathConc).toHaveLength(FLOW_PATH_IDS.length);
  });

  it('interpolates linearly between rows', () => {
    const a = createSample();
    const b = createSample();
    const mid = createSample();
    sampleAt(solution, 3000, a);
    sampleAt(solution, 3001, b);
    sampleAt(solution, 3000.25, mid);
    for (let i = 0; i < COMPARTMENTS.length; i++) {
      expect(mid.conc[i]).toBeCloseTo(0.75 * (a.conc[i] as number) + 0.25 * (b.conc[i] as number), 9);
    }
    expect(mid.ivComparatorSystemic).toBeCloseTo(
      0.75 * a.ivComparatorSystemic + 0.25 * b.ivComparatorSystemic,
      9,
    );
  });

  it('clamps times outside the procedure and ignores nonsense', () => {
    const sample = createSample();
    expect(sampleAt(solution, -100, sample).timeS).toBe(0);
    expect(Array.from(sample.conc)).toEqual(COMPARTMENTS.map(() => 0));
    expect(sampleAt(solution, 1e9, sample).timeS).toBe(solution.durationS);
    expect(sampleAt(solution, Number.NaN, sample).timeS).toBe(0);
  });

  it('shows drug in the infused artery and the filter line while the infusion runs', () => {
    const sample = sampleAt(solution, 50 * 60, createSample());
    const path = (id: string) => FLOW_PATH_IDS.indexOf(id as (typeof FLOW_PATH_IDS)[number]);
    const pha = sample.pathConc[path('properHepaticArtery')] as number;
    const filter = sample.pathConc[path('phpFilterLine')] as number;
    const ret = sample.pathConc[path('phpReturnLine')] as number;
    expect(pha).toBeGreaterThan(filter);
    expect(filter).toBeGreaterThan(5 * ret);
    expect(sample.conc[COMPARTMENTS.indexOf('filterOutlet')]).toBeCloseTo(ret, 6);
  });

  it('gives chart series at any spacing, ending at the end', () => {
    const series = seriesFor(solution, 'systemic', 20);
    expect(series.t[0]).toBe(0);
    expect(series.t[series.t.length - 1]).toBe(solution.durationS);
    expect(series.t.length).toBe(solution.durationS / 20 + 1);
    const sample = sampleAt(solution, 1200, createSample());
    expect(series.y[60]).toBeCloseTo(sample.conc[0] as number, 12);
    const iv = seriesFor(solution, 'ivComparator', 7);
    expect(iv.t[iv.t.length - 1]).toBe(solution.durationS);
    expect(seriesFor(solution, 'tumour').t.length).toBe(solution.count);
  });
});
