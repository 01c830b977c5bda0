import { SEGMENT_IDS, type SegmentId } from '../anatomy/types';
import type { FlowPathId } from '../procedure/ids';
import type { Procedure } from '../procedure/schema';
import type { SegmentView } from './segmentView';
import { groupOf, isShown } from './structureGroups';

/** How many labels a person asked for: 'auto' follows the mode. */
export const LABEL_DENSITIES = ['auto', 'few', 'all'] as const;
export type LabelDensity = (typeof LABEL_DENSITIES)[number];

/** Something the scene names: where its label is anchored, and when it shows. */
export interface LabelTarget {
  /** Locale key of the label's text. */
  key: string;
  /** Explore id of what it names, so a hidden structure loses its label. */
  id: string;
  /** Anchored on this path's centre line at `along` (0..1)… */
  path?: FlowPathId;
  along?: number;
  /** …or at this tumour's centre… */
  tumour?: Procedure['tumours'][number];
  /** …or at this segment's centre; segment names show only while the segments are tinted. */
  segment?: SegmentId;
  /** 'few': always; 'all': only when every label is asked for (teaching). */
  tier: 'few' | 'all';
}

interface AnchorSpec {
  key: string;
  id: string;
  path: FlowPathId;
  along: number;
  tier: 'few' | 'all';
  /** Only in procedures that use this line. */
  circuitOnly?: boolean;
}

/** Main structures, each named at a point on its centre line; in priority order for the layout. */
const ANCHORS: readonly AnchorSpec[] = [
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

/** Every label a procedure can show, in priority order: structures, its tumours, then the segments. */
export function labelTargets(procedure: Procedure): LabelTarget[] {
  const circuit = procedure.circuit as readonly string[];
  const list: LabelTarget[] = ANCHORS.filter((a) => !a.circuitOnly || circuit.includes(a.path)).map(
    ({ key, id, path, along, tier }) => ({ key, id, path, along, tier }),
  );
  for (const tumour of procedure.tumours) {
    list.push({ key: 'label.tumour', id: `tumour:${tumour.id}`, tier: 'all', tumour });
  }
  for (const segment of SEGMENT_IDS) {
    list.push({ key: `anatomy.segment.${segment}.name`, id: `segment:${segment}`, tier: 'few', segment });
  }
  return list;
}

/** Whether all labels show: the explore setting, or by mode (presenter teaches; others keep it calm). */
export function showsAllLabels(density: LabelDensity, mode: string): boolean {
  return density === 'all' || (density === 'auto' && mode === 'presenter');
}

/** Whether a label is wanted before placement: its tier, and whether what it names is shown. */
export function labelWanted(
  target: LabelTarget,
  all: boolean,
  segments: SegmentView,
  hidden: ReadonlySet<string>,
  isolated: ReadonlySet<string>,
): boolean {
  if (target.segment) return segments.tinted && segments.shown.has(target.segment);
  return (all || target.tier === 'few') && isShown(target.id, groupOf(target.id), hidden, isolated);
}
