import { addAfterEffect, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { frame } from '../runtime';

/**
 * Copies frame counts and renderer.info into the probe right after each render (plain
 * mutation), so the figures always describe the frame on screen, even when the canvas renders
 * only once after a change.
 */
export function FrameProbe() {
  const gl = useThree((s) => s.gl);
  useEffect(
    () =>
      addAfterEffect(() => {
        frame.count++;
        frame.render.drawCalls = gl.info.render.calls;
        frame.render.triangles = gl.info.render.triangles;
        frame.render.geometries = gl.info.memory.geometries;
        frame.render.textures = gl.info.memory.textures;
      }),
    [gl],
  );
  return null;
}
