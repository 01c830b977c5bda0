import { CAMERA_MOVES, type CameraMove } from '../explore/cameraMoves';
import { structureList } from '../explore/structureList';
import { currentProcedure } from '../store/appStore';
import type { Command, CommandContext } from './types';

/**
 * The 3D view without a mouse or without sight: describe it aloud, turn, zoom and move it, step
 * through what it shows and look closer at one structure. Most keys act only while the view has
 * focus (scope 'scene'), so the arrows keep stepping through the procedure everywhere else.
 */

const MOVE_KEYS: Record<CameraMove, readonly string[]> = {
  orbitLeft: ['ArrowLeft'],
  orbitRight: ['ArrowRight'],
  orbitUp: ['ArrowUp'],
  orbitDown: ['ArrowDown'],
  zoomIn: ['+', '='],
  zoomOut: ['-', '_'],
  panLeft: ['Shift+ArrowLeft'],
  panRight: ['Shift+ArrowRight'],
  panUp: ['Shift+ArrowUp'],
  panDown: ['Shift+ArrowDown'],
};

/** A person taking the camera stops it following the steps and drops any focus, as a drag does. */
function moveCamera({ app, explore }: CommandContext, move: CameraMove): void {
  if (app.getState().followSteps) app.getState().setFollowSteps(false);
  if (explore.getState().focus) explore.getState().setFocus(null);
  explore.getState().moveCamera(move);
}

/** The name a key press has for the 3D view's commands: 'Shift+' before arrows and Tab with Shift. */
export function sceneKeyOf(event: { key: string; shiftKey: boolean }): string {
  return event.shiftKey && (event.key.startsWith('Arrow') || event.key === 'Tab')
    ? `Shift+${event.key}`
    : event.key;
}

const cameraCommands: Command[] = CAMERA_MOVES.map((move) => ({
  id: move,
  labelKey: `describe.command.${move}`,
  keys: MOVE_KEYS[move],
  scope: 'scene' as const,
  perform: (ctx: CommandContext) => moveCamera(ctx, move),
}));

const picked = ({ explore }: CommandContext) => explore.getState().picked.id !== null;

export const accessibilityCommands: readonly Command[] = [
  {
    id: 'describeView',
    labelKey: 'describe.command.describe',
    keys: ['d', 'D'],
    perform: ({ explore }) => explore.getState().requestDescription(),
  },
  ...cameraCommands,
  {
    id: 'nextStructure',
    labelKey: 'describe.command.nextStructure',
    keys: [']', 'Tab'],
    scope: 'scene',
    perform: ({ explore }) => explore.getState().stepStructure(1),
  },
  {
    id: 'previousStructure',
    labelKey: 'describe.command.previousStructure',
    keys: ['[', 'Shift+Tab'],
    scope: 'scene',
    perform: ({ explore }) => explore.getState().stepStructure(-1),
  },
  {
    id: 'focusStructure',
    labelKey: 'describe.command.focusStructure',
    keys: ['Enter'],
    scope: 'scene',
    perform: ({ explore }) => {
      const { id } = explore.getState().picked;
      if (id) explore.getState().requestFocus(id);
    },
    isEnabled: picked,
  },
  {
    id: 'stopStructures',
    labelKey: 'describe.command.stopStructures',
    keys: ['Escape'],
    scope: 'scene',
    perform: ({ explore }) => explore.getState().pick(null, 'scene'),
    isEnabled: picked,
  },
  {
    // The structure list picks out the structure under the pointer or focus, as hover does in 3D.
    id: 'highlightStructure',
    labelKey: 'describe.command.highlightStructure',
    keys: [],
    args: ({ app }) => structureList(currentProcedure(app.getState())).flatMap((g) => g.members),
    perform: ({ explore }, arg) => explore.getState().pick(String(arg), 'list'),
    isPressed: ({ explore }, arg) => explore.getState().picked.id === arg,
  },
];
