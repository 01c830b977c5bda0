// A small door from the 3D view's key handler to the structures the scene shows now: whether Tab
// has another structure to go to, or should move focus on. KeyboardPicker registers itself here.
import { stepInCycle } from '../../explore/structureCycle';

let shownNow: (() => readonly string[]) | null = null;

/** Called by KeyboardPicker on mount (and with null on unmount). */
export function registerShownStructures(next: (() => readonly string[]) | null): void {
  shownNow = next;
}

/** Whether stepping from `current` in `direction` (without wrapping) reaches another structure. */
export function canStepStructure(current: string | null, direction: 1 | -1): boolean {
  return shownNow !== null && stepInCycle(shownNow(), current, direction, false) !== null;
}
