import { create } from 'zustand';
import type { CameraMove } from '../explore/cameraMoves';
import type { Cut, CutAxis } from '../explore/cutPlane';
import type { LabelDensity } from '../explore/labelSet';
import type { ExploreId } from '../explore/structureGroups';

export type { LabelDensity };

/** Where a click asked the camera to look: a point and a viewing distance, for the step it was made in. */
export interface CameraFocus {
  target: readonly [number, number, number];
  distanceMm: number;
  stepIndex: number;
}

/**
 * How a person explores the anatomy: what is identified, shown, see-through or cut. Slow values only;
 * the scene reads them with getState() in useFrame. `hovered` changes only when the structure under
 * the pointer changes, never per pointer move.
 */
export interface ExploreState {
  hovered: ExploreId | null;
  selected: ExploreId | null;
  /** Structure or group ids that are hidden. */
  hidden: ReadonlySet<string>;
  /** While not empty, only these structures or groups are shown. */
  isolated: ReadonlySet<string>;
  xray: boolean;
  /** Opacity a person set for a structure or group, 0..1; absent means the default. */
  opacity: Readonly<Record<string, number>>;
  cut: Cut;
  segmentTint: boolean;
  labelDensity: LabelDensity;
  focus: CameraFocus | null;
  /**
   * A structure picked out from the keyboard ('scene') or the structure list ('list'), highlighted
   * and named as hover does.
   */
  picked: { id: ExploreId | null; from: 'scene' | 'list' };
  /** Asks the 3D view to step to the next (1) or previous (-1) structure it shows; counted, so each press is heard. */
  structureStep: { direction: 1 | -1; count: number };
  /** The last camera move asked for from the keyboard, counted so the same move twice moves twice. */
  cameraMove: { move: CameraMove; count: number } | null;
  /** Asks the camera to frame a structure, counted like the moves. */
  focusRequest: { id: ExploreId; count: number } | null;
  /** Bumped by "Describe the view": the description is read out now. */
  describeCount: number;
}

export interface ExploreActions {
  setHovered(id: ExploreId | null): void;
  select(id: ExploreId | null): void;
  setHidden(id: string, hidden: boolean): void;
  toggleIsolated(id: string): void;
  /** Shows everything again: nothing hidden, nothing isolated. */
  showAll(): void;
  setXray(on: boolean): void;
  setOpacity(id: string, opacity: number | null): void;
  setCutAxis(axis: CutAxis | null): void;
  setCutOffset(offsetMm: number): void;
  setCutNormal(normal: readonly [number, number, number]): void;
  setSegmentTint(on: boolean): void;
  setLabelDensity(density: LabelDensity): void;
  setFocus(focus: CameraFocus | null): void;
  /** Sets what is hidden and isolated at once (see explore/visibility.ts for showing one structure). */
  setVisibility(visibility: { hidden: ReadonlySet<string>; isolated: ReadonlySet<string> }): void;
  pick(id: ExploreId | null, from: 'scene' | 'list'): void;
  stepStructure(direction: 1 | -1): void;
  moveCamera(move: CameraMove): void;
  requestFocus(id: ExploreId): void;
  requestDescription(): void;
}

export type ExploreStore = ExploreState & ExploreActions;

/** Largest cut offset from the liver's centre, mm: past the liver's half-width, nothing is left. */
export const CUT_OFFSET_LIMIT_MM = 110;

export const INITIAL_EXPLORE: ExploreState = {
  hovered: null,
  selected: null,
  hidden: new Set(),
  isolated: new Set(),
  xray: false,
  opacity: {},
  cut: { axis: null, offsetMm: 0, normal: [0.5, -0.5, -0.7] },
  segmentTint: false,
  labelDensity: 'auto',
  focus: null,
  picked: { id: null, from: 'scene' },
  structureStep: { direction: 1, count: 0 },
  cameraMove: null,
  focusRequest: null,
  describeCount: 0,
};

function withToggled(set: ReadonlySet<string>, id: string, on: boolean): ReadonlySet<string> {
  if (set.has(id) === on) return set;
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}

export function createExploreStore() {
  return create<ExploreStore>()((set, get) => ({
    ...INITIAL_EXPLORE,
    setHovered: (hovered) => {
      if (get().hovered !== hovered) set({ hovered });
    },
    select: (selected) => set({ selected }),
    setHidden: (id, hidden) => set((s) => ({ hidden: withToggled(s.hidden, id, hidden) })),
    toggleIsolated: (id) => set((s) => ({ isolated: withToggled(s.isolated, id, !s.isolated.has(id)) })),
    showAll: () => set({ hidden: new Set(), isolated: new Set() }),
    setXray: (xray) => set({ xray }),
    setOpacity: (id, value) =>
      set((s) => {
        const opacity = { ...s.opacity };
        if (value === null || !Number.isFinite(value)) delete opacity[id];
        else opacity[id] = Math.min(1, Math.max(0, value));
        return { opacity };
      }),
    setCutAxis: (axis) => set((s) => ({ cut: { ...s.cut, axis } })),
    setCutOffset: (offsetMm) =>
      set((s) => ({
        cut: {
          ...s.cut,
          offsetMm: Math.min(CUT_OFFSET_LIMIT_MM, Math.max(-CUT_OFFSET_LIMIT_MM, Number(offsetMm) || 0)),
        },
      })),
    setCutNormal: (normal) => set((s) => ({ cut: { ...s.cut, normal } })),
    setSegmentTint: (segmentTint) => set({ segmentTint }),
    setLabelDensity: (labelDensity) => set({ labelDensity }),
    setFocus: (focus) => set({ focus }),
    setVisibility: ({ hidden, isolated }) => set({ hidden, isolated }),
    pick: (id, from) => {
      const { picked } = get();
      if (picked.id !== id || picked.from !== from) set({ picked: { id, from } });
    },
    stepStructure: (direction) =>
      set((s) => ({ structureStep: { direction, count: s.structureStep.count + 1 } })),
    moveCamera: (move) => set((s) => ({ cameraMove: { move, count: (s.cameraMove?.count ?? 0) + 1 } })),
    requestFocus: (id) => set((s) => ({ focusRequest: { id, count: (s.focusRequest?.count ?? 0) + 1 } })),
    requestDescription: () => set((s) => ({ describeCount: s.describeCount + 1 })),
  }));
}

export const useExploreStore = createExploreStore();
