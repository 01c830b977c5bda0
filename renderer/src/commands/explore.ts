import { type CutAxis, nextCutAxis } from '../explore/cutPlane';
import { LABEL_DENSITIES, type LabelDensity } from '../explore/labelSet';
import { structureList } from '../explore/structureList';
import { currentProcedure } from '../store/appStore';
import type { Command } from './types';

/** Taking the anatomy apart: x-ray, cut, segments, labels, and showing, hiding or isolating structures. */

const CUT_AXES: ReadonlyArray<CutAxis | 'none'> = ['none', 'axial', 'coronal', 'sagittal', 'free'];

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
    perform: ({ explore }, arg) => {
      const id = String(arg);
      explore.getState().setHidden(id, !explore.getState().hidden.has(id));
    },
    // Pressed: shown (the list's box is ticked while the structure is not hidden).
    isPressed: ({ explore }, arg) => !explore.getState().hidden.has(String(arg)),
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
];
