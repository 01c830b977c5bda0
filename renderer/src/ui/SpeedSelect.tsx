import { useTranslation } from 'react-i18next';
import { CommandSelect } from './commands/CommandSelect';

export function SpeedSelect() {
  const { t } = useTranslation();
  return (
    <label className="field">
      <span>{t('controls.speed')}</span>
      <CommandSelect command="setSpeed" optionLabel={(speed) => t('controls.speedValue', { speed })} />
    </label>
  );
}
