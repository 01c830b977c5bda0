import { useEffect } from 'react';
import { appContext } from '../commands/context';
import { commandForKey, performCommand } from '../commands/registry';
import { keyBelongsToTarget } from './keyTarget';

/** Window-wide shortcuts from the command registry; fields and focused buttons keep their own keys. */
export function useKeyboardShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (keyBelongsToTarget(event.key, event.target)) return;
      const command = commandForKey(event.key);
      if (!command) return;
      event.preventDefault();
      performCommand(command.id, appContext());
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
