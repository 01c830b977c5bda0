import { useTranslation } from 'react-i18next';
import { CLOSING_SECTIONS, contentFor } from '../../patient/content';
import { procedureDurationS } from '../../procedure/timeline';
import { currentProcedure, useAppStore } from '../../store/appStore';
import { StatementSections } from './StatementSections';

/** At the end of the procedure, in the patient view: what happens next, the stay, side effects, when to call. */
export function ClosingSummary() {
  const { t } = useTranslation();
  const patientView = useAppStore((s) => s.patientView);
  const atEnd = useAppStore((s) => s.timeS >= procedureDurationS(currentProcedure(s)) - 1);
  const procedureId = useAppStore((s) => s.procedureId);
  if (!patientView || !atEnd) return null;
  const content = contentFor(procedureId).closing;
  return (
    // Focusable: it scrolls when long, and a keyboard must be able to scroll it.
    <section
      className="closing-summary"
      aria-labelledby="closing-title"
      data-testid="closing-summary"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to scroll from the keyboard
      tabIndex={0}
    >
      <h2 id="closing-title">{t('patient.closing.title')}</h2>
      <StatementSections
        sections={CLOSING_SECTIONS.map((name) => ({
          heading: t(`patient.closing.${name}`),
          statements: content[name],
        }))}
      />
    </section>
  );
}
