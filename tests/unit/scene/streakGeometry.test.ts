import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { buildStreakGeometry } from '../../../renderer/src/scene/streakGeometry';

describe('blood streak', () => {
  const geometry = buildStreakGeometry();
  const position = geometry.getAttribute('position');
  const colour = geometry.getAttribute('color');
  const index = geometry.getIndex();

  it('is a few dozen triangles, longer along its travel (+y) than across', () => {
    expect(index).not.toBeNull();
    expect((index?.count ?? 0) / 3).toBeLessThanOrEqual(48);
    geometry.computeBoundingBox();
    const size = geometry.boundingBox?.getSize(new Vector3()) ?? new Vector3();
    expect(size.y).toBeGreaterThan(1.6 * size.x);
    expect(size.y).toBeGreaterThan(1.6 * size.z);
  });

  it('fades from its head (leading, +y) to its tail', () => {
    let head = { y: Number.NEGATIVE_INFINITY, shade: 0 };
    let tail = { y: Number.POSITIVE_INFINITY, shade: 0 };
    for (let i = 0; i < position.count; i++) {
      const y = position.getY(i);
      if (y > head.y) head = { y, shade: colour.getX(i) };
      if (y < tail.y) tail = { y, shade: colour.getX(i) };
    }
    expect(head.shade).toBeGreaterThan(tail.shade);
  });

  it('faces outward everywhere, so front-face culling keeps its outside', () => {
    const a = new Vector3();
    const b = new Vector3();
    const c = new Vector3();
    const centroid = new Vector3();
    const n = new Vector3();
    for (let t = 0; t < (index?.count ?? 0); t += 3) {
      a.fromBufferAttribute(position, index?.getX(t) ?? 0);
      b.fromBufferAttribute(position, index?.getX(t + 1) ?? 0);
      c.fromBufferAttribute(position, index?.getX(t + 2) ?? 0);
      n.subVectors(b, a).cross(c.clone().sub(a));
      centroid.copy(a).add(b).add(c).divideScalar(3);
      // Outward from the axis (for side faces) or along it (for the two end caps).
      const out = new Vector3(centroid.x, 0, centroid.z);
      if (out.lengthSq() < 1e-6) out.set(0, Math.sign(centroid.y), 0);
      else out.y = centroid.y > 0.55 ? centroid.y - 0.55 : centroid.y < -1.35 ? centroid.y + 1.35 : 0;
      expect(n.dot(out), `triangle ${t / 3}`).toBeGreaterThan(0);
    }
  });

  it('the lean streak has the same length, head and tail in 16 triangles, facing outward', () => {
    const lean = buildStreakGeometry(true);
    expect((lean.getIndex()?.count ?? 0) / 3).toBe(16);
    geometry.computeBoundingBox();
    lean.computeBoundingBox();
    expect(lean.boundingBox?.min.y).toBeCloseTo(geometry.boundingBox?.min.y ?? 0, 5);
    expect(lean.boundingBox?.max.y).toBeCloseTo(geometry.boundingBox?.max.y ?? 0, 5);
    const p = lean.getAttribute('position');
    const i = lean.getIndex();
    const a = new Vector3();
    const b = new Vector3();
    const c = new Vector3();
    for (let t = 0; t < (i?.count ?? 0); t += 3) {
      a.fromBufferAttribute(p, i?.getX(t) ?? 0);
      b.fromBufferAttribute(p, i?.getX(t + 1) ?? 0);
      c.fromBufferAttribute(p, i?.getX(t + 2) ?? 0);
      const centroid = a.clone().add(b).add(c).divideScalar(3);
      const n = b.clone().sub(a).cross(c.clone().sub(a));
      // Outward: away from the axis on the sides; the end fans point along it too.
      const out = new Vector3(centroid.x, centroid.y > 0 ? 1 : centroid.y < -1.35 ? -1 : 0, centroid.z);
      expect(n.dot(out), `triangle ${t / 3}`).toBeGreaterThan(0);
    }
  });
});
