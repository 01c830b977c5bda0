import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anglesFromNormal, normalFromAngles } from '../../../renderer/src/explore/cutAngles';

describe('free cut angles', () => {
  it('faces the front at 0°, the head at +90° tilt, the patient’s left at +90° turn', () => {
    const front = normalFromAngles({ turnDeg: 0, tiltDeg: 0 });
    expect(front[2]).toBeCloseTo(1, 9);
    expect(normalFromAngles({ turnDeg: 0, tiltDeg: 90 })[1]).toBeCloseTo(1, 9);
    expect(normalFromAngles({ turnDeg: 90, tiltDeg: 0 })[0]).toBeCloseTo(1, 9);
  });

  it('gives unit normals and reads back the angles it was given', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -179, max: 180 }),
        fc.integer({ min: -89, max: 89 }),
        (turnDeg, tiltDeg) => {
          const normal = normalFromAngles({ turnDeg, tiltDeg });
          expect(Math.hypot(...normal)).toBeCloseTo(1, 9);
          expect(anglesFromNormal(normal)).toEqual({ turnDeg, tiltDeg });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('reads any stored normal, even one that is not unit length', () => {
    expect(anglesFromNormal([0, 0, 5])).toEqual({ turnDeg: 0, tiltDeg: 0 });
    expect(anglesFromNormal([0, 0, 0])).toEqual({ turnDeg: 0, tiltDeg: 0 });
  });
});
