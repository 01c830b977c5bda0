import type { ReactNode } from 'react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useClassroomStore } from '../../classroom/classroomStore';
import { useAudienceLink } from '../../classroom/useClassroomLinks';
import { Caption } from '../Caption';
import { ReviewNotice } from '../language/ReviewNotice';
import { BlankOverlay } from './BlankOverlay';
import './audience.css';

/** Seconds of stillness before the pointer disappears from the projected picture. */
const CURSOR_HIDE_MS = 2000;

/** Hides the cursor after a while without movement; any movement brings it back. */
function useHiddenCursor(ref: React.RefObject<HTMLDivElement | null>): void {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let timer = 0;
    const wake = () => {
      element.classList.remove('cursor-hidden');
      window.clearTimeout(timer);
      timer = window.setTimeout(() => element.classList.add('cursor-hidden'), CURSOR_HIDE_MS);
    };
    wake();
    window.addEventListener('pointermove', wake);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pointermove', wake);
    };
  }, [ref]);
}

/**
 * The picture for the room: the scene over the whole window and the caption in large type, as the
 * presenter console drives it. It takes no input; when the console is gone it keeps its last
 * picture and says, discreetly, that it is waiting.
 */
export function AudienceShell({
  scene,
}: {
  /** The 3D view (the UI does not reach into the scene itself). */ scene: ReactNode;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const presenterPresent = useClassroomStore((s) => s.presenterPresent);
  useAudienceLink(true);
  useHiddenCursor(ref);
  return (
    <div ref={ref} className="audience" data-testid="audience">
      <main className="audience-stage">
        <h1 className="visually-hidden">{t('app.title')}</h1>
        {scene}
        <Caption />
        {presenterPresent ? null : (
          <p className="audience-waiting" role="status" data-testid="audience-waiting">
            {t('classroom.audience.waiting')}
          </p>
        )}
        <p className="audience-disclaimer" role="note">
          {t('app.disclaimer')}
          <ReviewNotice />
        </p>
      </main>
      <BlankOverlay />
    </div>
  );
}
