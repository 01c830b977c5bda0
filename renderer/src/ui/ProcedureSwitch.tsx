import { useTranslation } from 'react-i18next';
import { PROCEDURE_IDS } from '../procedure/registry';
import { useAppStore } from '../store/appStore';

/** PHP or IHP, as a pair of radio buttons so both choices are visible at once. */
export function ProcedureSwitch() {
  const { t } = useTranslation();
  const procedureId = useAppStore((s) => s.procedureId);
  const catalogue = useAppStore((s) => s.catalogue);
  const setProcedure = useAppStore((s) => s.setProcedure);
  return (
    <fieldset className="procedure-switch">
      <legend>{t('controls.procedure')}</legend>
      {PROCEDURE_IDS.map((id) => (
        <label key={id} className="radio">
          <input
            type="radio"
            name="procedure"
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
