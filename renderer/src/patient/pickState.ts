import type { StoreApi } from 'zustand';
import type { AppStore } from '../store/appStore';
import type { PatientSegment } from './tumourList';

/**
 * Choosing a segment by clicking the liver: the Patient panel's command turns it on, the scene
 * reports the segment under the click (or a miss) here, which fills the draft and turns it off.
 */
export function reportPick(app: StoreApi<AppStore>, segment: PatientSegment | null): void {
  const state = app.getState();
  if (!state.patientPick.picking) return;
  if (segment === null) {
    state.setPatientPick({ picking: true, missed: true });
    return;
  }
  state.setPatientPick({ picking: false, missed: false });
  state.setPatientDraft({ ...state.patientDraft, segment });
}
