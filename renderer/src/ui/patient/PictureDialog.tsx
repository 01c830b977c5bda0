import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { appContext } from '../../commands/context';
import { captureHandle, renderStill } from '../../handout/sceneCapture';
import { useAppStore } from '../../store/appStore';
import { PatientDialogFrame } from './PatientDialogFrame';

/** Saves the current view as a PNG, at the view's size or twice it, on the scene's background or none. */
export function PictureDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const kiosk = useAppStore((s) => s.mode === 'kiosk');
  const [scale, setScale] = useState<1 | 2>(1);
  const [transparent, setTransparent] = useState(false);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    const capture = captureHandle();
    const { app, platform } = appContext();
    if (!capture) {
      app.getState().addNotice(t('patient.picture.failed', { reason: t('app.webglUnavailable') }));
      onClose();
      return;
    }
    setBusy(true);
    try {
      const element = capture.gl.domElement;
      capture.advance();
      const still = renderStill(
        capture,
        capture.camera,
        element.clientWidth * scale,
        element.clientHeight * scale,
        transparent,
      );
      await platform.saveScreenshot(still.canvas.toDataURL('image/png'));
      onClose();
    } catch (error) {
      app.getState().addNotice(t('patient.picture.failed', { reason: String(error) }));
      onClose();
    } finally {
      setBusy(false);
    }
  };

  return (
    <PatientDialogFrame labelledBy="picture-title" onClose={onClose}>
      <h2 id="picture-title">{t('patient.picture.title')}</h2>
      {kiosk ? (
        <p>{t('patient.picture.kioskRefused')}</p>
      ) : (
        <>
          <fieldset className="picture-size">
            <legend>{t('patient.picture.size')}</legend>
            <label className="toggle">
              <input type="radio" name="picture-scale" checked={scale === 1} onChange={() => setScale(1)} />
              <span>{t('patient.picture.window')}</span>
            </label>
            <label className="toggle">
              <input type="radio" name="picture-scale" checked={scale === 2} onChange={() => setScale(2)} />
              <span>{t('patient.picture.double')}</span>
            </label>
          </fieldset>
          <label className="toggle">
            <input type="checkbox" checked={transparent} onChange={(e) => setTransparent(e.target.checked)} />
            <span>{t('patient.picture.transparent')}</span>
          </label>
        </>
      )}
      <div className="patient-dialog-actions">
        {kiosk ? null : (
          <button type="button" className="control control-text" disabled={busy} onClick={() => void save()}>
            {t('patient.picture.save')}
          </button>
        )}
        <button type="button" className="control control-text" onClick={onClose}>
          {t('patient.picture.cancel')}
        </button>
      </div>
    </PatientDialogFrame>
  );
}
