/** One label to place: what it says (a locale key), and where it points. */
export interface LabelEntry<P> {
  key: string;
  position: P;
}

export interface MergedLabel<P, E extends LabelEntry<P>> {
  /** The first entry of the group: its id, tier and the rest stand for the group. */
  first: E;
  /** How many entries said the same thing. */
  count: number;
  /** Where the merged label points: the mean of the group's positions. */
  position: P;
}

/**
 * Entries that say the same thing become one label ("Tumours ×3") pointing at their mean position,
 * so a teaching view with every label on does not stack the same word three times. Order is kept
 * (a group sits where its first entry was); only keys in `mergeable` are merged.
 */
export function mergeRepeatedLabels<P, E extends LabelEntry<P>>(
  entries: readonly E[],
  mergeable: ReadonlySet<string>,
  mean: (positions: readonly P[]) => P,
): MergedLabel<P, E>[] {
  const groups = new Map<string, E[]>();
  const order: Array<E | string> = [];
  for (const entry of entries) {
    if (!mergeable.has(entry.key)) {
      order.push(entry);
      continue;
    }
    const group = groups.get(entry.key);
    if (group) group.push(entry);
    else {
      groups.set(entry.key, [entry]);
      order.push(entry.key);
    }
  }
  return order.map((item) => {
    if (typeof item !== 'string') return { first: item, count: 1, position: item.position };
    const group = groups.get(item) as E[];
    const first = group[0] as E;
    return {
      first,
      count: group.length,
      position: group.length === 1 ? first.position : mean(group.map((e) => e.position)),
    };
  });
}
