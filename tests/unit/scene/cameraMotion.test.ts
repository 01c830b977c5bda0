import { afterEach, describe, expect, it } from 'vitest';
import { motionReduced } from '../../../renderer/src/scene/cameraMotion';
import { useAppStore } from '../../../renderer/src/store/appStore';

describe('less motion', () => {
  afterEach(() => useAppStore.getState().setReduceMotion(false));

  it('follows the in-app setting where the system asks for nothing', () => {
    expect(motionReduced()).toBe(false);
    useAppStore.getState().setReduceMotion(true);
    expect(motionReduced()).toBe(true);
  });
});
