import ihpData from '@assets/procedures/ihp.json';
import phpData from '@assets/procedures/php.json';
import { describe, expect, it } from 'vitest';
import { getAnatomy } from '../../../renderer/src/anatomy';
import { parseProcedure } from '../../../renderer/src/procedure/loader';
import type { Procedure } from '../../../renderer/src/procedure/schema';
import { stepSettledS } from '../../../renderer/src/procedure/settledTime';
import { procedureStateAt } from '../../../renderer/src/procedure/timeline';
import { lineVisibility, stationShown } from '../../../renderer/src/scene/deviceVisuals';

function load(data: unknown): Procedure {
  const result = parseProcedure(data, 'test');
  if (!result.ok) throw new Error(result.error);
  return result.procedure;
}
const procedures = [load(phpData), load(ihpData)];

function shownAt(procedure: Procedure, stepIndex: number) {
  const devices = procedureStateAt(procedure, stepSettledS(procedure, stepIndex)).devices;
  const lines = lineVisibility(procedure, devices);
  const stations = getAnatomy()
    .stations.filter((s) => stationShown(s.lines, lines))
    .map((s) => s.id);
  const tubes = [...lines].filter(([, v]) => v.amount > 0.01).map(([id]) => id);
  return { stations, tubes };
}

describe('machines and tubes come and go with their devices', () => {
  it('shows no tube and no machine once the tubes are out (the last step, settled)', () => {
    for (const procedure of procedures) {
      expect(shownAt(procedure, procedure.steps.length - 1), procedure.id).toEqual({
        stations: [],
        tubes: [],
      });
    }
  });

  it("shows the procedure's own machines while its circuit runs", () => {
    const [php, ihp] = procedures as [Procedure, Procedure];
    const phpRunning = shownAt(
      php,
      php.steps.findIndex((s) => s.id === 'infusion'),
    );
    expect(phpRunning.stations).toEqual(expect.arrayContaining(['phpPump', 'phpFilter1', 'phpFilter2']));
    expect(phpRunning.stations.some((id) => id.startsWith('ihp'))).toBe(false);
    const ihpRunning = shownAt(
      ihp,
      ihp.steps.findIndex((s) => s.id === 'perfusion'),
    );
    expect(ihpRunning.stations).toEqual(
      expect.arrayContaining(['ihpPump', 'ihpOxygenator', 'ihpHeatExchanger']),
    );
  });

  it('shows no machine before anything is connected', () => {
    for (const procedure of procedures) expect(shownAt(procedure, 0).stations, procedure.id).toEqual([]);
  });
});
