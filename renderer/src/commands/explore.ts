import { nextCutAxis } from '../scene/anatomy/cutPlane';
import type { Command } from './types';

/** Taking the anatomy apart: x-ray, cut, segments, show everything. */
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
];
