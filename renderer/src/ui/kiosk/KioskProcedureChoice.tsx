import { useTranslation } from 'react-i18next';
import { PROCEDURE_IDS } from '../../procedure/registry';
import { useAppStore } from '../../store/appStore';
import { CommandToggle } from '../commands/CommandToggle';

/** PHP or IHP as two big radio buttons: touch-sized, both choices always visible. */
export function KioskProcedureChoice() {
  const { t } = useTranslation();
  const catalogue = useAppStore((s) => s.catalogue);
  return (
    <fieldset className="kiosk-procedures">
      <legend className="visually-hidden">{t('kiosk.procedureChoice')}</legend>
      {PROCEDURE_IDS.map((id) => (
        // The radio covers its whole label (kiosk.css), so the touch target is the big button people see.
        <CommandToggle
          key={id}
          command="setProcedure"
          arg={id}
          type="radio"
          name="kiosk-procedure"
          className="kiosk-procedure"
        >
          {t(catalogue.procedures[id].titleKey)}
        </CommandToggle>
      ))}
    </fieldset>
  );
}
