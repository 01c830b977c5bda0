import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/appStore';
import { Icon } from './Icon';

export function PreviousStepButton() {
  const { t } = useTranslation();
  const previousStep = useAppStore((s) => s.previousStep);
  return (
    <button type="button" className="control" aria-label={t('controls.previousStep')} onClick={previousStep}>
      <Icon name="previous" />
    </button>
  );
}

export function NextStepButton() {
  const { t } = useTranslation();
  const nextStep = useAppStore((s) => s.nextStep);
  return (
    <button type="button" className="control" aria-label={t('controls.nextStep')} onClick={nextStep}>
      <Icon name="next" />
    </button>
  );
}
