import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { PMREMGenerator } from 'three';
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js';
import { isSoftwareRenderer } from './softwareRenderer';

/** How strongly the soft room reflections light the scene; the lights below carry the shape. */
const ENVIRONMENT_INTENSITY = 0.45;

/** Light levels with and without the room reflections, which add light of their own. */
const LEVELS = {
  reflections: { hemisphere: 0.55, key: 1.9, fill: 0.6, rim: 1.0 },
  /** No fill light: the hemisphere's sky and ground carry its cool side light. */
  lightsOnly: { hemisphere: 1.15, key: 2.2, fill: 0, rim: 1.1 },
};

/**
 * Soft studio light like a medical illustration: a warm key from the upper front, a cool fill,
 * a rim from behind so vessels separate from the liver, and, on a real GPU, a blurred room
 * reflected in the wet surfaces, so highlights are broad and soft rather than pin-points. The room
 * is built in code (three's RoomEnvironment) and prefiltered once; nothing is fetched. WebGL
 * emulated on the CPU skips the reflections: they made each frame there 35–55% slower (measured
 * with the benchmark), for a look the lights alone come close to; it also drops the fill light,
 * since every light is another lighting term in every pixel there.
 */
export function Lighting() {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const reflections = !isSoftwareRenderer();
  useEffect(() => {
    if (!reflections) return;
    const generator = new PMREMGenerator(gl);
    const room = new RoomEnvironment();
    const target = generator.fromScene(room, 0.04);
    room.dispose();
    generator.dispose();
    scene.environment = target.texture;
    scene.environmentIntensity = ENVIRONMENT_INTENSITY;
    return () => {
      if (scene.environment === target.texture) scene.environment = null;
      target.dispose();
    };
  }, [gl, scene, reflections]);
  const level = reflections ? LEVELS.reflections : LEVELS.lightsOnly;
  return (
    <>
      <hemisphereLight args={['#f4f1ec', '#2a3038', level.hemisphere]} />
      <directionalLight position={[400, 700, 900]} intensity={level.key} color="#fff4e6" />
      {level.fill > 0 && (
        <directionalLight position={[-700, 200, 400]} intensity={level.fill} color="#cfe3ff" />
      )}
      <directionalLight position={[0, 300, -900]} intensity={level.rim} color="#ffffff" />
    </>
  );
}
