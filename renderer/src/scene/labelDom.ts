import type { LabelInput, LabelPlacement } from '../explore/labelLayout';

/** What one label's box and leader line show now, in whole (box) and tenth (line) pixels. */
export interface Written {
  /** The elements written to; new elements (labels switched back on) start from nothing. */
  box: HTMLDivElement | null;
  line: SVGLineElement | null;
  left: number;
  top: number;
  shown: boolean | null;
  dim: boolean | null;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export function unwritten(): Written {
  const unknown = Number.NaN;
  return {
    box: null,
    line: null,
    left: unknown,
    top: unknown,
    shown: null,
    dim: null,
    x1: unknown,
    y1: unknown,
    x2: unknown,
    y2: unknown,
  };
}

const tenth = (value: number) => Math.round(value * 10) / 10;

/** Writes one label's placement into its box and leader line, touching the DOM only where it changed. */
export function writeLabel(
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
  const dim = input.dim === true;
  if (written.dim !== dim) {
    written.dim = dim;
    // Hidden behind something: the label fades and its leader turns dashed (labels.css).
    box?.toggleAttribute('data-occluded', dim);
    line?.toggleAttribute('data-occluded', dim);
  }
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
