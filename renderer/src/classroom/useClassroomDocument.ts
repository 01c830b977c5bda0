import { useEffect } from 'react';
import type { Mode } from '../../../electron/shared/launchOptions';
import { useClassroomStore } from './classroomStore';
import './classroom.css';
import './probe';

/** Modes projected to a room: type sized for the back row. */
export function usesRoomType(mode: Mode): boolean {
  return mode === 'presenter' || mode === 'audience';
}

function setClass(name: string, on: boolean): void {
  document.documentElement.classList.toggle(name, on);
}

/**
 * Keeps the page in line with the classroom settings: room-sized type in presenter and audience
 * modes, the high-contrast theme, hidden panels, and full screen where the browser allows it.
 */
export function useClassroomDocument(mode: Mode): void {
  const highContrast = useClassroomStore((s) => s.highContrast);
  const panelsHidden = useClassroomStore((s) => s.panelsHidden);
  useEffect(() => setClass('room-type', usesRoomType(mode)), [mode]);
  useEffect(() => setClass('high-contrast', highContrast), [highContrast]);
  useEffect(() => setClass('panels-hidden', panelsHidden), [panelsHidden]);
  useEffect(() => followFullscreen(), []);
}

/**
 * Full screen follows the store. A browser only allows it during a user gesture, so a request that
 * is refused (e.g. `&fullscreen=1` on load) is tried again on the next key or click.
 */
function followFullscreen(): () => void {
  let retry: (() => void) | null = null;
  const clearRetry = () => {
    if (!retry) return;
    window.removeEventListener('pointerdown', retry, true);
    window.removeEventListener('keydown', retry, true);
    retry = null;
  };
  const apply = (wanted: boolean) => {
    const element = document.documentElement;
    if (wanted && !document.fullscreenElement && element.requestFullscreen) {
      element.requestFullscreen().then(clearRetry, () => {
        if (retry) return;
        retry = () => {
          clearRetry();
          if (useClassroomStore.getState().fullscreen) apply(true);
        };
        window.addEventListener('pointerdown', retry, true);
        window.addEventListener('keydown', retry, true);
      });
    } else if (!wanted) {
      clearRetry();
      if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    }
  };
  // Subscribed directly (not in a React effect) so the request runs inside the key press that asked.
  const unsubscribe = useClassroomStore.subscribe((state, previous) => {
    if (state.fullscreen !== previous.fullscreen) apply(state.fullscreen);
  });
  // Leaving full screen with Esc turns the setting off, so F turns it on again next time.
  const onChange = () => {
    if (!document.fullscreenElement && useClassroomStore.getState().fullscreen && !retry)
      useClassroomStore.getState().setFullscreen(false);
  };
  document.addEventListener('fullscreenchange', onChange);
  if (useClassroomStore.getState().fullscreen) apply(true);
  return () => {
    unsubscribe();
    clearRetry();
    document.removeEventListener('fullscreenchange', onChange);
  };
}
