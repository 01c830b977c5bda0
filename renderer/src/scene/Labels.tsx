import { useFrame, useThree } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Vector3 } from 'three';
import { segmentCentre } from '../anatomy';
import { mergeTeachingLabels } from '../classroom/teachingLabels';
import { isCutWithLiver } from '../explore/cutScope';
import { type LabelInput, type LabelPlacement, layoutLabels } from '../explore/labelLayout';
import { type LabelTarget, labelTargets, labelWanted, showsAllLabels } from '../explore/labelSet';
import { currentSegmentView } from '../explore/segmentView';
import type { FlowPathId } from '../procedure/ids';
import type { Procedure } from '../procedure/schema';
import { frame } from '../runtime';
import { useAppStore } from '../store/appStore';
import { useExploreStore } from '../store/exploreStore';
import { DomOverlay } from './anatomy/DomOverlay';
import { tumourCentre } from './anatomy/tumourGeometry';
import { pointOnPath } from './paths';

export { showsAllLabels };

interface PlacedLabel {
  target: LabelTarget;
  position: Vector3;
  /** Whether a cut can take its point away (the liver keeps its name). */
  cutWithLiver: boolean;
  /** Text in place of the target's own (a merged label: "Tumours ×3"). */
  text?: string;
}

const projected = new Vector3();
const inputs: LabelInput[] = [];
const placements: LabelPlacement[] = [];

const LABEL_STYLE: React.CSSProperties = {
  position: 'absolute',
  left: 0,
  top: 0,
  fontSize: 13,
  lineHeight: '18px',
  color: '#fff',
  background: 'rgb(15 20 25 / 78%)',
  padding: '1px 6px',
  borderRadius: 4,
  whiteSpace: 'nowrap',
  visibility: 'hidden',
};

/** What one label's box and leader line show now, in whole (box) and tenth (line) pixels. */
interface Written {
  /** The elements written to; new elements (labels switched back on) start from nothing. */
  box: HTMLDivElement | null;
  line: SVGLineElement | null;
  left: number;
  top: number;
  shown: boolean | null;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

function unwritten(): Written {
  const unknown = Number.NaN;
  return {
    box: null,
    line: null,
    left: unknown,
    top: unknown,
    shown: null,
    x1: unknown,
    y1: unknown,
    x2: unknown,
    y2: unknown,
  };
}

const tenth = (value: number) => Math.round(value * 10) / 10;

/** Writes one label's placement into its box and leader line, touching the DOM only where it changed. */
function writeLabel(
  place: LabelPlacement,
  input: LabelInput,
  box: HTMLDivElement | null,
  line: SVGLineElement | null,
  written: Written,
): void {
  if (written.box !== box || written.line !== line) Object.assign(written, unwritten(), { box, line });
  if (written.shown !== place.shown) {
    written.shown = place.shown;
    const visibility = place.shown ? 'visible' : 'hidden';
    if (box) box.style.visibility = visibility;
    if (line) line.style.visibility = visibility;
  }
  if (!place.shown) return;
  const left = Math.round(place.left);
  const top = Math.round(place.top);
  if (box && (left !== written.left || top !== written.top)) {
    written.left = left;
    written.top = top;
    box.style.transform = `translate(${left}px, ${top}px)`;
  }
  if (!line) return;
  // The leader runs from the anchor to the nearest point of the box's edge.
  const x2 = tenth(Math.min(Math.max(input.x, place.left), place.left + input.width));
  const y2 = tenth(Math.min(Math.max(input.y, place.top), place.top + input.height));
  const x1 = tenth(input.x);
  const y1 = tenth(input.y);
  if (x1 !== written.x1) line.setAttribute('x1', x1.toFixed(1));
  if (y1 !== written.y1) line.setAttribute('y1', y1.toFixed(1));
  if (x2 !== written.x2) line.setAttribute('x2', x2.toFixed(1));
  if (y2 !== written.y2) line.setAttribute('y2', y2.toFixed(1));
  written.x1 = x1;
  written.y1 = y1;
  written.x2 = x2;
  written.y2 = y2;
}

interface LabelsProps {
  procedure: Procedure;
}

/**
 * Names of the main structures, with leader lines to where they are. Laid out in screen space every
 * frame so no two overlap, at a fixed type size whatever the zoom; positions are written straight
 * into the DOM (no React state per frame). Few labels for patients, all of them for teaching.
 */
export function Labels({ procedure }: LabelsProps) {
  const { t } = useTranslation();
  const visible = useAppStore((s) => s.labels);
  const size = useThree((s) => s.size);
  const camera = useThree((s) => s.camera);
  const teaching = useAppStore((s) => s.mode === 'presenter' || s.mode === 'audience');
  const anchors = useMemo<PlacedLabel[]>(() => {
    const placed = labelTargets(procedure).map((target) => ({
      target,
      position: target.segment
        ? segmentCentre(target.segment)
        : target.tumour
          ? tumourCentre(target.tumour)
          : pointOnPath(target.path as FlowPathId, target.along ?? 0.5, new Vector3()),
      cutWithLiver: target.id !== 'liver' && isCutWithLiver(target.id),
    }));
    return teaching ? mergeTeachingLabels(placed, t) : placed;
  }, [procedure, teaching, t]);

  const boxes = useRef<Array<HTMLDivElement | null>>([]);
  const lines = useRef<Array<SVGLineElement | null>>([]);
  const widths = useRef<number[]>([]);
  const heights = useRef<number[]>([]);
  // What each label's DOM shows now, so a frame writes (and builds strings for) only what moved.
  const written = useMemo<Written[]>(() => anchors.map(() => unwritten()), [anchors]);

  useFrame(() => {
    if (!visible) return;
    const explore = useExploreStore.getState();
    const all = showsAllLabels(explore.labelDensity, useAppStore.getState().mode);
    const segments = currentSegmentView(explore);
    const cutting = frame.cut.active;
    const plane = frame.cut.plane;
    inputs.length = anchors.length;
    for (let i = 0; i < anchors.length; i++) {
      const anchor = anchors[i] as PlacedLabel;
      const box = boxes.current[i] ?? null;
      const shown = labelWanted(anchor.target, all, segments, explore.hidden, explore.isolated);
      // A label whose point the cut has taken away goes with it.
      const cutAway = cutting && anchor.cutWithLiver && plane.distanceToPoint(anchor.position) < 0;
      const wanted = shown && !cutAway;
      projected.copy(anchor.position).project(camera);
      const onScreen = wanted && projected.z < 1 && Math.abs(projected.x) < 1 && Math.abs(projected.y) < 1;
      if (box && !widths.current[i]) widths.current[i] = box.offsetWidth;
      if (box && !heights.current[i]) heights.current[i] = box.offsetHeight;
      const input = inputs[i] ?? { x: 0, y: 0, width: 0, height: 0, onScreen: false };
      inputs[i] = input;
      input.x = ((projected.x + 1) / 2) * size.width;
      input.y = ((1 - projected.y) / 2) * size.height;
      input.width = widths.current[i] || 80;
      input.height = heights.current[i] || 20;
      input.onScreen = onScreen && box !== null;
    }
    layoutLabels(inputs, size.width, size.height, placements);
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
            stroke="rgb(255 255 255 / 80%)"
            strokeWidth={1.2}
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
          data-structure={anchor.target.id}
          style={LABEL_STYLE}
        >
          {anchor.text ?? t(anchor.target.key)}
        </div>
      ))}
    </DomOverlay>
  );
}
