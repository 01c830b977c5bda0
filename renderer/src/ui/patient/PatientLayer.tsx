import { useEffect } from 'react';
import { useAppStore } from '../../store/appStore';
import { ClosingSummary } from './ClosingSummary';
import { ExpectDialog } from './ExpectDialog';
import { HandoutDialog } from './HandoutDialog';
import { HandoutDocument } from './HandoutDocument';
import { OrientationCue } from './OrientationCue';
import { PictureDialog } from './PictureDialog';
import './patient.css';

/**
 * Everything of the patient view over the scene (orientation cue, closing summary), the patient
 * dialogs, and the printable handout. The page's root carries `patient-view` for the larger,
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
      <OrientationCue />
      <ClosingSummary />
      {dialog === 'expect' ? <ExpectDialog onClose={close} /> : null}
      {dialog === 'picture' ? <PictureDialog onClose={close} /> : null}
      {dialog === 'handout' ? <HandoutDialog onClose={close} /> : null}
      <HandoutDocument />
    </>
  );
}
