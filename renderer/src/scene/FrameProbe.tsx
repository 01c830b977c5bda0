import { addAfterEffect, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { sceneProbe } from './debugHook';

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
        sceneProbe.frames++;
        sceneProbe.drawCalls = gl.info.render.calls;
        sceneProbe.triangles = gl.info.render.triangles;
        sceneProbe.geometries = gl.info.memory.geometries;
        sceneProbe.textures = gl.info.memory.textures;
      }),
    [gl],
  );
  return null;
}
