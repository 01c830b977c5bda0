import { useTranslation } from 'react-i18next';
import { PROCEDURE_IDS } from '../../procedure/registry';
import { useAppStore } from '../../store/appStore';

/** PHP or IHP as two big radio buttons: touch-sized, both choices always visible. */
export function KioskProcedureChoice() {
  const { t } = useTranslation();
  const procedureId = useAppStore((s) => s.procedureId);
  const catalogue = useAppStore((s) => s.catalogue);
  const setProcedure = useAppStore((s) => s.setProcedure);
  return (
    <fieldset className="kiosk-procedures">
      <legend className="visually-hidden">{t('kiosk.procedureChoice')}</legend>
      {PROCEDURE_IDS.map((id) => (
        <label key={id} className="kiosk-procedure" data-checked={procedureId === id}>
          {/* The radio covers its whole label, so the touch target is the big button people see. */}
          <input
            type="radio"
            name="kiosk-procedure"
            value={id}
            checked={procedureId === id}
            onChange={() => setProcedure(id)}
          />
          <span>{t(catalogue.procedures[id].titleKey)}</span>
        </label>
      ))}
    </fieldset>
  );
}
