import { useEffect } from 'react';
import { appContext } from '../../commands/context';
import { commandForKey, performCommand } from '../../commands/registry';
import { keyBelongsToTarget } from '../keyTarget';

/** The only keyboard shortcuts a kiosk keeps: play/pause and previous/next step. */
const KIOSK_KEY_COMMANDS = new Set(['togglePlay', 'previousStep', 'nextStep']);

export function useKioskKeys(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (keyBelongsToTarget(event.key, event.target)) return;
      const command = commandForKey(event.key);
      if (!command || !KIOSK_KEY_COMMANDS.has(command.id)) return;
      event.preventDefault();
      performCommand(command.id, appContext());
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
