import { useFrame, useThree } from '@react-three/fiber';
import { sceneProbe } from './debugHook';

/**
 * Copies frame counts and renderer.info into the probe (plain mutation). Runs before the render,
 * so the counts are the previous frame's: a positive priority would take rendering over from r3f.
 */
export function FrameProbe() {
  const gl = useThree((s) => s.gl);
  useFrame(() => {
    sceneProbe.frames++;
    sceneProbe.drawCalls = gl.info.render.calls;
    sceneProbe.triangles = gl.info.render.triangles;
    sceneProbe.geometries = gl.info.memory.geometries;
    sceneProbe.textures = gl.info.memory.textures;
  });
  return null;
}
