import type { TFunction } from 'i18next';
import { Vector3 } from 'three';
import { mergeRepeatedLabels } from './mergeLabels';

/** Label keys that repeat (one per tumour) and read better as one "Tumours ×3". */
const MERGEABLE = new Set(['label.tumour']);
/** The plural name each mergeable key takes when merged. */
const PLURAL_KEY: Record<string, string> = { 'label.tumour': 'classroom.label.plural.tumour' };
/** The explore group a merged label stands for, so hiding the group hides it. */
const GROUP_ID: Record<string, string> = { 'label.tumour': 'tumours' };

interface Placed {
  target: { key: string; id: string };
  position: Vector3;
  text?: string;
}

function meanOf(positions: readonly Vector3[]): Vector3 {
  const sum = new Vector3();
  for (const p of positions) sum.add(p);
  return sum.divideScalar(Math.max(1, positions.length));
}

/** The teaching views' labels: repeated names merged into one label with a count. */
export function mergeTeachingLabels<P extends Placed>(
  placed: readonly P[],
  t: TFunction,
): Array<P & { text?: string }> {
  const entries = placed.map((p) => ({ key: p.target.key, position: p.position, placed: p }));
  return mergeRepeatedLabels(entries, MERGEABLE, meanOf).map(({ first, count, position }) => {
    if (count === 1) return first.placed;
    const { target } = first.placed;
    return {
      ...first.placed,
      target: { ...target, id: GROUP_ID[target.key] ?? target.id },
      position,
      text: t('classroom.label.merged', { name: t(PLURAL_KEY[target.key] ?? target.key), count }),
    };
  });
}
