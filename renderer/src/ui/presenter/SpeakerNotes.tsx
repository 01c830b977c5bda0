import { useTranslation } from 'react-i18next';
import { currentProcedure, useAppStore } from '../../store/appStore';

/** The current step's notes for the lecturer: anatomy, why the step is done, typical figures and sources. */
export function SpeakerNotes() {
  const { t } = useTranslation();
  const procedure = useAppStore(currentProcedure);
  const stepIndex = useAppStore((s) => s.stepIndex);
  const step = procedure.steps[stepIndex];
  if (!step) return null;
  return (
    <section className="presenter-notes" aria-labelledby="presenter-notes-title" data-testid="speaker-notes">
      <h2 id="presenter-notes-title" className="presenter-heading">
        <span className="presenter-kicker">{t('classroom.console.now', { number: stepIndex + 1 })}</span>{' '}
        {t(step.titleKey)}
      </h2>
      <p className="presenter-notes-text">
        {step.notesKey ? t(step.notesKey) : t('classroom.console.noNotes')}
      </p>
    </section>
  );
}
