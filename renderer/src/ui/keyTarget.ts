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
