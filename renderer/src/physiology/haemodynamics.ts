import type { Procedure } from '../procedure/schema';
import { procedureRoles } from './roles';

/** What the circulation does while the procedure isolates the liver, for the numbers panel. */
export interface IsolationHaemodynamics {
  /** Fall in mean arterial pressure while the vena cava is occluded (mmHg). */
  meanArterialPressureDropMmHg: number;
  /** Heart rate rises to make up for it. */
  heartRateRises: true;
  /** Reference id. */
  source: string;
}

/**
 * PHP: occluding the vena cava with the double balloon lowers the blood returning to the heart;
 * mean arterial pressure falls by about 15 mmHg and the heart rate rises (Miao 2008). Open IHP
 * keeps the venous return through a bypass, and no comparable figure is modelled for it.
 */
export function isolationHaemodynamics(procedure: Procedure): IsolationHaemodynamics | null {
  if (procedureRoles(procedure).isolation !== 'balloons') return null;
  return { meanArterialPressureDropMmHg: 15, heartRateRises: true, source: 'miao2008' };
}
