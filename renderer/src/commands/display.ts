import type { Command } from './types';

/** How the picture looks and moves for this viewer: colours safe for colour-blind eyes, less motion. */
export const displayCommands: readonly Command[] = [
  {
    id: 'toggleColourSafePalette',
    labelKey: 'display.command.colourSafe',
    keys: [],
    perform: ({ app }) =>
      app.getState().setPalette(app.getState().palette === 'colourSafe' ? 'standard' : 'colourSafe'),
    isPressed: ({ app }) => app.getState().palette === 'colourSafe',
  },
  {
    id: 'toggleReducedMotion',
    labelKey: 'display.command.reduceMotion',
    keys: [],
    perform: ({ app }) => app.getState().setReduceMotion(!app.getState().reduceMotion),
    isPressed: ({ app }) => app.getState().reduceMotion,
  },
];
