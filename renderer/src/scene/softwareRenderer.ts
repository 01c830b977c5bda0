/** Renderer strings of GPUs emulated on the CPU (Chromium's SwiftShader, Mesa's llvmpipe). */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software/i;

let cached: boolean | undefined;

/**
 * Whether WebGL runs on the CPU. There, 4× multisampling costs about 40% of every frame
 * (measured: 376 → 215 ms at 1280×720), so the scene drops it; a real GPU keeps smooth edges.
 * Asked once, with a throwaway context, before the scene's own context is created.
 */
export function isSoftwareRenderer(): boolean {
  if (cached !== undefined) return cached;
  cached = false;
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (gl) {
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
      cached = SOFTWARE.test(name);
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    // No WebGL at all: the scene's error boundary handles that.
  }
  return cached;
}
