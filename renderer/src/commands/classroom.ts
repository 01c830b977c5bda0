import type { Command } from './types';

/** Teaching a room: blank the projected picture, hide the panels, full screen, contrast, a second window. */
export const classroomCommands: readonly Command[] = [
  {
    id: 'blankBlack',
    labelKey: 'classroom.command.blankBlack',
    // "." is what many presentation clickers send for their blank-screen button.
    keys: ['b', 'B', '.'],
    perform: ({ classroom }) => classroom.getState().toggleBlank('black'),
    isPressed: ({ classroom }) => classroom.getState().blank === 'black',
  },
  {
    id: 'blankWhite',
    labelKey: 'classroom.command.blankWhite',
    keys: ['w', 'W'],
    perform: ({ classroom }) => classroom.getState().toggleBlank('white'),
    isPressed: ({ classroom }) => classroom.getState().blank === 'white',
  },
  {
    id: 'togglePanels',
    labelKey: 'classroom.command.hidePanels',
    keys: ['h', 'H'],
    perform: ({ classroom }) => classroom.getState().setPanelsHidden(!classroom.getState().panelsHidden),
    isPressed: ({ classroom }) => classroom.getState().panelsHidden,
  },
  {
    id: 'toggleFullscreen',
    labelKey: 'classroom.command.fullscreen',
    keys: ['f', 'F'],
    perform: ({ classroom }) => classroom.getState().setFullscreen(!classroom.getState().fullscreen),
    isPressed: ({ classroom }) => classroom.getState().fullscreen,
  },
  {
    id: 'toggleHighContrast',
    labelKey: 'classroom.command.highContrast',
    keys: [],
    perform: ({ classroom }) => classroom.getState().setHighContrast(!classroom.getState().highContrast),
    isPressed: ({ classroom }) => classroom.getState().highContrast,
  },
  {
    id: 'restartLectureClock',
    labelKey: 'classroom.console.resetElapsed',
    keys: [],
    perform: ({ classroom }) => classroom.getState().restartLectureClock(),
  },
  {
    id: 'openAudienceWindow',
    labelKey: 'classroom.command.openAudience',
    keys: [],
    perform: ({ classroom, platform }) => {
      const view = classroom.getState();
      view.setAudienceWindow('opening');
      platform
        .openAudienceWindow()
        .then((result) => view.setAudienceWindow(result.ok ? 'open' : 'failed'))
        .catch(() => view.setAudienceWindow('failed'));
    },
  },
];
