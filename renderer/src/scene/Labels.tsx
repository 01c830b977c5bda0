import { useFrame, useThree } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Vector3 } from 'three';
import { getAnatomy, SEGMENT_IDS, type SegmentId, segmentCentre } from '../anatomy';
import { mergeTeachingLabels } from '../classroom/teachingLabels';
import type { FlowPathId } from '../procedure/ids';
import type { Procedure } from '../procedure/schema';
import { useAppStore } from '../store/appStore';
import { type LabelDensity, useExploreStore } from '../store/exploreStore';
import { DomOverlay } from './anatomy/DomOverlay';
import { CUT_WITH_LIVER, cutState, sharedCutPlane } from './anatomy/ExploreEffects';
import { type LabelInput, type LabelPlacement, layoutLabels, leaderEnd } from './anatomy/labelLayout';
import { currentSegmentView } from './anatomy/segmentView';
import { groupOf, isShown } from './anatomy/structureGroups';
import { tumourCentre } from './anatomy/tumourGeometry';
import { pointOnPath } from './paths';

interface LabelAnchor {
  key: string;
  /** Explore id of what it names, so a hidden structure loses its label. */
  id: string;
  path?: FlowPathId;
  along?: number;
  /** 'few': always; 'all': only when every label is asked for (teaching). */
  tier: 'few' | 'all';
  /** Only in procedures that use this line. */
  circuitOnly?: boolean;
}

/** Main structures, each named at a point on its centre line; in priority order for the layout. */
const ANCHORS: readonly LabelAnchor[] = [
  { key: 'label.liver', id: 'liver', path: 'rightPortalVein', along: 1, tier: 'few' },
  { key: 'label.portalVein', id: 'portalVein', path: 'portalVein', along: 0.5, tier: 'few' },
  {
    key: 'label.hepaticArtery',
    id: 'commonHepaticArtery',
    path: 'commonHepaticArtery',
    along: 0.5,
    tier: 'few',
  },
  { key: 'label.ivc', id: 'ivcInfrahepatic', path: 'ivcInfrahepatic', along: 0.6, tier: 'few' },
  { key: 'label.aorta', id: 'aorta', path: 'aorta', along: 0.55, tier: 'few' },
  {
    key: 'label.filters',
    id: 'phpFilterLine',
    path: 'phpFilterLine',
    along: 0.5,
    tier: 'few',
    circuitOnly: true,
  },
  {
    key: 'label.pump',
    id: 'ihpOxygenatorLine',
    path: 'ihpOxygenatorLine',
    along: 0.5,
    tier: 'few',
    circuitOnly: true,
  },
  { key: 'label.hepaticVeins', id: 'middleHepaticVein', path: 'middleHepaticVein', along: 0.2, tier: 'all' },
  { key: 'label.heart', id: 'ivcSuprahepatic', path: 'ivcSuprahepatic', along: 1, tier: 'all' },
  {
    key: 'anatomy.structure.splenicVein.name',
    id: 'splenicVein',
    path: 'splenicVein',
    along: 0.5,
    tier: 'all',
  },
  {
    key: 'anatomy.structure.superiorMesentericVein.name',
    id: 'superiorMesentericVein',
    path: 'superiorMesentericVein',
    along: 0.4,
    tier: 'all',
  },
  {
    key: 'anatomy.structure.gastroduodenalArtery.name',
    id: 'gastroduodenalArtery',
    path: 'gastroduodenalArtery',
    along: 0.6,
    tier: 'all',
  },
];

interface PlacedAnchor {
  key: string;
  text?: string;
  id: string;
  tier: 'few' | 'all';
  position: Vector3;
  /** The segment it names: segment names show only while the segments are tinted. */
  segment?: SegmentId;
}

function systemOf(id: string) {
  return getAnatomy().centreLines.get(id as never)?.system;
}

/** Whether all labels show: the explore setting, or by mode (presenter teaches; others keep it calm). */
export function showsAllLabels(density: LabelDensity, mode: string): boolean {
  return density === 'all' || (density === 'auto' && mode === 'presenter');
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
  const anchors = useMemo<PlacedAnchor[]>(() => {
    const circuit = procedure.circuit as readonly string[];
    const list: PlacedAnchor[] = ANCHORS.filter((a) => !a.circuitOnly || circuit.includes(a.path ?? '')).map(
      (a) => ({
        key: a.key,
        id: a.id,
        tier: a.tier,
        position: pointOnPath(a.path as FlowPathId, a.along ?? 0.5, new Vector3()),
      }),
    );
    for (const tumour of procedure.tumours) {
      list.push({
        key: 'label.tumour',
        id: `tumour:${tumour.id}`,
        tier: 'all',
        position: tumourCentre(tumour),
      });
    }
    for (const segment of SEGMENT_IDS) {
      list.push({
        key: `anatomy.segment.${segment}.name`,
        id: `segment:${segment}`,
        tier: 'few',
        position: segmentCentre(segment),
        segment,
      });
    }
    return teaching ? mergeTeachingLabels(list, t) : list;
  }, [procedure, teaching, t]);

  const boxes = useRef<Array<HTMLDivElement | null>>([]);
  const lines = useRef<Array<SVGLineElement | null>>([]);
  const widths = useRef<number[]>([]);
  const heights = useRef<number[]>([]);

  useFrame(() => {
    if (!visible) return;
    const explore = useExploreStore.getState();
    const all = showsAllLabels(explore.labelDensity, useAppStore.getState().mode);
    const segments = currentSegmentView(explore);
    const cutting = cutState.active;
    inputs.length = anchors.length;
    anchors.forEach((anchor, i) => {
      const box = boxes.current[i];
      const shown = anchor.segment
        ? segments.tinted && segments.shown.has(anchor.segment)
        : (all || anchor.tier === 'few') &&
          isShown(anchor.id, groupOf(anchor.id, systemOf), explore.hidden, explore.isolated);
      // A label whose point the cut has taken away goes with it (the liver keeps its name).
      const cutAway =
        cutting &&
        anchor.id !== 'liver' &&
        (anchor.segment !== undefined || anchor.id.startsWith('tumour:') || CUT_WITH_LIVER.has(anchor.id)) &&
        sharedCutPlane.distanceToPoint(anchor.position) < 0;
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
    });
    layoutLabels(inputs, size.width, size.height, placements);
    placements.forEach((place, i) => {
      const box = boxes.current[i];
      const line = lines.current[i];
      const input = inputs[i] as LabelInput;
      if (box) {
        box.style.visibility = place.shown ? 'visible' : 'hidden';
        if (place.shown)
          box.style.transform = `translate(${Math.round(place.left)}px, ${Math.round(place.top)}px)`;
      }
      if (line) {
        line.style.visibility = place.shown ? 'visible' : 'hidden';
        if (place.shown) {
          const [x, y] = leaderEnd(input.x, input.y, {
            left: place.left,
            top: place.top,
            width: input.width,
            height: input.height,
          });
          line.setAttribute('x1', input.x.toFixed(1));
          line.setAttribute('y1', input.y.toFixed(1));
          line.setAttribute('x2', x.toFixed(1));
          line.setAttribute('y2', y.toFixed(1));
        }
      }
    });
  });

  if (!visible) return null;
  return (
    <DomOverlay className="scene-labels">
      <svg width="100%" height="100%" style={{ position: 'absolute', inset: 0 }} aria-hidden="true">
        {anchors.map((anchor, i) => (
          <line
            key={`${anchor.id}-line`}
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
          key={anchor.id}
          ref={(element) => {
            boxes.current[i] = element;
          }}
          className="scene-label"
          data-structure={anchor.id}
          style={LABEL_STYLE}
        >
          {anchor.text ?? t(anchor.key)}
        </div>
      ))}
    </DomOverlay>
  );
}
