import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { appContext } from '../../commands/context';
import { removePatientTumourAt } from '../../commands/patient';
import { performCommand } from '../../commands/registry';
import { usePickSegment } from '../../patient/pickState';
import {
  isPatientSegment,
  isValidDiameter,
  MAX_DIAMETER_MM,
  MAX_PATIENT_TUMOURS,
  MIN_DIAMETER_MM,
  PATIENT_SEGMENTS,
} from '../../patient/tumourList';
import { currentProcedure, useAppStore } from '../../store/appStore';
import { PatientCommandButton } from './PatientCommandButton';
import './patient.css';

/**
 * For the clinician: place the patient's tumours (segment from the list or by clicking the liver,
 * size in mm), remove any, or show none; then the patient view, "What to expect", the handout and
 * a picture to keep.
 */
export function PatientPanel() {
  const { t } = useTranslation();
  const draft = useAppStore((s) => s.patientDraft);
  const setDraft = useAppStore((s) => s.setPatientDraft);
  const own = useAppStore((s) => s.patientTumours);
  const shown = useAppStore((s) => currentProcedure(s).tumours);
  const setTumours = useAppStore((s) => s.setPatientTumours);
  const picking = usePickSegment((s) => s.picking);
  const missed = usePickSegment((s) => s.missed);
  const [sizeText, setSizeText] = useState(String(draft.diameterMm));
  const size = Number(sizeText);
  const sizeValid = sizeText.trim() !== '' && isValidDiameter(size);
  const full = shown.length >= MAX_PATIENT_TUMOURS;

  const add = () => {
    if (!sizeValid) return;
    setDraft({ ...draft, diameterMm: size });
    performCommand('addPatientTumour');
  };

  return (
    <div className="patient-panel" data-testid="patient-panel">
      <p className="patient-intro">{t('patient.panel.intro')}</p>
      <div className="patient-add">
        <label>
          <span>{t('patient.panel.segment')}</span>
          <select
            value={draft.segment}
            onChange={(event) => {
              const value = event.target.value;
              if (isPatientSegment(value)) setDraft({ ...draft, segment: value });
            }}
          >
            {PATIENT_SEGMENTS.map((segment) => (
              <option key={segment} value={segment}>
                {segment}
              </option>
            ))}
          </select>
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
            onChange={(event) => setSizeText(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') add();
            }}
          />
        </label>
        <button type="button" className="control control-text" disabled={!sizeValid || full} onClick={add}>
          {t('patient.panel.add')}
        </button>
      </div>
      {!sizeValid ? (
        <p className="patient-error" role="alert">
          {t('patient.panel.sizeRange', { min: MIN_DIAMETER_MM, max: MAX_DIAMETER_MM })}
        </p>
      ) : null}
      {full ? (
        <p className="patient-error">{t('patient.panel.tooMany', { max: MAX_PATIENT_TUMOURS })}</p>
      ) : null}
      <button
        type="button"
        className="control control-text"
        aria-pressed={picking}
        onClick={() => (picking ? usePickSegment.getState().cancel() : usePickSegment.getState().start())}
      >
        {picking ? t('patient.panel.pickActive') : t('patient.panel.pick')}
      </button>
      {missed ? <p className="patient-error">{t('patient.panel.pickMissed')}</p> : null}

      <p className="patient-status">{own === null ? t('patient.panel.examples') : null}</p>
      {shown.length === 0 ? <p className="patient-status">{t('patient.panel.none')}</p> : null}
      <ul className="patient-tumours" aria-label={t('patient.panel.listLabel')}>
        {shown.map((tumour, i) => (
          <li key={tumour.id}>
            <span>
              {t('patient.panel.item', { index: i + 1, segment: tumour.segment, size: tumour.diameterMm })}
            </span>
            <button
              type="button"
              className="control control-text"
              aria-label={t('patient.panel.remove', {
                index: i + 1,
                segment: tumour.segment,
                size: tumour.diameterMm,
              })}
              onClick={() => removePatientTumourAt(appContext(), i)}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
      <div className="patient-actions">
        {shown.length > 0 ? (
          <button type="button" className="control control-text" onClick={() => setTumours([])}>
            {t('patient.panel.showNone')}
          </button>
        ) : null}
        {own !== null ? (
          <button type="button" className="control control-text" onClick={() => setTumours(null)}>
            {t('patient.panel.useExamples')}
          </button>
        ) : null}
      </div>
      <div className="patient-actions">
        <PatientCommandButton id="togglePatientView" />
        <PatientCommandButton id="showWhatToExpect" />
        <PatientCommandButton id="makeHandout" />
        <PatientCommandButton id="savePicture" />
      </div>
    </div>
  );
}
