import { SEGMENT_IDS, type SegmentId } from '../anatomy/types';
import { isShown } from './structureGroups';

/** How the liver is drawn: whole (one surface) or split into the segments that are shown. */
export interface SegmentView {
  /** True when some segments are hidden while the liver is shown: draw the segments' solids instead of the liver. */
  split: boolean;
  /** Segments shown (all nine while the liver is whole and shown). */
  shown: ReadonlySet<SegmentId>;
  /** Whether segments wear their own colours. */
  tinted: boolean;
}

export interface SegmentViewInput {
  hidden: ReadonlySet<string>;
  isolated: ReadonlySet<string>;
  segmentTint: boolean;
}

/** Whether the segments group or any one segment is isolated. */
export function isolatesSegments(isolated: ReadonlySet<string>): boolean {
  if (isolated.has('segments')) return true;
  for (const id of isolated) if (id.startsWith('segment:')) return true;
  return false;
}

/**
 * The segment-tint rule: segments wear their own colours when the tint is on or segments are
 * isolated. The picker names segments, rather than the liver, under the same rule.
 */
export function segmentsTinted({ isolated, segmentTint }: Omit<SegmentViewInput, 'hidden'>): boolean {
  return segmentTint || isolatesSegments(isolated);
}

/**
 * Which segments are shown. A segment is part of the liver: it shows while the liver does (the
 * liver shown, or a segment isolated), unless it or the segments group is hidden, or other segments
 * are isolated and it is not. Isolating segments tints them so they can be told apart.
 */
export function segmentView({ hidden, isolated, segmentTint }: SegmentViewInput): SegmentView {
  const segmentIsolation = isolatesSegments(isolated);
  const liverShown =
    isShown('liver', 'liver', hidden, isolated) || (segmentIsolation && !hidden.has('liver'));
  const shown = new Set<SegmentId>();
  if (liverShown && !hidden.has('segments')) {
    for (const segment of SEGMENT_IDS) {
      const id = `segment:${segment}`;
      if (hidden.has(id)) continue;
      if (segmentIsolation && !isolated.has('segments') && !isolated.has(id)) continue;
      shown.add(segment);
    }
  }
  return {
    split: liverShown && shown.size < SEGMENT_IDS.length,
    shown,
    tinted: segmentsTinted({ isolated, segmentTint }),
  };
}

let lastInput: SegmentViewInput | null = null;
let lastView: SegmentView | null = null;

/** segmentView of the explore store's state, recomputed only when that state object changes: no per-frame garbage. */
export function currentSegmentView(state: SegmentViewInput): SegmentView {
  if (state !== lastInput || !lastView) {
    lastInput = state;
    lastView = segmentView(state);
  }
  return lastView;
}
