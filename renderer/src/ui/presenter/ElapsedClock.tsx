import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatProcedureTime } from '../formatTime';

/** Wall time since the console opened (or was reset): how long the lecture has run. */
export function ElapsedClock() {
  const { t } = useTranslation();
  const [startedAt, setStartedAt] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const elapsed = formatProcedureTime(Math.max(0, Math.floor((now - startedAt) / 1000)));
  return (
    <div className="presenter-elapsed">
      <output aria-label={t('classroom.console.elapsed')} data-testid="elapsed">
        {elapsed}
      </output>
      <button
        type="button"
        className="control control-text"
        onClick={() => {
          setStartedAt(Date.now());
          setNow(Date.now());
        }}
      >
        {t('classroom.console.resetElapsed')}
      </button>
    </div>
  );
}
