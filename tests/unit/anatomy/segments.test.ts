import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import phpJson from '../../../assets/procedures/php.json';
import {
  getAnatomy,
  isInsideLiver,
  SEGMENT_IDS,
  segmentAt,
  segmentCentre,
} from '../../../renderer/src/anatomy';
import { classifySegment } from '../../../renderer/src/anatomy/couinaud';

const anatomy = getAnatomy();
const { volumesMl, totalMl } = anatomy.segments;

describe('Couinaud segments', () => {
  it('segment volumes add up to the liver volume (within 1%)', () => {
    expect(Math.abs(totalMl - anatomy.liver.volumeMl) / anatomy.liver.volumeMl).toBeLessThan(0.01);
  });

  it.each(SEGMENT_IDS)('segment %s is not empty (at least 1.5% of the liver)', (segment) => {
    expect(volumesMl[segment] / totalMl).toBeGreaterThan(0.015);
  });

  it('the right liver (V–VIII) is larger than the left (II–IV), as in livers generally', () => {
    const right = volumesMl.V + volumesMl.VI + volumesMl.VII + volumesMl.VIII;
    const left = volumesMl.II + volumesMl.III + volumesMl.IVa + volumesMl.IVb;
    expect(right / totalMl).toBeGreaterThan(0.5);
    expect(right / totalMl).toBeLessThan(0.75);
    expect(left / totalMl).toBeGreaterThan(0.2);
  });

  it.each(SEGMENT_IDS)('the centre of segment %s is inside the liver and in that segment', (segment) => {
    const centre = segmentCentre(segment);
    expect(isInsideLiver(centre)).toBe(true);
    expect(segmentAt(centre)).toBe(segment);
    expect(classifySegment(anatomy.segmentModel, centre.x, centre.y, centre.z)).toBe(segment);
  });

  it('the procedure tumours placed at their segment centres lie wholly inside the liver and in their segment', () => {
    for (const tumour of phpJson.tumours) {
      const segment = tumour.segment as (typeof SEGMENT_IDS)[number];
      const centre = segmentCentre(segment);
      const radius = tumour.diameterMm / 2;
      expect(isInsideLiver(centre, radius), `${tumour.id} inside by its radius`).toBe(true);
      expect(anatomy.segments.centreDepthMm[segment]).toBeGreaterThanOrEqual(radius);
    }
  });

  it('places typical points in the segments an atlas would', () => {
    const cases: [number, number, number, string][] = [
      [-100, 60, -15, 'VII'], // right, high, back
      [-100, -30, -5, 'VI'], // right, low, back
      [-70, 60, 60, 'VIII'], // right, high, front
      [-90, -20, 70, 'V'], // right, low, front
      [40, 60, 50, 'II'], // left lobe, back and up
      [-35, 10, 95, 'IVb'], // quadrate lobe, beside the gallbladder
      [-4, 58, 28, 'I'], // caudate, left of the IVC
    ];
    for (const [x, y, z, expected] of cases) {
      expect(segmentAt(new Vector3(x, y, z)), `(${x}, ${y}, ${z})`).toBe(expected);
    }
  });

  it('points outside the liver have no segment', () => {
    expect(segmentAt(new Vector3(0, 300, 0))).toBeNull();
    expect(isInsideLiver(new Vector3(0, -200, 0))).toBe(false);
  });
});
