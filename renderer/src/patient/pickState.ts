import { create } from 'zustand';
import type { PatientSegment } from './tumourList';

/**
 * Choosing a segment by clicking the liver: the Patient panel turns it on, the scene reports the
 * segment under the click (or a miss) and turns it off.
 */
export const usePickSegment = create<{
  picking: boolean;
  missed: boolean;
  start(): void;
  cancel(): void;
}>((set) => ({
  picking: false,
  missed: false,
  start: () => set({ picking: true, missed: false }),
  cancel: () => set({ picking: false, missed: false }),
}));

/** Called by the scene with the segment clicked, or null when the click missed the liver. */
export function reportPick(
  segment: PatientSegment | null,
  onSegment: (segment: PatientSegment) => void,
): void {
  if (!usePickSegment.getState().picking) return;
  if (segment === null) {
    usePickSegment.setState({ missed: true });
    return;
  }
  usePickSegment.setState({ picking: false, missed: false });
  onSegment(segment);
}
