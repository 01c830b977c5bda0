import { describe, expect, it } from 'vitest';
import {
  COMPARTMENTS,
  defaultParams,
  drugTint,
  FLOW_PATH_IDS,
  solveProcedure,
} from '../../../renderer/src/physiology';
import type { FlowPathId } from '../../../renderer/src/procedure/ids';
import type { Procedure } from '../../../renderer/src/procedure/schema';
import { createFrame, type Frame, fillFrame } from '../../../renderer/src/runtime';
import { createAppStore } from '../../../renderer/src/store/appStore';
import { createExploreStore } from '../../../renderer/src/store/exploreStore';
import { load, midStepS, type ProcedureName } from '../physiology/fixtures';

/**
 * The drug colour each place gets, read from the frame the driver fills, against the concentration
 * the physiology model gives for that place: body vessels against the liver and its circuit.
 */

/** Vessels that carry the body's own blood in both procedures (never the liver's inflow or outflow). */
const BODY: readonly FlowPathId[] = [
  'aorta',
  'splenicArtery',
  'superiorMesentericArtery',
  'rightIliacArtery',
  'rightFemoralArtery',
  'rightFemoralVein',
  'rightIliacVein',
  'ivcInfrahepatic',
  'superiorVenaCava',
  'leftAxillaryVein',
];

/** Where the perfusate runs: the liver's artery and vein, and the circuit's pumped line. */
const PERFUSED: Record<ProcedureName, readonly FlowPathId[]> = {
  ihp: ['properHepaticArtery', 'middleHepaticVein', 'ihpOxygenatorLine'],
  php: ['properHepaticArtery', 'middleHepaticVein', 'phpDrainLine'],
};

/** The moments checked: mid-infusion, the rinse, and after the liver is open to the body again. */
const MOMENTS: Record<ProcedureName, { infusion: string; washout: string; reopened: string }> = {
  ihp: { infusion: 'perfusion', washout: 'washout', reopened: 'decannulation' },
  php: { infusion: 'infusion', washout: 'washout', reopened: 'remove-catheters' },
};

/** A tint a viewer does not notice on a red or blue vessel wall: 5% of the full drug colour. */
const NEAR_CLEAR = 0.05;

const solved = new Map<ProcedureName, { procedure: Procedure; frame: Frame; fill: (t: number) => Frame }>();
function at(name: ProcedureName, stepId: string): Frame {
  let entry = solved.get(name);
  if (!entry) {
    const procedure = load(name);
    const solution = solveProcedure(procedure, defaultParams(procedure));
    const stores = { app: createAppStore(), explore: createExploreStore() };
    stores.app.getState().setProcedure(name);
    const frame = createFrame();
    const fill = (timeS: number) => {
      stores.app.getState().seek(timeS);
      fillFrame(frame, stores, { procedure, solution }, 0, 0);
      return frame;
    };
    entry = { procedure, frame, fill };
    solved.set(name, entry);
  }
  const timeS = midStepS(entry.procedure, stepId);
  const frame = entry.fill(timeS);
  expect(frame.timeS).toBe(timeS);
  return frame;
}

const index = (id: FlowPathId) => FLOW_PATH_IDS.indexOf(id);
const tintOf = (frame: Frame, id: FlowPathId) => frame.drug.path[index(id)] as number;
const concOf = (frame: Frame, id: FlowPathId) => frame.physiology.pathConc[index(id)] as number;
const liverConc = (frame: Frame) => frame.physiology.conc[COMPARTMENTS.indexOf('liverTissue')] as number;
const maxBodyTint = (frame: Frame) => Math.max(...BODY.map((id) => tintOf(frame, id)));

describe.each(['ihp', 'php'] as const)('drug colour in %s', (name) => {
  const moments = Object.entries(MOMENTS[name]);

  it.each(moments)('colours every path by its own blood, the liver by its tissue (%s)', (_, step) => {
    const frame = at(name, step);
    FLOW_PATH_IDS.forEach((id, i) => {
      expect(frame.drug.path[i], id).toBe(drugTint(frame.physiology.pathConc[i] as number));
    });
    expect(frame.drug.liver).toBe(drugTint(liverConc(frame)));
    expect(frame.drug.tumour).toBe(drugTint(frame.physiology.conc[COMPARTMENTS.indexOf('tumour')] as number));
  });

  it.each(moments)('uses one scale: a higher concentration never shows weaker (%s)', (_, step) => {
    const frame = at(name, step);
    const places = FLOW_PATH_IDS.map((id) => ({ c: concOf(frame, id), tint: tintOf(frame, id) }));
    places.push({ c: liverConc(frame), tint: frame.drug.liver });
    places.sort((a, b) => a.c - b.c);
    for (let i = 1; i < places.length; i++) {
      expect(places[i]?.tint).toBeGreaterThanOrEqual(places[i - 1]?.tint as number);
    }
  });

  it('shows the body near clear and the perfusate strongly during the infusion', () => {
    const frame = at(name, MOMENTS[name].infusion);
    // The model keeps the body's blood at least ten times weaker than the perfusate here...
    const perfused = Math.min(...PERFUSED[name].map((id) => concOf(frame, id)));
    expect(Math.max(...BODY.map((id) => concOf(frame, id)))).toBeLessThan(perfused / 10);
    // ...and the picture shows it so: the body's vessels stay clear while the perfusate glows.
    expect(maxBodyTint(frame)).toBeLessThan(NEAR_CLEAR);
    for (const id of PERFUSED[name]) expect(tintOf(frame, id), id).toBeGreaterThan(10 * maxBodyTint(frame));
  });

  it('shows the liver, not the body, holding the drug during the rinse and after re-opening', () => {
    for (const step of [MOMENTS[name].washout, MOMENTS[name].reopened]) {
      const frame = at(name, step);
      expect(liverConc(frame), step).toBeGreaterThan(10 * Math.max(...BODY.map((id) => concOf(frame, id))));
      expect(maxBodyTint(frame), step).toBeLessThan(NEAR_CLEAR);
      expect(frame.drug.liver, step).toBeGreaterThan(3 * maxBodyTint(frame));
    }
  });
});

describe('the closed IHP loop', () => {
  it('leaves the body clear while the loop is closed: infusion and rinse', () => {
    for (const step of [MOMENTS.ihp.infusion, MOMENTS.ihp.washout]) {
      const frame = at('ihp', step);
      for (const id of BODY) expect(concOf(frame, id), `${step} ${id}`).toBe(0);
      expect(maxBodyTint(frame), step).toBe(0);
      for (const id of PERFUSED.ihp) expect(tintOf(frame, id), `${step} ${id}`).toBeGreaterThan(NEAR_CLEAR);
    }
  });
});
