import { FLOW_PATH_IDS } from '../physiology';
import { type Frame, LIVER_TISSUE, TUMOUR } from './frame';

/** One place's drug as the frame shows it: concentration (mg/L) and the tint it gets (0..1). */
export interface DrugReading {
  mgL: number;
  tint: number;
}

/** The test probe's fields: kept stable for the e2e tests and the benchmark. */
export interface Probe {
  frames: number;
  cameraSettled: boolean;
  contextLost: boolean;
  drawCalls: number;
  triangles: number;
  geometries: number;
  textures: number;
  /** The current step subject's box on the canvas (CSS px from its top left), or null when it has none. */
  subjectScreenBox: { left: number; top: number; right: number; bottom: number } | null;
  /** Discs and tumour outlines the cut face last painted in section. */
  sectionDiscs: number;
  sectionTumours: number;
  /** How long the last repaint of the sections took, ms. */
  sectionPaintMs: number;
  /** Every path (by id), the liver tissue and the tumours, read when asked (tests only). */
  drug: {
    procedure: string | null;
    timeS: number;
    paths: Record<string, DrugReading>;
    liver: DrugReading;
    tumour: DrugReading;
  };
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
    get subjectScreenBox() {
      const s = frame.camera.subject;
      return s.valid ? { left: s.left, top: s.top, right: s.right, bottom: s.bottom } : null;
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
    get drug() {
      const { pathConc, conc } = frame.physiology;
      const paths: Record<string, DrugReading> = {};
      FLOW_PATH_IDS.forEach((id, i) => {
        paths[id] = { mgL: pathConc[i] ?? 0, tint: frame.drug.path[i] ?? 0 };
      });
      return {
        procedure: frame.procedure?.id ?? null,
        timeS: frame.timeS,
        paths,
        liver: { mgL: conc[LIVER_TISSUE] ?? 0, tint: frame.drug.liver },
        tumour: { mgL: conc[TUMOUR] ?? 0, tint: frame.drug.tumour },
      };
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
