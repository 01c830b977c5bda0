import { type BufferGeometry, Color, Float32BufferAttribute } from 'three';
import { type DevicePart, PALETTES, type Palette } from '../../anatomy/palette';

/**
 * Devices take their colours from the active palette, like the vessels: each painted geometry
 * remembers which part each run of its vertices is, so a palette change repaints it in place.
 */

/** The device colours of the active palette: geometry built from now on is painted with these. */
export const DEVICE_COLOURS: Record<DevicePart, string> = { ...PALETTES.standard.device };

/** A run of vertices painted as one part. */
export interface PaintRun {
  start: number;
  count: number;
  part: DevicePart;
}

/** The runs a painted geometry records, in vertex order ([] for one never painted). */
export function paintRuns(geometry: BufferGeometry): readonly PaintRun[] {
  return (geometry.userData.paintRuns as PaintRun[] | undefined) ?? [];
}

const colour = new Color();

/** Writes each run's current colour into the geometry's colour attribute (made if missing). */
export function colourVertices(geometry: BufferGeometry, runs: readonly PaintRun[]): void {
  geometry.userData.paintRuns = runs;
  const count = geometry.getAttribute('position').count;
  let attribute = geometry.getAttribute('color') as Float32BufferAttribute | undefined;
  if (!attribute || attribute.count !== count) {
    attribute = new Float32BufferAttribute(new Float32Array(count * 3), 3);
    geometry.setAttribute('color', attribute);
  }
  const values = attribute.array as Float32Array;
  for (const run of runs) {
    colour.set(DEVICE_COLOURS[run.part]);
    for (let i = run.start; i < run.start + run.count; i++) {
      values[i * 3] = colour.r;
      values[i * 3 + 1] = colour.g;
      values[i * 3 + 2] = colour.b;
    }
  }
  attribute.needsUpdate = true;
}

/** Device geometry in use, repainted when the palette changes; each leaves when it is disposed. */
const painted = new Set<BufferGeometry>();

function forget(event: { target: BufferGeometry }): void {
  painted.delete(event.target);
}

/** Follows the palette from now on, until disposed. */
export function followPalette(geometry: BufferGeometry): void {
  if (painted.has(geometry)) return;
  painted.add(geometry);
  geometry.addEventListener('dispose', forget);
}

/** How many device geometries follow the palette now. */
export function followingCount(): number {
  return painted.size;
}

/** Takes the palette's device colours and repaints every device geometry in use. */
export function applyDevicePalette(palette: Palette): void {
  Object.assign(DEVICE_COLOURS, palette.device);
  for (const geometry of painted) colourVertices(geometry, paintRuns(geometry));
}
