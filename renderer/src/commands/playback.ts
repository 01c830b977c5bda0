import type { Command } from './types';

/** Moving through the procedure: play, steps, start and end. */
export const playbackCommands: readonly Command[] = [
  {
    id: 'togglePlay',
    labelKey: 'controls.play',
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
];
