import type { Frame } from './frame';

/** The test probe's fields: kept stable for the e2e tests and the benchmark. */
export interface Probe {
  frames: number;
  cameraSettled: boolean;
  contextLost: boolean;
  drawCalls: number;
  triangles: number;
  geometries: number;
  textures: number;
  /** Discs and tumour outlines the cut face last painted in section. */
  sectionDiscs: number;
  sectionTumours: number;
  /** How long the last repaint of the sections took, ms. */
  sectionPaintMs: number;
  /** Labels' occlusion passes run, whether the labels have caught up with the view, last pass's ms. */
  labelPasses: number;
  labelsSettled: boolean;
  labelPassMs: number;
}

/**
 * A read-only view of the frame for tests and the benchmark. Every field is a getter over the
 * frame, so reading it costs the app nothing; the app itself never reads the probe.
 */
export function probeOf(frame: Frame): Probe {
  return {
    get frames() {
      return frame.count;
    },
    get cameraSettled() {
      return frame.camera.settled;
    },
    get contextLost() {
      return frame.contextLost;
    },
    get drawCalls() {
      return frame.render.drawCalls;
    },
    get triangles() {
      return frame.render.triangles;
    },
    get geometries() {
      return frame.render.geometries;
    },
    get textures() {
      return frame.render.textures;
    },
    get sectionDiscs() {
      return frame.section.discs;
    },
    get sectionTumours() {
      return frame.section.tumours;
    },
    get sectionPaintMs() {
      return frame.section.paintMs;
    },
    get labelPasses() {
      return frame.labels.passes;
    },
    get labelsSettled() {
      return frame.labels.settled;
    },
    get labelPassMs() {
      return frame.labels.passMs;
    },
  };
}

/** Puts the probe on `window.__hepatic`. */
export function installProbe(frame: Frame): void {
  if (typeof window === 'undefined') return;
  (window as unknown as { __hepatic: Probe }).__hepatic = probeOf(frame);
}
