/**
 * What a presentation clicker sends: they move between steps whatever has focus (a select, a
 * button, a checkbox), except a text field. Sliders and radio groups keep the arrows, which are
 * how they are worked from the keyboard; clickers send PageUp/PageDown, which those never keep.
 */
const CLICKER_KEYS = new Set(['PageDown', 'PageUp', 'ArrowRight', 'ArrowLeft']);
const ARROW_CONTROLS = new Set(['range', 'radio']);

const NON_TEXT_INPUTS = new Set([
  'button',
  'checkbox',
  'radio',
  'range',
  'color',
  'file',
  'submit',
  'reset',
  'image',
]);

function isTextField(target: Element): boolean {
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || (target as HTMLElement).isContentEditable) return true;
  return tag === 'INPUT' && !NON_TEXT_INPUTS.has((target as HTMLInputElement).type);
}

/** Keys typed into a field, or Space/Enter on a focused control, belong to that element. */
export function keyBelongsToTarget(key: string, target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (CLICKER_KEYS.has(key)) {
    const arrowControl =
      key.startsWith('Arrow') &&
      target.tagName === 'INPUT' &&
      ARROW_CONTROLS.has((target as HTMLInputElement).type);
    return isTextField(target) || arrowControl || target.closest('[role="dialog"]') !== null;
  }
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
