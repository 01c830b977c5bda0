import { describe, expect, it } from 'vitest';
import { orientationKey, viewOrientation } from '../../../renderer/src/explore/viewOrientation';

// Body frame: x to the patient's left, z to the front. (dx, dz) points from the target to the camera.
describe('view orientation', () => {
  it("calls a view from in front a front view, with the patient's right on the screen's left", () => {
    const front = viewOrientation(0, 1);
    expect(front).toEqual({ side: 'front', patientRightOnScreen: 'left' });
    expect(orientationKey(front)).toBeNull();
    expect(viewOrientation(0.5, 1).side).toBe('front');
  });

  it("names back and side views, and where the patient's right then lies", () => {
    expect(viewOrientation(0, -1)).toEqual({ side: 'back', patientRightOnScreen: 'right' });
    // The old "cava" bookmark looked from behind and to the patient's right.
    expect(viewOrientation(-305, -395).side).toBe('back');
    expect(viewOrientation(-1, 0).side).toBe('right');
    expect(viewOrientation(1, 0.1).side).toBe('left');
    expect(orientationKey(viewOrientation(-1, -0.2))).toBe('orientation.from.right');
  });

  it('writes into the object it is given, allocating nothing', () => {
    const out = { side: 'front' as const, patientRightOnScreen: 'left' as const };
    expect(viewOrientation(0, -1, out)).toBe(out);
  });
});
