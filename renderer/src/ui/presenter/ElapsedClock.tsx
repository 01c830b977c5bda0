import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClassroomStore } from '../../classroom/classroomStore';
import { CommandButton } from '../commands/CommandButton';
import { formatProcedureTime } from '../formatTime';

/** Wall time since the console opened (or the clock was restarted): how long the lecture has run. */
export function ElapsedClock() {
  const { t } = useTranslation();
  const startedAt = useClassroomStore((s) => s.lectureStartedAt);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const elapsed = formatProcedureTime(Math.max(0, Math.floor((Math.max(now, startedAt) - startedAt) / 1000)));
  return (
    <div className="presenter-elapsed">
      <output aria-label={t('classroom.console.elapsed')} data-testid="elapsed">
        {elapsed}
      </output>
      <CommandButton command="restartLectureClock" />
    </div>
  );
}
