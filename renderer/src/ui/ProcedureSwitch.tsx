import { useTranslation } from 'react-i18next';
import { PROCEDURE_IDS } from '../procedure/registry';
import { useAppStore } from '../store/appStore';
import { CommandToggle } from './commands/CommandToggle';

/** PHP or IHP, as a pair of radio buttons so both choices are visible at once. */
export function ProcedureSwitch() {
  const { t } = useTranslation();
  const catalogue = useAppStore((s) => s.catalogue);
  return (
    <fieldset className="procedure-switch">
      <legend>{t('controls.procedure')}</legend>
      {PROCEDURE_IDS.map((id) => (
        <CommandToggle
          key={id}
          command="setProcedure"
          arg={id}
          type="radio"
          name="procedure"
          className="radio"
        >
          {t(catalogue.procedures[id].titleKey)}
        </CommandToggle>
      ))}
    </fieldset>
  );
}
