import { type Mesh, Plane, Vector3 } from 'three';
import {
  COMPARTMENTS,
  createSample,
  FLOW_PATH_IDS,
  type PhysiologySample,
  type Solution,
} from '../physiology';
import type { Procedure } from '../procedure/schema';

/** What the identify tooltip shows about a tumour besides its name. */
export interface TumourInfo {
  segment: string;
  diameterMm: number;
}

/**
 * The world at this frame: the one object every animated part of the scene reads. Preallocated
 * once and mutated in place, never React state.
 *
 * The driver (`fillFrame`, driver.ts) fills the first group at the start of every frame, in this
 * order, each from the ones before it:
 *   1. time (`timeS`, `playing`)   2. step (`stepIndex`)   3. physiology sample (`physiology`)
 *   4. device states (`devices`)   5. drug colours (`drug`)   6. cut (`cut`)   7. hover (`hover`)
 * The second group is written by the part that knows it, and read by the app and the test probe:
 * the camera rig (`camera`), the after-render hook (`count`, `render`), the cut face (`section`),
 * the context-loss guard (`contextLost`) and the tumours (`tumours`).
 */
export interface Frame {
  // 1. time
  /** Procedure time, s. */
  timeS: number;
  playing: boolean;
  /** The procedure and solution this frame shows; null before the first frame. */
  procedure: Procedure | null;
  solution: Solution | null;
  // 2. step
  stepIndex: number;
  // 3. physiology
  physiology: PhysiologySample;
  // 4. devices
  /** Every device's state 0..1, by device id. One object per procedure, rewritten every frame. */
  devices: Record<string, number>;
  // 5. drug colours
  drug: {
    /**
     * How strongly each path glows with the drug, 0..1, indexed like FLOW_PATH_IDS: the tint of its
     * own blood's concentration (`physiology.pathConc`) on the absolute scale of physiology/drugScale.
     */
    path: Float64Array;
    /** The same for the liver (its tissue's concentration) and the tumours (theirs). */
    liver: number;
    tumour: number;
  };
  // 6. cut
  cut: {
    /** Whether a cut is on (a zero free normal is no cut). */
    active: boolean;
    /** The one plane every cut material shares; valid while `active`. */
    plane: Plane;
  };
  // 7. hover
  hover: {
    id: string | null;
    object: Mesh | null;
    point: Vector3;
    /** Pointer position in the canvas, px. */
    x: number;
    y: number;
  };
  /** When the driver last copied the playhead into the store (its own clock, ms). */
  publishedAtMs: number;
  // Written by their owners, not the driver.
  camera: {
    settled: boolean;
    /** The step subject's box projected on the canvas (CSS px from its top left); `valid` false when none. */
    subject: { valid: boolean; left: number; top: number; right: number; bottom: number };
  };
  /** Frames drawn since start. */
  count: number;
  render: { drawCalls: number; triangles: number; geometries: number; textures: number };
  section: { discs: number; tumours: number; paintMs: number };
  contextLost: boolean;
  /** The labels' occlusion passes: how many ran, whether the last one saw the view as it is now, and its cost. */
  labels: { passes: number; settled: boolean; passMs: number };
  /** Tumour details by tumour id, registered by the tumours while they are mounted. */
  tumours: Map<string, TumourInfo>;
}

export const LIVER_TISSUE = COMPARTMENTS.indexOf('liverTissue');
export const TUMOUR = COMPARTMENTS.indexOf('tumour');

export function createFrame(): Frame {
  return {
    timeS: 0,
    playing: false,
    procedure: null,
    solution: null,
    stepIndex: 0,
    physiology: createSample(),
    devices: {},
    drug: { path: new Float64Array(FLOW_PATH_IDS.length), liver: 0, tumour: 0 },
    cut: { active: false, plane: new Plane() },
    hover: { id: null, object: null, point: new Vector3(), x: 0, y: 0 },
    publishedAtMs: Number.NEGATIVE_INFINITY,
    camera: { settled: false, subject: { valid: false, left: 0, top: 0, right: 0, bottom: 0 } },
    count: 0,
    render: { drawCalls: 0, triangles: 0, geometries: 0, textures: 0 },
    section: { discs: 0, tumours: 0, paintMs: 0 },
    contextLost: false,
    labels: { passes: 0, settled: false, passMs: 0 },
    tumours: new Map(),
  };
}

/** The running app's frame. */
export const frame: Frame = createFrame();
