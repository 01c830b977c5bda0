import { useTranslation } from 'react-i18next';
import { currentProcedure, useAppStore } from '../../store/appStore';
import { formatProcedureTime } from '../formatTime';

/** What comes next: its title, when it starts, and the first words of what the room will read. */
export function NextStep() {
  const { t } = useTranslation();
  const procedure = useAppStore(currentProcedure);
  const stepIndex = useAppStore((s) => s.stepIndex);
  const next = procedure.steps[stepIndex + 1];
  return (
    <section className="presenter-next" aria-labelledby="presenter-next-title" data-testid="next-step">
      <h2 id="presenter-next-title" className="presenter-heading">
        <span className="presenter-kicker">{t('classroom.console.next')}</span>{' '}
        {next ? t(next.titleKey) : t('classroom.console.lastStep')}
      </h2>
      {next ? (
        <p className="presenter-preview">
          <span className="presenter-preview-time">{formatProcedureTime(next.startMin * 60)}</span>{' '}
          {t(next.captionKey)}
        </p>
      ) : null}
    </section>
  );
}
