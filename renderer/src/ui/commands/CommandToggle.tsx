import type { ReactNode } from 'react';
import type { CommandArg } from '../../commands/types';
import { useCommand } from './useCommand';

export interface CommandToggleProps {
  command: string;
  arg?: CommandArg;
  /** 'checkbox' for an on/off command, 'radio' for one choice among a command's arguments. */
  type?: 'checkbox' | 'radio';
  /** Radio group name. */
  name?: string;
  className?: string;
  /** Accessible name, when the visible text beside it is not enough. */
  ariaLabel?: string;
  /** The text beside the box; by default the command's name. */
  children?: ReactNode;
  style?: React.CSSProperties;
}

/**
 * A checkbox or radio button inside its label for a registered command: checked while the
 * command is pressed (for this argument), and changing it performs the command.
 */
export function CommandToggle({
  command,
  arg,
  type = 'checkbox',
  name,
  className = 'toggle',
  ariaLabel,
  children,
  style,
}: CommandToggleProps) {
  const view = useCommand(command, arg);
  return (
    <label className={className} style={style}>
      <input
        type={type}
        name={name}
        value={arg}
        data-command={command}
        data-command-arg={arg}
        aria-label={ariaLabel}
        aria-keyshortcuts={view.shortcuts}
        checked={view.pressed === true}
        disabled={!view.enabled}
        onChange={() => view.perform()}
      />
      <span>{children ?? view.label}</span>
    </label>
  );
}
