import { performCommand } from '../../commands/registry';

/** Performs a registry command by id: how the kiosk loop and kiosk buttons act on the app. */
export function runCommand(id: string): void {
  if (!performCommand(id)) throw new Error(`No command "${id}" in the registry, or it cannot run now`);
}
