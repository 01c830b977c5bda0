import { useAppStore } from '../../store/appStore';
import { COMMANDS } from '../commands';

/** Performs a registry command by id: how the kiosk loop and kiosk buttons act on the app. */
export function runCommand(id: string): void {
  const command = COMMANDS.find((c) => c.id === id);
  if (!command) throw new Error(`No command "${id}" in the registry`);
  command.perform(useAppStore.getState());
}
