import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/appStore';
import { CommandButton } from '../commands/CommandButton';
import { CommandToggle } from '../commands/CommandToggle';
import { PatientDialogFrame } from './PatientDialogFrame';

/**
 * Saves the current view as a PNG, at the view's size or twice it, on the scene's background or
 * none; the choices and the saving live in the app store, so the commands can reach them.
 */
export function PictureDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const kiosk = useAppStore((s) => s.mode === 'kiosk');

  return (
    <PatientDialogFrame labelledBy="picture-title" onClose={onClose}>
      <h2 id="picture-title">{t('patient.picture.title')}</h2>
      {kiosk ? (
        <p>{t('patient.picture.kioskRefused')}</p>
      ) : (
        <>
          <fieldset className="picture-size">
            <legend>{t('patient.picture.size')}</legend>
            <CommandToggle command="choosePictureScale" arg={1} type="radio" name="picture-scale">
              {t('patient.picture.window')}
            </CommandToggle>
            <CommandToggle command="choosePictureScale" arg={2} type="radio" name="picture-scale">
              {t('patient.picture.double')}
            </CommandToggle>
          </fieldset>
          <CommandToggle command="togglePictureTransparent" />
        </>
      )}
      <div className="patient-dialog-actions">
        {kiosk ? null : <CommandButton command="savePictureNow" />}
        <CommandButton command="closePatientDialog" nameFromContent>
          {t('patient.picture.cancel')}
        </CommandButton>
      </div>
    </PatientDialogFrame>
  );
}
