import { useTranslation } from 'react-i18next';
import { currentProcedure, useAppStore } from '../store/appStore';

/** The current step's title and plain-language caption, announced politely when the step changes. */
export function Caption() {
  const { t } = useTranslation();
  const procedure = useAppStore(currentProcedure);
  const stepIndex = useAppStore((s) => s.stepIndex);
  const step = procedure.steps[stepIndex];
  if (!step) return null;
  return (
    <section className="caption" aria-live="polite" aria-atomic="true" data-testid="caption">
      <h2 className="caption-title">{t(step.titleKey)}</h2>
      <p className="caption-text">{t(step.captionKey)}</p>
    </section>
  );
}
