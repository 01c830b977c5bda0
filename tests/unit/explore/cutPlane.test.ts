import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { type Cut, cutPlane, nextCutAxis } from '../../../renderer/src/explore/cutPlane';

const centre = new Vector3(-20, 10, 30);
const cut = (axis: Cut['axis'], offsetMm = 0, normal: Cut['normal'] = [0, 0, 1]): Cut => ({
  axis,
  offsetMm,
  normal,
});

describe('cut plane', () => {
  it('passes through the centre at offset 0 for each named axis', () => {
    for (const axis of ['axial', 'coronal', 'sagittal'] as const) {
      const plane = cutPlane(cut(axis), centre);
      expect(plane?.distanceToPoint(centre)).toBeCloseTo(0, 9);
    }
  });

  it('keeps the lower liver in an axial cut and the back half in a coronal one', () => {
    const axial = cutPlane(cut('axial'), centre);
    expect(axial?.distanceToPoint(new Vector3(-20, -40, 30))).toBeGreaterThan(0);
    expect(axial?.distanceToPoint(new Vector3(-20, 60, 30))).toBeLessThan(0);
    const coronal = cutPlane(cut('coronal'), centre);
    expect(coronal?.distanceToPoint(new Vector3(-20, 10, -10))).toBeGreaterThan(0);
  });

  it('moves the plane by the offset along its normal', () => {
    const plane = cutPlane(cut('sagittal', 25), centre);
    // Points 25 mm to the clipped side of the centre now lie on the plane.
    expect(plane?.distanceToPoint(new Vector3(-45, 10, 30))).toBeCloseTo(0, 9);
  });

  it('normalises a free normal and refuses a zero one', () => {
    const plane = cutPlane(cut('free', 0, [0, 3, 4]), centre);
    expect(plane?.normal.length()).toBeCloseTo(1, 9);
    expect(cutPlane(cut('free', 0, [0, 0, 0]), centre)).toBeNull();
    expect(cutPlane(cut(null), centre)).toBeNull();
  });

  it('cycles none → axial → coronal → sagittal → none', () => {
    expect(nextCutAxis(null)).toBe('axial');
    expect(nextCutAxis('axial')).toBe('coronal');
    expect(nextCutAxis('coronal')).toBe('sagittal');
    expect(nextCutAxis('sagittal')).toBeNull();
    expect(nextCutAxis('free')).toBeNull();
  });
});
