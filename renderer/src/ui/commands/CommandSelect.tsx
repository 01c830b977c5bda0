import { appContext } from '../../commands/context';
import { commandById } from '../../commands/registry';
import type { CommandArg } from '../../commands/types';
import { useCommand } from './useCommand';

export interface CommandSelectProps {
  /** A command whose `args` are the choices and whose `isPressed` marks the current one. */
  command: string;
  /** Each choice's text. */
  optionLabel(arg: CommandArg): string;
  /** Each choice's language, where it is written in one of its own (a language switch). */
  optionLang?(arg: CommandArg): string;
  disabled?: boolean;
  /** Text of a disabled first choice shown while none of the choices is the current one. */
  placeholder?: string;
}

/** A drop-down for a command with choices: shows the pressed one, and choosing performs the command. */
export function CommandSelect({
  command,
  optionLabel,
  optionLang,
  disabled,
  placeholder,
}: CommandSelectProps) {
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
      {placeholder !== undefined && current === '' ? (
        <option value="" disabled>
          {placeholder}
        </option>
      ) : null}
      {args.map((arg) => (
        <option key={String(arg)} value={String(arg)} lang={optionLang?.(arg)}>
          {optionLabel(arg)}
        </option>
      ))}
    </select>
  );
}
