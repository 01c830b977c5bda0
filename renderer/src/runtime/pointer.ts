import { type Mesh, Vector3 } from 'three';

/**
 * What the pointer is over, written by the picker on every pointer move (never React state). The
 * frame driver copies it into `frame.hover` as the last step of each frame; the scene reads that.
 */
export const pointerInput = {
  id: null as string | null,
  object: null as Mesh | null,
  point: new Vector3(),
  x: 0,
  y: 0,
};
