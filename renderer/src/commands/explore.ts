import { anglesFromNormal, normalFromAngles } from '../explore/cutAngles';
import { type CutAxis, nextCutAxis } from '../explore/cutPlane';
import { LABEL_DENSITIES, type LabelDensity } from '../explore/labelSet';
import { structureList } from '../explore/structureList';
import { isStructureShown, withShown } from '../explore/visibility';
import type { Procedure } from '../procedure/schema';
import { currentProcedure } from '../store/appStore';
import type { Command } from './types';

/** Taking the anatomy apart: x-ray, cut, segments, labels, and showing, hiding or isolating structures. */

const CUT_AXES: ReadonlyArray<CutAxis | 'none'> = ['none', 'axial', 'coronal', 'sagittal', 'free'];

const groupsByProcedure = new WeakMap<Procedure, ReturnType<typeof structureList>>();

/** The structure list's groups for a procedure, built once: every box asks on every store change. */
function groupsOf(procedure: Procedure): ReturnType<typeof structureList> {
  let groups = groupsByProcedure.get(procedure);
  if (!groups) {
    groups = structureList(procedure);
    groupsByProcedure.set(procedure, groups);
  }
  return groups;
}

/** Every group and structure id the structure list offers for the current procedure. */
function structureIds(procedure: Parameters<typeof structureList>[0]): string[] {
  return structureList(procedure).flatMap(({ group, members }) => [group, ...members]);
}

export const exploreCommands: readonly Command[] = [
  {
    id: 'toggleXray',
    labelKey: 'explore.command.xray',
    keys: ['x', 'X'],
    perform: ({ explore }) => explore.getState().setXray(!explore.getState().xray),
    isPressed: ({ explore }) => explore.getState().xray,
  },
  {
    id: 'cycleCut',
    labelKey: 'explore.command.cut',
    keys: ['c', 'C'],
    perform: ({ explore }) => explore.getState().setCutAxis(nextCutAxis(explore.getState().cut.axis)),
  },
  {
    id: 'toggleSegments',
    labelKey: 'explore.command.segments',
    keys: ['s', 'S'],
    perform: ({ explore }) => explore.getState().setSegmentTint(!explore.getState().segmentTint),
    isPressed: ({ explore }) => explore.getState().segmentTint,
  },
  {
    id: 'showAll',
    labelKey: 'explore.command.showAll',
    keys: ['a', 'A'],
    perform: ({ explore }) => explore.getState().showAll(),
  },
  {
    id: 'toggleShown',
    labelKey: 'explore.structures',
    keys: [],
    args: ({ app }) => structureIds(currentProcedure(app.getState())),
    perform: ({ app, explore }, arg) => {
      const id = String(arg);
      const groups = groupsOf(currentProcedure(app.getState()));
      const state = explore.getState();
      state.setVisibility(withShown(id, !isStructureShown(id, state, groups), state, groups));
    },
    // Pressed: shown. The list's box is ticked exactly while the structure is shown, whether it was
    // hidden itself, through its group, or by "Only" on something else.
    isPressed: ({ app, explore }, arg) =>
      isStructureShown(String(arg), explore.getState(), groupsOf(currentProcedure(app.getState()))),
  },
  {
    id: 'toggleIsolated',
    labelKey: 'explore.isolateShort',
    keys: [],
    args: ({ app }) => structureIds(currentProcedure(app.getState())),
    perform: ({ explore }, arg) => explore.getState().toggleIsolated(String(arg)),
    isPressed: ({ explore }, arg) => explore.getState().isolated.has(String(arg)),
  },
  {
    id: 'setCutAxis',
    labelKey: 'explore.cut',
    keys: [],
    args: () => CUT_AXES,
    perform: ({ explore }, arg) => {
      if (CUT_AXES.includes(arg as CutAxis))
        explore.getState().setCutAxis(arg === 'none' ? null : (arg as CutAxis));
    },
    isPressed: ({ explore }, arg) => (explore.getState().cut.axis ?? 'none') === arg,
  },
  {
    id: 'setLabelDensity',
    labelKey: 'explore.labels',
    keys: [],
    args: () => LABEL_DENSITIES,
    perform: ({ explore }, arg) => {
      if (LABEL_DENSITIES.includes(arg as LabelDensity))
        explore.getState().setLabelDensity(arg as LabelDensity);
    },
    isPressed: ({ explore }, arg) => explore.getState().labelDensity === arg,
  },
  {
    id: 'setCutOffset',
    labelKey: 'explore.cutOffset',
    keys: [],
    perform: ({ explore }, arg) => explore.getState().setCutOffset(Number(arg ?? 0)),
    isEnabled: ({ explore }) => explore.getState().cut.axis !== null,
  },
  {
    id: 'setCutTurn',
    labelKey: 'explore.cutTurn',
    keys: [],
    perform: ({ explore }, arg) => {
      const angles = anglesFromNormal(explore.getState().cut.normal);
      explore.getState().setCutNormal(normalFromAngles({ ...angles, turnDeg: Number(arg ?? 0) }));
    },
    isEnabled: ({ explore }) => explore.getState().cut.axis === 'free',
  },
  {
    id: 'setCutTilt',
    labelKey: 'explore.cutTilt',
    keys: [],
    perform: ({ explore }, arg) => {
      const angles = anglesFromNormal(explore.getState().cut.normal);
      explore.getState().setCutNormal(normalFromAngles({ ...angles, tiltDeg: Number(arg ?? 0) }));
    },
    isEnabled: ({ explore }) => explore.getState().cut.axis === 'free',
  },
];
