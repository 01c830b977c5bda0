import { useEffect } from 'react';
import { useAppStore } from '../../store/appStore';
import { ClosingSummary } from './ClosingSummary';
import { ExpectDialog } from './ExpectDialog';
import { HandoutDialog } from './HandoutDialog';
import { HandoutDocument } from './HandoutDocument';
import { PictureDialog } from './PictureDialog';
import './patient.css';

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
      {dialog === 'handout' ? <HandoutDialog onClose={close} /> : null}
      <HandoutDocument />
    </>
  );
}
