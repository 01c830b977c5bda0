import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { frame } from '../runtime';
import { useAppStore } from '../store/appStore';

/** How long the "back again" notice stays, ms: long enough to read, short enough not to linger. */
const RESTORED_NOTICE_MS = 6000;

/** Removes the last notice with this text, if it is still showing; indices shift as others come and go. */
function dismissByText(message: string): void {
  const index = useAppStore.getState().notices.lastIndexOf(message);
  if (index >= 0) useAppStore.getState().dismissNotice(index);
}

/**
 * Survives a lost WebGL context (a GPU reset, a driver update, too many contexts): asks the
 * browser to restore it, tells the person once per event, and lets three.js rebuild its GPU
 * state on restore. Playback keeps its time, since the playhead lives outside the renderer.
 */
export function ContextLossGuard() {
  const canvas = useThree((s) => s.gl.domElement);
  const invalidate = useThree((s) => s.invalidate);
  const { t } = useTranslation();

  useEffect(() => {
    const lostMessage = t('robustness.contextLost');
    const restoredMessage = t('robustness.contextRestored');
    let restoredTimer: number | undefined;

    const onLost = (event: Event) => {
      // Without preventDefault the browser never fires webglcontextrestored.
      event.preventDefault();
      if (frame.contextLost) return;
      frame.contextLost = true;
      window.clearTimeout(restoredTimer);
      dismissByText(restoredMessage);
      useAppStore.getState().addNotice(lostMessage);
    };
    const onRestored = () => {
      if (!frame.contextLost) return;
      frame.contextLost = false;
      // The canvas renders on demand: a paused scene would stay blank until something changed.
      invalidate();
      dismissByText(lostMessage);
      useAppStore.getState().addNotice(restoredMessage);
      restoredTimer = window.setTimeout(() => dismissByText(restoredMessage), RESTORED_NOTICE_MS);
    };

    canvas.addEventListener('webglcontextlost', onLost);
    canvas.addEventListener('webglcontextrestored', onRestored);
    return () => {
      canvas.removeEventListener('webglcontextlost', onLost);
      canvas.removeEventListener('webglcontextrestored', onRestored);
      window.clearTimeout(restoredTimer);
    };
  }, [canvas, invalidate, t]);

  return null;
}
