import type { ReactNode } from 'react';
import type { CommandArg } from '../../commands/types';
import { useCommand } from './useCommand';

export interface CommandButtonProps {
  /** The registered command this button performs. */
  command: string;
  /** For commands that act on one of several things. */
  arg?: CommandArg;
  className?: string;
  /** What the button shows; by default the command's name. An icon button passes its icon. */
  children?: ReactNode;
  /**
   * Accessible name when it must say more than the command's name ("Isolate liver"). By default
   * a button with children (an icon) is named by the command; `nameFromContent` leaves the name
   * to the children's text.
   */
  ariaLabel?: string;
  nameFromContent?: boolean;
  /** aria-pressed from the command's pressed state, default true; false where the name already says it (Play/Pause). */
  showPressed?: boolean;
  /** Other attributes a particular button needs (a tab's role, ids). */
  extra?: Record<string, unknown>;
}

/**
 * A button for a registered command: its name, shortcut hint (`aria-keyshortcuts`), disabled and
 * pressed state come from the command, and a click performs it. `data-command` names the command,
 * so a test can check that every button maps to one.
 */
export function CommandButton({
  command,
  arg,
  className = 'control control-text',
  children,
  ariaLabel,
  nameFromContent = false,
  showPressed = true,
  extra,
}: CommandButtonProps) {
  const view = useCommand(command, arg);
  return (
    <button
      type="button"
      className={className}
      data-command={command}
      data-command-arg={arg}
      aria-label={ariaLabel ?? (children === undefined || nameFromContent ? undefined : view.label)}
      aria-keyshortcuts={view.shortcuts}
      aria-pressed={showPressed ? view.pressed : undefined}
      disabled={!view.enabled}
      onClick={() => view.perform()}
      {...extra}
    >
      {children ?? view.label}
    </button>
  );
}
