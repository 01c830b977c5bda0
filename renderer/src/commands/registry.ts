import { accessibilityCommands } from './accessibility';
import { appCommands } from './app';
import { classroomCommands } from './classroom';
import { appContext } from './context';
import { displayCommands } from './display';
import { exploreCommands } from './explore';
import { kioskCommands } from './kiosk';
import { languageCommands } from './language';
import { patientCommands } from './patient';
import { playbackCommands } from './playback';
import type { Command, CommandArg, CommandContext } from './types';

/**
 * Every user command in one place: buttons, keyboard shortcuts, a presenter's clicker and the
 * kiosk loop all call these, so they behave the same whichever way they are triggered. Each area
 * keeps its commands in its own module; they are joined here.
 */
export const COMMANDS: readonly Command[] = [
  ...playbackCommands,
  ...exploreCommands,
  ...appCommands,
  ...kioskCommands,
  ...patientCommands,
  ...classroomCommands,
  ...displayCommands,
  ...languageCommands,
  ...accessibilityCommands,
];

const byId = new Map(COMMANDS.map((command) => [command.id, command]));

export function commandById(id: string): Command | undefined {
  return byId.get(id);
}

/** The window-wide command for a key; commands scoped to the 3D view are not found here. */
export function commandForKey(key: string): Command | undefined {
  return COMMANDS.find((command) => !command.scope && command.keys.includes(key));
}

/** The command for a key pressed while the 3D view has focus ('Shift+ArrowLeft' for Shift with an arrow). */
export function sceneCommandForKey(key: string): Command | undefined {
  return COMMANDS.find((command) => command.scope === 'scene' && command.keys.includes(key));
}

/** Runs a command by id if it exists and is enabled; returns whether it ran. */
export function performCommand(id: string, ctx: CommandContext = appContext(), arg?: CommandArg): boolean {
  const command = byId.get(id);
  if (!command || (command.isEnabled && !command.isEnabled(ctx, arg))) return false;
  command.perform(ctx, arg);
  return true;
}
