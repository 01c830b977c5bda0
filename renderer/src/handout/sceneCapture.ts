// Pictures of the scene rendered off-screen: into a render target at the size asked for, with a
// camera of its own, then read back as pixels. Not screenshots of the window: the size, the
// viewpoint and the moment are the picture's own. The canvas registers its renderer here.
import {
  type Camera,
  HalfFloatType,
  PerspectiveCamera,
  type Scene,
  Vector3,
  type WebGLRenderer,
  WebGLRenderTarget,
} from 'three';
import { OutputPass } from 'three/examples/jsm/postprocessing/OutputPass.js';
import { playhead } from '../store/playhead';

export interface CaptureHandle {
  gl: WebGLRenderer;
  scene: Scene;
  camera: Camera;
  /** Runs every frame callback once (r3f's advance), so the scene shows the playhead's moment. */
  advance(): void;
  /** Whether WebGL runs on the CPU: no multisampling there. */
  software: boolean;
}

let handle: CaptureHandle | null = null;

export function registerCapture(next: CaptureHandle): () => void {
  handle = next;
  return () => {
    if (handle === next) handle = null;
  };
}

export function captureHandle(): CaptureHandle | null {
  return handle;
}

export interface ViewSpec {
  position: readonly [number, number, number];
  target: readonly [number, number, number];
  /** Vertical field of view, degrees; the scene's own when absent. */
  fov?: number;
}

export interface Still {
  canvas: HTMLCanvasElement;
  camera: PerspectiveCamera;
}

/** The scene's background as drawn behind the canvas (the page's CSS), for opaque pictures. */
function paintBackground(context: CanvasRenderingContext2D, width: number, height: number): void {
  const gradient = context.createRadialGradient(
    width / 2,
    height * 0.4,
    0,
    width / 2,
    height * 0.4,
    Math.hypot(width, height) * 0.75,
  );
  gradient.addColorStop(0, '#26323e');
  gradient.addColorStop(1, '#0f1419');
  context.fillStyle = gradient;
  context.fillRect(0, 0, width, height);
}

let outputPass: OutputPass | null = null;

/** Lets the frame callbacks run after a React commit (explore settings applied in effects). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/**
 * Renders the scene as it is now (call `advance` first to move it to another moment) from `view`
 * into a `width`×`height` picture. Tone mapping and colour space as on screen (an OutputPass),
 * the background painted unless `transparent`.
 */
export function renderStill(
  capture: CaptureHandle,
  view: ViewSpec | Camera,
  width: number,
  height: number,
  transparent = false,
): Still {
  const { gl, scene } = capture;
  const max = gl.capabilities.maxTextureSize;
  const w = Math.max(1, Math.min(max, Math.round(width)));
  const h = Math.max(1, Math.min(max, Math.round(height)));
  const base = capture.camera as PerspectiveCamera;
  const camera = new PerspectiveCamera(base.fov ?? 35, w / h, base.near ?? 5, base.far ?? 8000);
  if ('isCamera' in view) {
    camera.position.copy(view.position);
    camera.quaternion.copy(view.quaternion);
    if ((view as PerspectiveCamera).isPerspectiveCamera) camera.fov = (view as PerspectiveCamera).fov;
  } else {
    if (view.fov) camera.fov = view.fov;
    camera.position.set(...view.position);
    camera.lookAt(new Vector3(...view.target));
  }
  camera.updateProjectionMatrix();
  camera.updateMatrixWorld();

  const sceneTarget = new WebGLRenderTarget(w, h, { type: HalfFloatType, samples: capture.software ? 0 : 4 });
  const outTarget = new WebGLRenderTarget(w, h);
  outputPass ??= new OutputPass();
  const previousTarget = gl.getRenderTarget();
  const previousAlpha = gl.getClearAlpha();
  const pixels = new Uint8Array(w * h * 4);
  try {
    gl.setRenderTarget(sceneTarget);
    gl.setClearAlpha(0);
    gl.clear();
    gl.render(scene, camera);
    outputPass.render(gl, outTarget, sceneTarget, 0, false);
    gl.readRenderTargetPixels(outTarget, 0, 0, w, h, pixels);
  } finally {
    gl.setRenderTarget(previousTarget);
    gl.setClearAlpha(previousAlpha);
    sceneTarget.dispose();
    outTarget.dispose();
  }
  // WebGL rows run bottom-up; a picture's run top-down.
  const image = new ImageData(w, h);
  const row = w * 4;
  for (let y = 0; y < h; y++) image.data.set(pixels.subarray((h - 1 - y) * row, (h - y) * row), y * row);
  const layer = document.createElement('canvas');
  layer.width = w;
  layer.height = h;
  layer.getContext('2d')?.putImageData(image, 0, 0);
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const context = canvas.getContext('2d');
  if (context) {
    if (!transparent) paintBackground(context, w, h);
    context.drawImage(layer, 0, 0);
  }
  return { canvas, camera };
}

/** Moves the scene to procedure time `timeS` and runs every frame callback once, so it shows that moment. */
export function showMoment(capture: CaptureHandle, timeS: number): void {
  playhead.timeS = timeS;
  capture.advance();
}
