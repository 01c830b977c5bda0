import { useTranslation } from 'react-i18next';
import { currentProcedure, useAppStore } from '../store/appStore';
import { CommandButton } from './commands/CommandButton';
import { formatProcedureTime } from './formatTime';

/** Every step as a button; the current one is marked for assistive technology too. */
export function StepList() {
  const { t } = useTranslation();
  const procedure = useAppStore(currentProcedure);
  const stepIndex = useAppStore((s) => s.stepIndex);
  return (
    <nav className="step-list" aria-label={t('controls.steps')}>
      <ol>
        {procedure.steps.map((step, i) => (
          <li key={step.id}>
            <CommandButton
              command="goToStep"
              arg={i}
              className="step-button"
              showPressed={false}
              nameFromContent
              extra={{ 'aria-current': i === stepIndex ? 'step' : undefined }}
            >
              <span className="step-number">{i + 1}</span>
              <span className="step-title">{t(step.titleKey)}</span>
              <span className="step-time">{formatProcedureTime(step.startMin * 60)}</span>
            </CommandButton>
          </li>
        ))}
      </ol>
    </nav>
  );
}
