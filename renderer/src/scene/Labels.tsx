import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Matrix4, Vector3 } from 'three';
import { getAnatomy, segmentCentre } from '../anatomy';
import { isCutWithLiver } from '../explore/cutScope';
import { chooseAnchor } from '../explore/labelAnchor';
import { type LabelInput, type LabelPlacement, layoutLabels, type Rect } from '../explore/labelLayout';
import {
  type AnchorSpot,
  type DeviceMoment,
  type LabelTarget,
  labelTargets,
  labelWanted,
  showsAllLabels,
} from '../explore/labelSet';
import { currentSegmentView } from '../explore/segmentView';
import type { Procedure } from '../procedure/schema';
import { frame } from '../runtime';
import { useAppStore } from '../store/appStore';
import { useExploreStore } from '../store/exploreStore';
import { DomOverlay } from './anatomy/DomOverlay';
import { tumourCentre } from './anatomy/tumourGeometry';
import { unwritten, type Written, writeLabel } from './labelDom';
import { captionRects, gatherShown, pickIdAtPoint } from './labelOcclusion';
import { pointOnPath } from './paths';
import './labels.css';

export { showsAllLabels };

interface PlacedLabel {
  target: LabelTarget;
  /** The target's spots in the scene, the preferred first. */
  points: Vector3[];
  /** Explore ids that are this label's own structure. */
  picks: ReadonlySet<string>;
  /** Which point the leader ends at now. */
  chosen: number;
  /** No point of the structure shows from here: the label is dimmed. */
  occluded: boolean;
  /** Whether a cut can take its point away (the liver keeps its name). */
  cutWithLiver: boolean;
}

function spotPoint(spot: AnchorSpot): Vector3 {
  if ('segment' in spot) return segmentCentre(spot.segment);
  if ('tumour' in spot) return tumourCentre(spot.tumour);
  if ('station' in spot) {
    const station = getAnatomy().stations.find((s) => s.id === spot.station);
    return station ? station.centre.clone() : new Vector3();
  }
  return pointOnPath(spot.path, spot.along, new Vector3());
}

/** How often (at most) labels check what hides them while the view moves: a few times a second. */
const CHECK_INTERVAL_MS = 250;
/** The view and step the last check saw (preallocated: compared every frame). */
const lastView = new Matrix4();
const lastStep = { index: -1 };
type AppStateLike = Pick<
  ReturnType<typeof useAppStore.getState>,
  'timeS' | 'stepIndex' | 'procedureId' | 'mode'
>;
/** Spots tried per label in one check, so a hidden structure does not cost a ray per spot. */
const SPOTS_PER_CHECK = 10;

const projected = new Vector3();
const inputs: LabelInput[] = [];
const placements: LabelPlacement[] = [];
const avoid: Rect[] = [];
const noDevices: Readonly<Record<string, number>> = {};
const moment: { stepDevices: Readonly<Record<string, number>>; states: Readonly<Record<string, number>> } = {
  stepDevices: noDevices,
  states: noDevices,
};

// What one spot check needs; module-level so the check passes no closure per label.
const check = {
  camera: null as Parameters<typeof pickIdAtPoint>[0] | null,
  label: null as PlacedLabel | null,
  segmentsShown: false,
  width: 0,
  height: 0,
};
const onScreen = new Vector3();

/** Whether a point shows under the caption (a leader ending there would be hidden by it). */
function underCaption(point: Vector3): boolean {
  if (!check.camera) return false;
  onScreen.copy(point).project(check.camera);
  const x = ((onScreen.x + 1) / 2) * check.width;
  const y = ((1 - onScreen.y) / 2) * check.height;
  for (let i = 0; i < avoid.length; i++) {
    const r = avoid[i] as Rect;
    if (x >= r.left && x <= r.left + r.width && y >= r.top && y <= r.top + r.height) return true;
  }
  return false;
}

function spotShows(index: number): boolean {
  const { camera, label } = check;
  if (!camera || !label) return false;
  const point = label.points[index] as Vector3;
  if (label.cutWithLiver && frame.cut.active && frame.cut.plane.distanceToPoint(point) < 0) return false;
  if (underCaption(point)) return false;
  const id = pickIdAtPoint(camera, point, check.segmentsShown);
  return id !== null && label.picks.has(id);
}

interface LabelsProps {
  procedure: Procedure;
}

/**
 * Names of the main structures and of the devices the step uses, with leader lines ending on a
 * point of their own structure that shows from here. Laid out in screen space every frame so no two
 * overlap and none lies under the caption; which point shows (and whether any does) is checked a few
 * times a second while the view changes. Positions are written straight into the DOM.
 */
export function Labels({ procedure }: LabelsProps) {
  const { t } = useTranslation();
  const visible = useAppStore((s) => s.labels);
  const size = useThree((s) => s.size);
  const camera = useThree((s) => s.camera);
  const scene = useThree((s) => s.scene);
  const canvas = useThree((s) => s.gl.domElement);
  const invalidate = useThree((s) => s.invalidate);
  const anchors = useMemo<PlacedLabel[]>(
    () =>
      labelTargets(procedure, getAnatomy().stations).map((target) => ({
        target,
        points: target.spots.map(spotPoint),
        picks: new Set(target.pickIds),
        chosen: 0,
        occluded: false,
        cutWithLiver: target.id !== 'liver' && isCutWithLiver(target.id),
      })),
    [procedure],
  );
  const texts = useMemo(
    () =>
      anchors.map(({ target }) =>
        target.count && target.count > 1
          ? t('classroom.label.merged', { name: t(target.pluralKey ?? target.key), count: target.count })
          : t(target.key),
      ),
    [anchors, t],
  );

  const boxes = useRef<Array<HTMLDivElement | null>>([]);
  const lines = useRef<Array<SVGLineElement | null>>([]);
  // Box sizes, measured once per text (a new language or procedure measures again).
  const sizes = useMemo(() => ({ width: [] as number[], height: [] as number[], texts }), [texts]);
  const wanted = useMemo(() => anchors.map(() => false), [anchors]);
  // What each label's DOM shows now, so a frame writes (and builds strings for) only what moved.
  const written = useMemo<Written[]>(() => anchors.map(() => unwritten()), [anchors]);
  // When the labels last checked what hides them; new labels (another procedure) check at once.
  const schedule = useMemo(() => {
    const s = { dirty: anchors.length > 0, ownFrame: false, lastMs: Number.NEGATIVE_INFINITY, timer: 0 };
    // The timer's one callback, made once: a frame of its own, in which the check runs.
    const fire = () => {
      s.timer = 0;
      s.ownFrame = true;
      invalidate();
    };
    return Object.assign(s, { fire });
  }, [anchors, invalidate]);

  // Any change a person makes, a resize or a caption that changes size calls for a fresh check.
  useEffect(() => {
    const markFromApp = (state: AppStateLike, previous: AppStateLike) => {
      // The playhead's few publishes a second change nothing a label check looks at.
      if (
        state.timeS !== previous.timeS &&
        state.stepIndex === previous.stepIndex &&
        state.procedureId === previous.procedureId &&
        state.mode === previous.mode
      )
        return;
      mark();
    };
    const mark = () => {
      schedule.dirty = true;
      frame.labels.settled = false;
      invalidate();
    };
    const stopApp = useAppStore.subscribe(markFromApp);
    const stopExplore = useExploreStore.subscribe(mark);
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(mark);
    for (const caption of document.querySelectorAll('.caption')) observer?.observe(caption);
    window.addEventListener('resize', mark);
    mark();
    return () => {
      stopApp();
      stopExplore();
      observer?.disconnect();
      window.removeEventListener('resize', mark);
      window.clearTimeout(schedule.timer);
    };
  }, [invalidate, schedule]);

  useFrame(() => {
    if (!visible) return;
    const explore = useExploreStore.getState();
    const all = showsAllLabels(explore.labelDensity, useAppStore.getState().mode);
    const segments = currentSegmentView(explore);
    moment.stepDevices = procedure.steps[frame.stepIndex]?.devices ?? noDevices;
    moment.states = frame.devices;
    for (let i = 0; i < anchors.length; i++) {
      const anchor = anchors[i] as PlacedLabel;
      wanted[i] = labelWanted(
        anchor.target,
        all,
        segments,
        explore.hidden,
        explore.isolated,
        moment as DeviceMoment,
      );
    }
    runCheckWhenDue(camera, scene, canvas, segments.tinted);
    for (let i = 0; i < anchors.length; i++) {
      const anchor = anchors[i] as PlacedLabel;
      const box = boxes.current[i] ?? null;
      const point = anchor.points[Math.max(0, anchor.chosen)] as Vector3;
      // A label whose point the cut has taken away goes with it.
      const cutAway = frame.cut.active && anchor.cutWithLiver && frame.cut.plane.distanceToPoint(point) < 0;
      projected.copy(point).project(camera);
      const onScreen =
        wanted[i] && !cutAway && projected.z < 1 && Math.abs(projected.x) < 1 && Math.abs(projected.y) < 1;
      if (box && !sizes.width[i]) sizes.width[i] = box.offsetWidth;
      if (box && !sizes.height[i]) sizes.height[i] = box.offsetHeight;
      const input = inputs[i] ?? { x: 0, y: 0, width: 0, height: 0, onScreen: false, dim: false };
      inputs[i] = input;
      input.x = ((projected.x + 1) / 2) * size.width;
      input.y = ((1 - projected.y) / 2) * size.height;
      input.width = sizes.width[i] || 80;
      input.height = sizes.height[i] || 20;
      input.onScreen = onScreen === true && box !== null;
      input.dim = anchor.occluded;
    }
    inputs.length = anchors.length;
    layoutLabels(inputs, size.width, size.height, placements, avoid);
    for (let i = 0; i < placements.length; i++) {
      writeLabel(
        placements[i] as LabelPlacement,
        inputs[i] as LabelInput,
        boxes.current[i] ?? null,
        lines.current[i] ?? null,
        written[i] as Written,
      );
    }
  });

  /** Comes back for the check after `ms`, even if nothing else asks for a frame by then. */
  function scheduleCheck(ms: number): void {
    schedule.timer = window.setTimeout(schedule.fire, ms);
  }

  /**
   * Any frame drawn for something other than this check (the camera, a device, a fading liver) may
   * change what hides what; runs the check at most every CHECK_INTERVAL_MS after such frames.
   */
  function runCheckWhenDue(
    cam: typeof camera,
    root: typeof scene,
    element: HTMLCanvasElement,
    segmentsShown: boolean,
  ): void {
    const s = schedule;
    if (s.ownFrame) s.ownFrame = false;
    const moving = !lastView.equals(cam.matrixWorld);
    if (moving || frame.stepIndex !== lastStep.index) {
      // What hides what changes when the view moves or a step moves devices; steady playback under
      // a still camera needs no check (and no raycasts, which allocate).
      s.dirty = true;
      frame.labels.settled = false;
    }
    lastView.copy(cam.matrixWorld);
    lastStep.index = frame.stepIndex;
    // While the camera glides or is turned, wait: one check once it stops (the next frame, or the timer).
    if (moving) {
      window.clearTimeout(s.timer);
      scheduleCheck(CHECK_INTERVAL_MS);
      return;
    }
    if (!s.dirty) return;
    const now = performance.now();
    const wait = s.lastMs + CHECK_INTERVAL_MS - now;
    if (wait > 0) {
      if (!s.timer) scheduleCheck(wait);
      return;
    }
    s.dirty = false;
    s.lastMs = now;
    const started = performance.now();
    gatherShown(root.getObjectByName('explorable'));
    captionRects(element, avoid);
    check.width = size.width;
    check.height = size.height;
    check.camera = cam;
    check.segmentsShown = segmentsShown;
    for (let i = 0; i < anchors.length; i++) {
      if (!wanted[i]) continue;
      const anchor = anchors[i] as PlacedLabel;
      check.label = anchor;
      const index = chooseAnchor(anchor.points.length, anchor.chosen, spotShows, SPOTS_PER_CHECK);
      anchor.occluded = index < 0;
      if (index >= 0) anchor.chosen = index;
    }
    check.label = null;
    frame.labels.passes++;
    frame.labels.passMs = performance.now() - started;
    frame.labels.settled = !s.dirty;
  }

  if (!visible) return null;
  return (
    <DomOverlay className="scene-labels">
      <svg width="100%" height="100%" style={{ position: 'absolute', inset: 0 }} aria-hidden="true">
        {anchors.map((anchor, i) => (
          <line
            key={`${anchor.target.id}-line`}
            ref={(element) => {
              lines.current[i] = element;
            }}
            className="scene-label-line"
            data-label={i}
            style={{ visibility: 'hidden' }}
          />
        ))}
      </svg>
      {anchors.map((anchor, i) => (
        <div
          key={anchor.target.id}
          ref={(element) => {
            boxes.current[i] = element;
          }}
          className="scene-label"
          data-label={i}
          data-structure={anchor.target.id}
          data-picks={anchor.target.pickIds.join(' ')}
          style={{ visibility: 'hidden' }}
        >
          {texts[i]}
        </div>
      ))}
    </DomOverlay>
  );
}
