import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { isSoftwareRenderer } from '../scene/softwareRenderer';
import { registerCapture } from './sceneCapture';

/** Inside the canvas: hands its renderer, scene and camera to the picture and handout code. */
export function SceneCaptureBridge() {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  const advance = useThree((s) => s.advance);
  useEffect(
    () =>
      registerCapture({
        gl,
        scene,
        camera,
        advance: () => advance(performance.now()),
        software: isSoftwareRenderer(),
      }),
    [gl, scene, camera, advance],
  );
  return null;
}
