import { SEGMENT_IDS, type SegmentId } from '../anatomy/types';
import type { DeviceKind, FlowPathId } from '../procedure/ids';
import type { Procedure } from '../procedure/schema';
import type { SegmentView } from './segmentView';
import { groupOf, isShown } from './structureGroups';

/** How many labels a person asked for: 'auto' follows the mode. */
export const LABEL_DENSITIES = ['auto', 'few', 'all'] as const;
export type LabelDensity = (typeof LABEL_DENSITIES)[number];

/** A point a label may point at: on a centre line, a tumour's centre, a segment's centre, or a machine. */
export type AnchorSpot =
  | { path: FlowPathId; along: number }
  | { tumour: Procedure['tumours'][number] }
  | { segment: SegmentId }
  | { station: string };

/** Something the scene names: where its label may point, what counts as it, and when it shows. */
export interface LabelTarget {
  /** Locale key of the label's text. */
  key: string;
  /** Explore id of what it names, so a hidden structure loses its label. */
  id: string;
  /** Points on the structure the leader line may end at, the preferred one first. */
  spots: AnchorSpot[];
  /** Explore ids a pick at the leader's end may name for it to end on its own structure. */
  pickIds: string[];
  /** 'few': always; 'all': only when every label is asked for; 'device': while its device is in use. */
  tier: 'few' | 'all' | 'device';
  /** The device it names: shown while the step uses it. */
  device?: { id: string; kind: DeviceKind };
  /** Segment names show only while the segments are tinted. */
  segment?: SegmentId;
  /** Repeated names merged into one ("Tumours ×3"): how many, and the plural's locale key. */
  count?: number;
  pluralKey?: string;
}

/** A machine box beside the patient, as the anatomy places it (only what labels need). */
export interface StationRef {
  id: string;
  kind: string;
  lines: readonly string[];
}

interface AnchorSpec {
  key: string;
  id: string;
  /** Centre lines the label may point at, the first at `along` preferred. */
  paths: readonly FlowPathId[];
  along: number;
  /** Further explore ids that are the same named thing (the three parts of the vena cava). */
  alsoPicks?: readonly string[];
  tier: 'few' | 'all';
}

/** Main structures, each named at a point on its centre line; in priority order for the layout. */
const ANCHORS: readonly AnchorSpec[] = [
  { key: 'label.portalVein', id: 'portalVein', paths: ['portalVein'], along: 0.5, tier: 'few' },
  {
    key: 'label.hepaticArtery',
    id: 'commonHepaticArtery',
    paths: ['commonHepaticArtery', 'properHepaticArtery'],
    along: 0.5,
    tier: 'few',
  },
  {
    key: 'label.ivc',
    id: 'ivcInfrahepatic',
    paths: ['ivcInfrahepatic', 'ivcRetrohepatic', 'ivcSuprahepatic'],
    along: 0.6,
    tier: 'few',
  },
  { key: 'label.aorta', id: 'aorta', paths: ['aorta'], along: 0.55, tier: 'few' },
  {
    key: 'label.hepaticVeins',
    id: 'middleHepaticVein',
    paths: ['middleHepaticVein', 'rightHepaticVein', 'leftHepaticVein'],
    along: 0.2,
    alsoPicks: ['hepaticVeinBranches'],
    tier: 'all',
  },
  { key: 'label.heart', id: 'ivcSuprahepatic', paths: ['ivcSuprahepatic'], along: 1, tier: 'all' },
  {
    key: 'anatomy.structure.splenicVein.name',
    id: 'splenicVein',
    paths: ['splenicVein'],
    along: 0.5,
    tier: 'all',
  },
  {
    key: 'anatomy.structure.superiorMesentericVein.name',
    id: 'superiorMesentericVein',
    paths: ['superiorMesentericVein'],
    along: 0.4,
    tier: 'all',
  },
  {
    key: 'anatomy.structure.gastroduodenalArtery.name',
    id: 'gastroduodenalArtery',
    paths: ['gastroduodenalArtery'],
    along: 0.6,
    tier: 'all',
  },
];

/** Fractions along a line to try after the preferred one, nearest to it first. */
const ALONG = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

/** Spots along a centre line: the preferred fraction, then the others from nearest to farthest. */
export function spotsAlong(
  path: FlowPathId,
  along: number,
  fractions: readonly number[] = ALONG,
): AnchorSpot[] {
  const rest = fractions
    .filter((f) => Math.abs(f - along) > 1e-6)
    .sort((a, b) => Math.abs(a - along) - Math.abs(b - along));
  return [along, ...rest].map((f) => ({ path, along: f }));
}

/** Machines whose box stands beside the patient: labelled at the box. */
const STATION_KINDS: ReadonlySet<string> = new Set(['pump', 'filter', 'oxygenator', 'heatExchanger']);
/** Devices that sit on a vessel at one point: labelled there, or just beside it. */
const POINT_KINDS: ReadonlySet<string> = new Set(['clamp', 'balloon']);

/** Where a device's label may point, and what a pick there may name. */
function deviceTarget(device: Procedure['devices'][number], stations: readonly StationRef[]): LabelTarget {
  const at = device.at as FlowPathId;
  const own = device.line ? [at, device.line as FlowPathId] : [at];
  let spots: AnchorSpot[];
  let pickIds: string[] = [...own];
  const boxes = STATION_KINDS.has(device.kind)
    ? stations.filter((s) => s.kind === device.kind && s.lines.includes(device.at))
    : [];
  if (boxes.length > 0) {
    spots = boxes.map((s) => ({ station: s.id }));
    pickIds = [...boxes.map((s) => `station:${s.id}`), ...own];
  } else if (POINT_KINDS.has(device.kind)) {
    const along = device.along ?? 0.5;
    const near = [along - 0.05, along + 0.05, along - 0.1, along + 0.1].filter((f) => f >= 0 && f <= 1);
    spots = spotsAlong(at, along, near);
  } else {
    // Tubes and catheters: anywhere along them where they show (much of a catheter lies in a vessel).
    spots = own.flatMap((path, i) => spotsAlong(path, device.along ?? 0.5).slice(i === 0 ? 0 : 1));
  }
  return {
    key: device.labelKey,
    id: device.id,
    spots,
    pickIds,
    tier: 'device',
    device: { id: device.id, kind: device.kind },
  };
}

/** Targets that say the same thing become one ("Tumours ×3"), pointing at any of their spots. */
export function mergeDuplicates(
  targets: readonly LabelTarget[],
  plurals: Readonly<Record<string, string>>,
): LabelTarget[] {
  const out: LabelTarget[] = [];
  const byKey = new Map<string, LabelTarget>();
  for (const target of targets) {
    const pluralKey = plurals[target.key];
    const first = pluralKey ? byKey.get(target.key) : undefined;
    if (!first) {
      const copy = { ...target, spots: [...target.spots], pickIds: [...target.pickIds] };
      if (pluralKey) byKey.set(target.key, copy);
      out.push(copy);
      continue;
    }
    first.count = (first.count ?? 1) + 1;
    first.pluralKey = pluralKey;
    first.spots.push(...target.spots);
    first.pickIds.push(...target.pickIds);
  }
  return out;
}

/** Names that repeat (one per tumour) and read better merged, with their plural's locale key. */
const PLURALS: Readonly<Record<string, string>> = { 'label.tumour': 'classroom.label.plural.tumour' };

/**
 * Every label a procedure can show, in priority order: the liver, main structures, the procedure's
 * devices, its tumours (merged into one label), then the segments.
 */
export function labelTargets(procedure: Procedure, stations: readonly StationRef[] = []): LabelTarget[] {
  const list: LabelTarget[] = [
    {
      key: 'label.liver',
      id: 'liver',
      spots: [{ path: 'rightPortalVein', along: 1 }, ...SEGMENT_IDS.map((segment) => ({ segment }))],
      pickIds: ['liver', ...SEGMENT_IDS.map((s) => `segment:${s}`)],
      tier: 'few',
    },
  ];
  for (const a of ANCHORS) {
    list.push({
      key: a.key,
      id: a.id,
      spots: a.paths.flatMap((path, i) => spotsAlong(path, i === 0 ? a.along : 0.5)),
      pickIds: [...a.paths, ...(a.alsoPicks ?? [])],
      tier: a.tier,
    });
  }
  for (const device of procedure.devices) list.push(deviceTarget(device, stations));
  const tumours: LabelTarget[] = procedure.tumours.map((tumour) => ({
    key: 'label.tumour',
    id: 'tumours',
    spots: [{ tumour }],
    pickIds: [`tumour:${tumour.id}`],
    tier: 'all',
  }));
  list.push(...mergeDuplicates(tumours, PLURALS));
  for (const segment of SEGMENT_IDS) {
    list.push({
      key: `anatomy.segment.${segment}.name`,
      id: `segment:${segment}`,
      spots: [{ segment }],
      pickIds: [`segment:${segment}`, 'liver'],
      tier: 'few',
      segment,
    });
  }
  return list;
}

/** Whether all labels show: the explore setting, or by mode (presenter teaches; others keep it calm). */
export function showsAllLabels(density: LabelDensity, mode: string): boolean {
  return density === 'all' || (density === 'auto' && mode === 'presenter');
}

/** Machines named while they run, not only in the step that starts them: the idea of the circuit. */
const MACHINE_KINDS: ReadonlySet<string> = new Set(['pump', 'filter']);

/** What the moment says about devices: the current step's own device changes, and every state now. */
export interface DeviceMoment {
  stepDevices: Readonly<Record<string, number>>;
  states: Readonly<Record<string, number>>;
}

/**
 * Whether a device is in use in this step: it is in place (state above nothing) and the step acts on
 * it, or it is a running machine, or (all labels) it is simply in place and working.
 */
export function deviceInUse(
  device: { id: string; kind: string },
  all: boolean,
  moment: DeviceMoment,
): boolean {
  const state = moment.states[device.id] ?? 0;
  if (state <= 0.05) return false;
  if (device.id in moment.stepDevices) return true;
  return state > 0.5 && (all || MACHINE_KINDS.has(device.kind));
}

/** Whether a label is wanted before placement: its tier, whether what it names is shown, devices in use. */
export function labelWanted(
  target: LabelTarget,
  all: boolean,
  segments: SegmentView,
  hidden: ReadonlySet<string>,
  isolated: ReadonlySet<string>,
  moment?: DeviceMoment,
): boolean {
  if (target.segment) return segments.tinted && segments.shown.has(target.segment);
  if (target.device) {
    if (!moment || !deviceInUse(target.device, all, moment)) return false;
    const own = target.pickIds[0] as string;
    return isShown(own, groupOf(own), hidden, isolated);
  }
  return (all || target.tier === 'few') && isShown(target.id, groupOf(target.id), hidden, isolated);
}
