import { isProcedureId, PROCEDURE_IDS } from '../procedure/registry';
import { currentProcedure, PLAYBACK_SPEEDS, type PlaybackSpeed } from '../store/appStore';
import type { Command } from './types';

/** Moving through the procedure: play, steps, start and end, speed, which procedure, the view. */
export const playbackCommands: readonly Command[] = [
  {
    id: 'togglePlay',
    labelKey: 'controls.play',
    pressedLabelKey: 'controls.pause',
    keys: [' '],
    perform: ({ app }) => app.getState().togglePlay(),
    isPressed: ({ app }) => app.getState().playing,
  },
  {
    id: 'previousStep',
    labelKey: 'controls.previousStep',
    keys: ['ArrowLeft', 'PageUp'],
    perform: ({ app }) => app.getState().previousStep(),
  },
  {
    id: 'nextStep',
    labelKey: 'controls.nextStep',
    keys: ['ArrowRight', 'PageDown'],
    perform: ({ app }) => app.getState().nextStep(),
  },
  {
    id: 'start',
    labelKey: 'controls.timeline',
    keys: ['Home'],
    perform: ({ app }) => app.getState().seek(0),
  },
  {
    id: 'end',
    labelKey: 'controls.timeline',
    keys: ['End'],
    perform: ({ app }) => app.getState().seek(Number.MAX_VALUE),
  },
  {
    id: 'toggleLabels',
    labelKey: 'controls.labels',
    keys: ['l', 'L'],
    perform: ({ app }) => app.getState().setLabels(!app.getState().labels),
    isPressed: ({ app }) => app.getState().labels,
  },
  {
    id: 'resetView',
    labelKey: 'controls.resetView',
    keys: ['r', 'R'],
    perform: ({ app }) => app.getState().resetView(),
  },
  {
    id: 'toggleFollowSteps',
    labelKey: 'controls.followSteps',
    keys: [],
    perform: ({ app }) => app.getState().setFollowSteps(!app.getState().followSteps),
    isPressed: ({ app }) => app.getState().followSteps,
  },
  {
    id: 'goToStep',
    labelKey: 'controls.steps',
    keys: [],
    args: ({ app }) => currentProcedure(app.getState()).steps.map((_, i) => i),
    perform: ({ app }, arg) => app.getState().goToStep(Number(arg ?? 0)),
    isPressed: ({ app }, arg) => app.getState().stepIndex === arg,
  },
  {
    id: 'seek',
    labelKey: 'controls.timeline',
    keys: [],
    perform: ({ app }, arg) => app.getState().seek(Number(arg ?? 0)),
  },
  {
    id: 'setSpeed',
    labelKey: 'controls.speed',
    keys: [],
    args: () => PLAYBACK_SPEEDS,
    perform: ({ app }, arg) => {
      if (PLAYBACK_SPEEDS.includes(Number(arg) as PlaybackSpeed))
        app.getState().setSpeed(Number(arg) as PlaybackSpeed);
    },
    isPressed: ({ app }, arg) => app.getState().speed === Number(arg),
  },
  {
    id: 'setProcedure',
    labelKey: 'controls.procedure',
    keys: [],
    args: () => PROCEDURE_IDS,
    perform: ({ app }, arg) => {
      if (isProcedureId(arg)) app.getState().setProcedure(arg);
    },
    isPressed: ({ app }, arg) => app.getState().procedureId === arg,
  },
];
