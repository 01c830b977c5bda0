import { lazy, Suspense, useEffect } from 'react';
import { useAppStore } from '../../store/appStore';
import { ClosingSummary } from './ClosingSummary';
import { ExpectDialog } from './ExpectDialog';
import { HandoutDocument } from './HandoutDocument';
import { PictureDialog } from './PictureDialog';
import './patient.css';

/**
 * The handout dialog (and the picture rendering and layout behind it) loads when first opened:
 * few starts print a handout, and every start would otherwise load its code.
 */
const HandoutDialog = lazy(() => import('./HandoutDialog').then((m) => ({ default: m.HandoutDialog })));

/**
 * Everything of the patient view over the scene (the closing summary), the patient dialogs, and
 * the printable handout. Which way the view looks is said by the app's one orientation cue (ui/OrientationCue). The page's root carries `patient-view` for the larger,
 * calmer captions.
 */
export function PatientLayer() {
  const patientView = useAppStore((s) => s.patientView);
  const dialog = useAppStore((s) => s.patientDialog);
  const close = () => useAppStore.getState().setPatientDialog(null);
  useEffect(() => {
    document.documentElement.classList.toggle('patient-view', patientView);
  }, [patientView]);
  return (
    <>
      <ClosingSummary />
      {dialog === 'expect' ? <ExpectDialog onClose={close} /> : null}
      {dialog === 'picture' ? <PictureDialog onClose={close} /> : null}
      {dialog === 'handout' ? (
        <Suspense fallback={null}>
          <HandoutDialog onClose={close} />
        </Suspense>
      ) : null}
      <HandoutDocument />
    </>
  );
}
