import { appContext } from '../../commands/context';
import { commandById } from '../../commands/registry';
import type { CommandArg } from '../../commands/types';
import { useCommand } from './useCommand';

export interface CommandSelectProps {
  /** A command whose `args` are the choices and whose `isPressed` marks the current one. */
  command: string;
  /** Each choice's text. */
  optionLabel(arg: CommandArg): string;
  disabled?: boolean;
}

/** A drop-down for a command with choices: shows the pressed one, and choosing performs the command. */
export function CommandSelect({ command, optionLabel, disabled }: CommandSelectProps) {
  const view = useCommand(command);
  // The choices are read on each render; the view re-renders when the chosen one changes.
  const args = commandById(command)?.args?.(appContext()) ?? [];
  const current = view.chosen ?? '';
  return (
    <select
      data-command={command}
      value={String(current)}
      disabled={disabled}
      onChange={(event) => {
        const chosen = args.find((arg) => String(arg) === event.target.value);
        if (chosen !== undefined) view.perform(chosen);
      }}
    >
      {args.map((arg) => (
        <option key={String(arg)} value={String(arg)}>
          {optionLabel(arg)}
        </option>
      ))}
    </select>
  );
}
