import type { Rect } from './labelLayout';

/**
 * Which of a label's spots its leader line ends at: the current one while its own structure still
 * shows there (so labels do not hop about), else the first that shows in preference order, trying
 * at most `budget` spots. -1 when none shows: the structure is hidden behind something.
 */
export function chooseAnchor(
  count: number,
  current: number,
  shows: (index: number) => boolean,
  budget = Number.POSITIVE_INFINITY,
): number {
  let tried = 0;
  if (current >= 0 && current < count) {
    tried++;
    if (shows(current)) return current;
  }
  for (let i = 0; i < count && tried < budget; i++) {
    if (i === current) continue;
    tried++;
    if (shows(i)) return i;
  }
  return -1;
}

/**
 * The part of `inner` (a page rectangle, such as the caption's) that lies over `view` (the scene's),
 * in the view's own pixels, grown by `margin`; null when they do not meet.
 */
export function rectOver(inner: Rect, view: Rect, margin = 0): Rect | null {
  const left = Math.max(inner.left - margin, view.left);
  const top = Math.max(inner.top - margin, view.top);
  const right = Math.min(inner.left + inner.width + margin, view.left + view.width);
  const bottom = Math.min(inner.top + inner.height + margin, view.top + view.height);
  if (right <= left || bottom <= top || inner.width <= 0 || inner.height <= 0) return null;
  return { left: left - view.left, top: top - view.top, width: right - left, height: bottom - top };
}
