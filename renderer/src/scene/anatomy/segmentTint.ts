import { BufferAttribute, type BufferGeometry, Color } from 'three';
import { classifySegment, getAnatomy, SEGMENT_IDS, type SegmentId } from '../../anatomy';

/** One distinct, muted hue per Couinaud segment, as in surgical atlases; readable on the liver. */
export const SEGMENT_COLOURS: Record<SegmentId, string> = {
  I: '#d9a441',
  II: '#4f9d69',
  III: '#7cc48a',
  IVa: '#3f7fbf',
  IVb: '#79aee0',
  V: '#c8577a',
  VI: '#e08c5a',
  VII: '#9b6bc4',
  VIII: '#cf6bb0',
};

let vertexSegments: Uint8Array | null = null;

/** Each liver vertex's segment (index into SEGMENT_IDS), classified once. */
export function liverVertexSegments(): Uint8Array {
  if (vertexSegments) return vertexSegments;
  const anatomy = getAnatomy();
  const position = anatomy.liver.geometry.getAttribute('position');
  const out = new Uint8Array(position.count);
  for (let i = 0; i < position.count; i++) {
    const segment = classifySegment(
      anatomy.segmentModel,
      position.getX(i),
      position.getY(i),
      position.getZ(i),
    );
    out[i] = SEGMENT_IDS.indexOf(segment);
  }
  vertexSegments = out;
  return out;
}

const hue = new Color();

/**
 * Writes the liver's vertex colours: white everywhere when not `tinted` (the material's own colour
 * shows), else each segment in its hue blended with the liver's colour. The material's colour is
 * then white, so the caller swaps it.
 */
export function writeSegmentTint(geometry: BufferGeometry, liverColour: Color, tinted: boolean): void {
  const segments = liverVertexSegments();
  let attribute = geometry.getAttribute('color') as BufferAttribute | undefined;
  if (!attribute) {
    attribute = new BufferAttribute(new Float32Array(segments.length * 3), 3);
    geometry.setAttribute('color', attribute);
  }
  const array = attribute.array as Float32Array;
  const colours = SEGMENT_IDS.map((id) =>
    tinted ? hue.set(SEGMENT_COLOURS[id]).lerp(liverColour, 0.35).clone() : new Color(1, 1, 1),
  );
  for (let i = 0; i < segments.length; i++) {
    const c = colours[segments[i] as number] as Color;
    array[i * 3] = c.r;
    array[i * 3 + 1] = c.g;
    array[i * 3 + 2] = c.b;
  }
  attribute.needsUpdate = true;
}
