import { useCallback, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { appContext } from '../../commands/context';
import { commandById, performCommand } from '../../commands/registry';
import type { CommandArg } from '../../commands/types';

/** What a control shows for a command: its name, shortcut hint, and whether it is on and usable. */
export interface CommandView {
  /** The command's name in the current language (the pressed name while pressed, if it has one). */
  label: string;
  /** Keys for `aria-keyshortcuts`, or undefined when the command has none. */
  shortcuts: string | undefined;
  pressed: boolean | undefined;
  enabled: boolean;
  /** For a command with choices (and no `arg` given): the choice that is pressed now. */
  chosen: CommandArg | undefined;
  perform(arg?: CommandArg): void;
}

/** Key names as ARIA writes them. */
function ariaKey(key: string): string {
  return key === ' ' ? 'Space' : key;
}

/**
 * A command's state for a control, re-rendering only when its pressed or enabled state changes.
 * Throws for an unknown id: a control without a command is a bug, not a runtime condition.
 */
export function useCommand(id: string, arg?: CommandArg): CommandView {
  const { t } = useTranslation();
  const command = commandById(id);
  if (!command) throw new Error(`No command '${id}'`);
  const ctx = appContext();
  const subscribe = useCallback(
    (onChange: () => void) => {
      const stopApp = ctx.app.subscribe(onChange);
      const stopExplore = ctx.explore.subscribe(onChange);
      const stopClassroom = ctx.classroom.subscribe(onChange);
      return () => {
        stopApp();
        stopExplore();
        stopClassroom();
      };
    },
    [ctx],
  );
  // One number as the snapshot (pressed, enabled and the chosen argument's index packed together),
  // so React compares by value, re-renders only on a real change, and nothing is allocated per update.
  const snapshot = useSyncExternalStore(subscribe, () => {
    const pressed = command.isPressed ? (command.isPressed(ctx, arg) ? 2 : 1) : 0;
    const enabled = !command.isEnabled || command.isEnabled(ctx, arg) ? 1 : 0;
    let chosen = -1;
    if (arg === undefined && command.args && command.isPressed) {
      const args = command.args(ctx);
      for (let i = 0; i < args.length && chosen < 0; i++) if (command.isPressed(ctx, args[i])) chosen = i;
    }
    return pressed + 3 * enabled + 6 * (chosen + 1);
  });
  const pressedCode = snapshot % 3;
  const pressed = pressedCode === 0 ? undefined : pressedCode === 2;
  const chosenIndex = Math.floor(snapshot / 6) - 1;
  const chosen = chosenIndex >= 0 ? command.args?.(ctx)[chosenIndex] : undefined;
  const labelKey = pressed && command.pressedLabelKey ? command.pressedLabelKey : command.labelKey;
  return {
    label: t(labelKey),
    shortcuts: command.keys.length > 0 ? [...new Set(command.keys.map(ariaKey))].join(' ') : undefined,
    pressed,
    enabled: Math.floor(snapshot / 3) % 2 === 1,
    chosen,
    perform: (value = arg) => {
      performCommand(id, ctx, value);
    },
  };
}
