import { useEffect } from 'react';
import { useAppStore } from '../../store/appStore';
import { commandForKey, keyBelongsToTarget } from '../commands';

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
      command.perform(useAppStore.getState());
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
