/**
 * Stepping through the structures the view shows, from the keyboard, as Tab steps through
 * controls. `ids` are in the structure list's order.
 *
 * From nothing picked, forward starts at the first and backward at the last. Past either end it
 * wraps when `wrap` is set (the bracket keys) and otherwise gives null (Tab: focus moves on).
 */
export function stepInCycle(
  ids: readonly string[],
  current: string | null,
  direction: 1 | -1,
  wrap: boolean,
): string | null {
  if (ids.length === 0) return null;
  const at = current === null ? -1 : ids.indexOf(current);
  if (at === -1) return (direction === 1 ? ids[0] : ids[ids.length - 1]) ?? null;
  const next = at + direction;
  if (next >= 0 && next < ids.length) return ids[next] ?? null;
  return wrap ? (ids[(next + ids.length) % ids.length] ?? null) : null;
}

/** `shown` in the order of `order` (the structure list's), each once; ids not in `order` go last. */
export function inListOrder(shown: Iterable<string>, order: readonly string[]): string[] {
  const rank = new Map(order.map((id, i) => [id, i]));
  return [...new Set(shown)].sort(
    (a, b) => (rank.get(a) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b) ?? Number.MAX_SAFE_INTEGER),
  );
}
