import { useTranslation } from 'react-i18next';
import { useViewSide } from '../../patient/viewSide';
import { useAppStore } from '../../store/appStore';

/**
 * In the patient view, any view other than from the front says which way we are looking, so a
 * back view is never mistaken for the front (left and right swap).
 */
export function OrientationCue() {
  const { t } = useTranslation();
  const patientView = useAppStore((s) => s.patientView);
  const side = useViewSide((s) => s.side);
  if (!patientView || side === 'front') return null;
  return (
    <p className="orientation-cue" role="status" aria-label={t('patient.view.orientation.label')}>
      {t(`patient.view.orientation.${side}`)}
    </p>
  );
}
