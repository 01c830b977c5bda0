import { type Mesh, Vector3 } from 'three';
import type { ExploreId } from './structureGroups';

/**
 * What is under the pointer, mutated by the picker on every pointer move (never React state): the
 * highlight and the tooltip read it. The explore store hears only when the id changes.
 */
export const hoverState = {
  id: null as ExploreId | null,
  object: null as Mesh | null,
  point: new Vector3(),
  /** Pointer position in the canvas, px. */
  x: 0,
  y: 0,
  /** Set by the picker: records that a DOM pointer event reached a structure. */
  markHandled: (_event: Event): void => {},
};

/** Tumour details for names: segment and diameter, by tumour id; filled by the Tumours component. */
export const tumourInfo = new Map<string, { segment: string; diameterMm: number }>();
