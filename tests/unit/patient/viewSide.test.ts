import { describe, expect, it } from 'vitest';
import { viewSideOf } from '../../../renderer/src/patient/viewSide';

describe('which side the camera looks from', () => {
  it('names the six sides in the patient’s terms', () => {
    // Looking toward the back (−z) is the view from the front.
    expect(viewSideOf(0, 0, -1)).toBe('front');
    expect(viewSideOf(0.3, -0.2, -0.9)).toBe('front');
    expect(viewSideOf(0, 0, 1)).toBe('back');
    // x points to the patient's left: looking toward +x is standing at their right.
    expect(viewSideOf(1, 0, 0)).toBe('right');
    expect(viewSideOf(-1, 0, 0)).toBe('left');
    expect(viewSideOf(0, -1, 0)).toBe('above');
    expect(viewSideOf(0, 1, 0)).toBe('below');
  });
});
