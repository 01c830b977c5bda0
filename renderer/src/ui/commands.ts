import { nextCutAxis } from '../scene/anatomy/cutPlane';
import type { AppStore } from '../store/appStore';
import { useExploreStore } from '../store/exploreStore';
import { KIOSK_COMMANDS } from './kiosk/kioskCommands';

/**
 * Every user command in one place: buttons, keyboard shortcuts, a presenter's clicker and the
 * kiosk loop all call these, so they behave the same whichever way they are triggered.
 */
export interface Command {
  id: string;
  /** Locale key of the command's name. */
  labelKey: string;
  /** Keys (KeyboardEvent.key) that trigger it when focus is not in a text field. */
  keys: readonly string[];
  perform(store: AppStore): void;
}

export const COMMANDS: readonly Command[] = [
  { id: 'togglePlay', labelKey: 'controls.play', keys: [' '], perform: (s) => s.togglePlay() },
  {
    id: 'previousStep',
    labelKey: 'controls.previousStep',
    keys: ['ArrowLeft', 'PageUp'],
    perform: (s) => s.previousStep(),
  },
  {
    id: 'nextStep',
    labelKey: 'controls.nextStep',
    keys: ['ArrowRight', 'PageDown'],
    perform: (s) => s.nextStep(),
  },
  { id: 'start', labelKey: 'controls.timeline', keys: ['Home'], perform: (s) => s.seek(0) },
  { id: 'end', labelKey: 'controls.timeline', keys: ['End'], perform: (s) => s.seek(Number.MAX_VALUE) },
  {
    id: 'toggleLabels',
    labelKey: 'controls.labels',
    keys: ['l', 'L'],
    perform: (s) => s.setLabels(!s.labels),
  },
  { id: 'resetView', labelKey: 'controls.resetView', keys: ['r', 'R'], perform: (s) => s.resetView() },
  {
    id: 'toggleXray',
    labelKey: 'explore.command.xray',
    keys: ['x', 'X'],
    perform: () => useExploreStore.getState().setXray(!useExploreStore.getState().xray),
  },
  {
    id: 'cycleCut',
    labelKey: 'explore.command.cut',
    keys: ['c', 'C'],
    perform: () => useExploreStore.getState().setCutAxis(nextCutAxis(useExploreStore.getState().cut.axis)),
  },
  {
    id: 'toggleSegments',
    labelKey: 'explore.command.segments',
    keys: ['s', 'S'],
    perform: () => useExploreStore.getState().setSegmentTint(!useExploreStore.getState().segmentTint),
  },
  {
    id: 'showAll',
    labelKey: 'explore.command.showAll',
    keys: ['a', 'A'],
    perform: () => useExploreStore.getState().showAll(),
  },
  ...KIOSK_COMMANDS,
];

export function commandForKey(key: string): Command | undefined {
  return COMMANDS.find((command) => command.keys.includes(key));
}

/** Keys typed into a field, or Space/Enter on a focused control, belong to that element. */
export function keyBelongsToTarget(key: string, target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  const tag = target.tagName;
  if (
    tag === 'INPUT' ||
    tag === 'TEXTAREA' ||
    tag === 'SELECT' ||
    (target as HTMLElement).isContentEditable
  ) {
    return true;
  }
  if (
    (key === ' ' || key === 'Enter') &&
    (tag === 'BUTTON' || tag === 'A' || target.getAttribute('role') === 'button')
  ) {
    return true;
  }
  return target.closest('[role="dialog"]') !== null;
}
