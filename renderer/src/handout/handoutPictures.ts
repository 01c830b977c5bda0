// The handout's pictures: each step at its settled moment from its camera bookmark, and the liver
// from the front with the tumours numbered, all rendered off-screen from the scene on screen.
import { Vector3 } from 'three';
import { getAnatomy } from '../anatomy/model';
import type { Tumour } from '../procedure/schema';
import { tumourCentre } from '../scene/anatomy/tumourGeometry';
import type { ExploreStore } from '../store/exploreStore';
import { playhead } from '../store/playhead';
import type { HandoutModel } from './handoutModel';
import { type CaptureHandle, nextFrame, renderStill, showMoment } from './sceneCapture';

/** About 200 dpi across a 150 mm column: sharp on paper, light enough for a CPU-rendered scene. */
export const STEP_PICTURE = { width: 1200, height: 780 } as const;
export const MAP_PICTURE = { width: 1200, height: 900 } as const;

export interface HandoutPictures {
  /** JPEG data URLs, one per step, in order. */
  steps: string[];
  tumourMap: string;
}

const centre = new Vector3();
const projected = new Vector3();

/** The liver from the front (the patient facing the reader), framed to fill the picture. */
function frontView(): { position: [number, number, number]; target: [number, number, number] } {
  const bounds = getAnatomy().liver.bounds;
  bounds.getCenter(centre);
  const size = Math.max(bounds.max.x - bounds.min.x, (bounds.max.y - bounds.min.y) * 1.33);
  const distance = (size * 0.62) / Math.tan((35 * Math.PI) / 360);
  return { position: [centre.x, centre.y, centre.z + distance], target: [centre.x, centre.y, centre.z] };
}

/** Numbered discs over each tumour, so the list under the picture can name them. */
function drawMarkers(
  canvas: HTMLCanvasElement,
  camera: Parameters<Vector3['project']>[0],
  tumours: readonly Tumour[],
) {
  const context = canvas.getContext('2d');
  if (!context) return;
  const radius = Math.round(canvas.width / 42);
  context.font = `bold ${Math.round(radius * 1.2)}px sans-serif`;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  tumours.forEach((tumour, i) => {
    projected.copy(tumourCentre(tumour, projected)).project(camera);
    const x = ((projected.x + 1) / 2) * canvas.width;
    const y = ((1 - projected.y) / 2) * canvas.height;
    context.beginPath();
    context.arc(x, y, radius, 0, Math.PI * 2);
    context.fillStyle = '#ffffff';
    context.fill();
    context.lineWidth = Math.max(2, radius / 5);
    context.strokeStyle = '#1b2630';
    context.stroke();
    context.fillStyle = '#1b2630';
    context.fillText(String(i + 1), x, y + 1);
  });
}

/** Renders every picture of the handout; the scene is put back as it was afterwards. */
export async function renderHandoutPictures(
  capture: CaptureHandle,
  model: HandoutModel,
  tumours: readonly Tumour[],
  explore: ExploreStore,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<HandoutPictures> {
  const steps: string[] = [];
  const total = model.steps.length + 1;
  const savedTimeS = playhead.timeS;
  const before = { xray: explore.xray, segmentTint: explore.segmentTint };
  try {
    for (const step of model.steps) {
      showMoment(capture, step.timeS);
      const still = renderStill(capture, step.camera, STEP_PICTURE.width, STEP_PICTURE.height);
      steps.push(still.canvas.toDataURL('image/jpeg', 0.88));
      onProgress(steps.length, total);
      // Let the page breathe between pictures: a CPU-rendered scene takes a while per picture.
      await nextFrame();
    }
    // See-through liver with tinted segments, so tumours inside show and their segments read.
    explore.setXray(true);
    explore.setSegmentTint(true);
    await nextFrame();
    showMoment(capture, 0);
    const still = renderStill(capture, frontView(), MAP_PICTURE.width, MAP_PICTURE.height);
    drawMarkers(still.canvas, still.camera, tumours);
    onProgress(total, total);
    return { steps, tumourMap: still.canvas.toDataURL('image/jpeg', 0.9) };
  } finally {
    explore.setXray(before.xray);
    explore.setSegmentTint(before.segmentTint);
    showMoment(capture, savedTimeS);
  }
}
