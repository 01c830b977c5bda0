import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { appContext } from '../../commands/context';
import { commandById, performCommand } from '../../commands/registry';

function subscribeAll(listener: () => void): () => void {
  const ctx = appContext();
  const stops = [
    ctx.app.subscribe(listener),
    ctx.explore.subscribe(listener),
    ctx.classroom.subscribe(listener),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}

/** A button for one registered command, named by it, pressed while the command's toggle is on. */
export function CommandToggle({ id }: { id: string }) {
  const { t } = useTranslation();
  const command = commandById(id);
  const pressed = useSyncExternalStore(subscribeAll, () => command?.isPressed?.(appContext()));
  if (!command) return null;
  const shortcut = command.keys[0]?.toUpperCase();
  return (
    <button
      type="button"
      className="control control-text"
      aria-pressed={pressed}
      aria-keyshortcuts={command.keys.length > 0 ? command.keys.join(' ') : undefined}
      onClick={() => performCommand(id)}
    >
      {t(command.labelKey)}
      {shortcut ? <kbd className="presenter-key">{shortcut}</kbd> : null}
    </button>
  );
}
