import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/appStore';
import { formatProcedureTime } from './formatTime';

/** Procedure time, not wall time: the whole procedure plays in a few minutes. */
export function Clock() {
  const { t } = useTranslation();
  const timeS = useAppStore((s) => Math.floor(s.timeS));
  return (
    <output className="clock" data-testid="clock">
      {t('controls.clock', { time: formatProcedureTime(timeS) })}
    </output>
  );
}
