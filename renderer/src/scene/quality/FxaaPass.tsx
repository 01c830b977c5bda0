import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import {
  BufferGeometry,
  Float32BufferAttribute,
  Mesh,
  OrthographicCamera,
  ShaderMaterial,
  SRGBColorSpace,
  Vector2,
  WebGLRenderTarget,
} from 'three';
import { pictureMoving } from '../pictureMoving';
import { FXAA_FRAGMENT, FXAA_VERTEX } from './fxaaShader';
import { drawLean } from './leanFrame';
import { wantsFxaa } from './pixelRatio';

/**
 * Smooth edges where the canvas has no multisampling (WebGL emulated on the CPU, where 4x MSAA
 * cost ~40% of every frame): the scene is drawn into a texture, then one full-screen triangle
 * applies FXAA and the tone mapping and colour space that three.js would otherwise apply while
 * drawing (they are skipped when drawing into a texture). The texture is sRGB-encoded 8-bit, so
 * dark tones keep their steps fine without the cost of a float texture. Takes over r3f's render
 * (a frame callback with priority 1). While the picture moves at a lowered resolution it is drawn
 * straight to the canvas instead, as a lean frame (see `wantsFxaa` and leanFrame.ts).
 */
export function FxaaPass() {
  const gl = useThree((s) => s.gl);
  const parts = useMemo(() => {
    const target = new WebGLRenderTarget(1, 1, { colorSpace: SRGBColorSpace, depthBuffer: true });
    const geometry = new BufferGeometry();
    // One triangle covering the screen: no diagonal seam, a third fewer vertices than a quad.
    geometry.setAttribute('position', new Float32BufferAttribute([-1, -1, 0, 3, -1, 0, -1, 3, 0], 3));
    const material = new ShaderMaterial({
      name: 'fxaa',
      uniforms: { frame: { value: target.texture }, texel: { value: new Vector2(1, 1) } },
      vertexShader: FXAA_VERTEX,
      fragmentShader: FXAA_FRAGMENT,
      depthTest: false,
      depthWrite: false,
      transparent: false,
    });
    const quad = new Mesh(geometry, material);
    quad.frustumCulled = false;
    return { target, geometry, material, quad, camera: new OrthographicCamera(), size: new Vector2() };
  }, []);

  useEffect(() => {
    // renderer.info would otherwise describe only the last render (the full-screen triangle).
    const autoReset = gl.info.autoReset;
    gl.info.autoReset = false;
    return () => {
      gl.info.autoReset = autoReset;
      parts.target.dispose();
      parts.geometry.dispose();
      parts.material.dispose();
    };
  }, [gl, parts]);

  useFrame(({ scene, camera }) => {
    const { target, material, quad, size } = parts;
    gl.getDrawingBufferSize(size);
    if (target.width !== size.x || target.height !== size.y) {
      target.setSize(size.x, size.y);
      material.uniforms.texel?.value.set(1 / size.x, 1 / size.y);
    }
    gl.info.reset();
    const moving = pictureMoving();
    if (!wantsFxaa(gl.getPixelRatio(), moving)) {
      drawLean(gl, scene, camera);
      return;
    }
    gl.setRenderTarget(target);
    gl.render(scene, camera);
    gl.setRenderTarget(null);
    gl.render(quad, parts.camera);
  }, 1);
  return null;
}
