import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { mergeTeachingLabels } from '../../../renderer/src/classroom/teachingLabels';
import { initI18n } from '../../../renderer/src/i18n';

describe('mergeTeachingLabels', () => {
  it('names three tumours once, "Tumours ×3", standing for the tumour group', () => {
    const t = initI18n().t;
    const anchors = [
      { target: { key: 'label.liver', id: 'liver' }, position: new Vector3(0, 0, 0) },
      ...[1, 2, 3].map((i) => ({
        target: { key: 'label.tumour', id: `tumour:t${i}` },
        position: new Vector3(i * 10, 0, 0),
      })),
    ];
    const merged = mergeTeachingLabels(anchors, t);
    expect(merged).toHaveLength(2);
    expect(merged[1]?.text).toBe('Tumours ×3');
    expect(merged[1]?.target.id).toBe('tumours');
    expect(merged[1]?.position.toArray()).toEqual([20, 0, 0]);
  });
});
