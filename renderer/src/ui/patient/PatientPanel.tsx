import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { performCommand } from '../../commands/registry';
import {
  isValidDiameter,
  MAX_DIAMETER_MM,
  MAX_PATIENT_TUMOURS,
  MIN_DIAMETER_MM,
} from '../../patient/tumourList';
import { currentProcedure, useAppStore } from '../../store/appStore';
import { CommandButton } from '../commands/CommandButton';
import { CommandSelect } from '../commands/CommandSelect';
import './patient.css';

/**
 * For the clinician: place the patient's tumours (segment from the list or by clicking the liver,
 * size in mm), remove any, or show none; then the patient view, "What to expect", the handout and
 * a picture to keep.
 */
export function PatientPanel() {
  const { t } = useTranslation();
  const draft = useAppStore((s) => s.patientDraft);
  const own = useAppStore((s) => s.patientTumours);
  const shown = useAppStore((s) => currentProcedure(s).tumours);
  const missed = useAppStore((s) => s.patientPick.missed);
  // The text as typed; the draft holds its number (NaN while empty or not a number), which the
  // add command checks.
  const [sizeText, setSizeText] = useState(Number.isFinite(draft.diameterMm) ? String(draft.diameterMm) : '');
  const sizeValid = isValidDiameter(draft.diameterMm);
  const full = shown.length >= MAX_PATIENT_TUMOURS;

  const changeSize = (text: string) => {
    setSizeText(text);
    const state = useAppStore.getState();
    state.setPatientDraft({
      ...state.patientDraft,
      diameterMm: text.trim() === '' ? Number.NaN : Number(text),
    });
  };

  return (
    <div className="patient-panel" data-testid="patient-panel">
      <p className="patient-intro">{t('patient.panel.intro')}</p>
      <div className="patient-add">
        <label>
          <span>{t('patient.panel.segment')}</span>
          <CommandSelect command="choosePatientSegment" optionLabel={String} />
        </label>
        <label>
          <span>{t('patient.panel.diameter')}</span>
          <input
            type="number"
            inputMode="decimal"
            min={MIN_DIAMETER_MM}
            max={MAX_DIAMETER_MM}
            step={1}
            value={sizeText}
            aria-invalid={!sizeValid}
            onChange={(event) => changeSize(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') performCommand('addPatientTumour');
            }}
          />
        </label>
        <CommandButton command="addPatientTumour" />
      </div>
      {!sizeValid ? (
        <p className="patient-error" role="alert">
          {t('patient.panel.sizeRange', { min: MIN_DIAMETER_MM, max: MAX_DIAMETER_MM })}
        </p>
      ) : null}
      {full ? (
        <p className="patient-error">{t('patient.panel.tooMany', { max: MAX_PATIENT_TUMOURS })}</p>
      ) : null}
      <CommandButton command="togglePickSegment" />
      {missed ? <p className="patient-error">{t('patient.panel.pickMissed')}</p> : null}

      <p className="patient-status">{own === null ? t('patient.panel.examples') : null}</p>
      {shown.length === 0 ? <p className="patient-status">{t('patient.panel.none')}</p> : null}
      <ul className="patient-tumours" aria-label={t('patient.panel.listLabel')}>
        {shown.map((tumour, i) => (
          <li key={tumour.id}>
            <span>
              {t('patient.panel.item', { index: i + 1, segment: tumour.segment, size: tumour.diameterMm })}
            </span>
            <CommandButton
              command="removePatientTumour"
              arg={i}
              ariaLabel={t('patient.panel.remove', {
                index: i + 1,
                segment: tumour.segment,
                size: tumour.diameterMm,
              })}
            >
              ✕
            </CommandButton>
          </li>
        ))}
      </ul>
      <div className="patient-actions">
        {shown.length > 0 ? <CommandButton command="showNoPatientTumours" /> : null}
        {own !== null ? <CommandButton command="useExampleTumours" /> : null}
      </div>
      <div className="patient-actions">
        <CommandButton command="togglePatientView" />
        <CommandButton command="showWhatToExpect" />
        <CommandButton command="makeHandout" />
        <CommandButton command="savePicture" />
      </div>
    </div>
  );
}
