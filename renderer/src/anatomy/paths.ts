import { Vector3 } from 'three';
import type { FlowPathId } from '../procedure/ids';
import { buildCentreLines } from './centreLines';
import { radiusOfLine, sampleLine, tangentOfLine } from './curve';
import { loadAnatomyData } from './data';
import type { CentreLine } from './types';

let lines: Map<FlowPathId, CentreLine> | null = null;

/** Every vessel's and circuit line's centre line, built once from the bundled data. */
export function getCentreLines(): Map<FlowPathId, CentreLine> {
  if (!lines) {
    const { data } = loadAnatomyData();
    lines = buildCentreLines(data.vessels, data.circuit);
  }
  return lines;
}

function lineOf(pathId: FlowPathId): CentreLine {
  const line = getCentreLines().get(pathId);
  if (!line) throw new Error(`no centre line for ${pathId}`);
  return line;
}

/** Point at fraction u (0 upstream … 1 downstream) of a path's length, written into `out`; constant time. */
export function pointAlong(pathId: FlowPathId, u: number, out: Vector3 = new Vector3()): Vector3 {
  return sampleLine(lineOf(pathId), u, out);
}

/** Unit flow direction at fraction u of a path, written into `out`; constant time. */
export function tangentAlong(pathId: FlowPathId, u: number, out: Vector3 = new Vector3()): Vector3 {
  return tangentOfLine(lineOf(pathId), u, out);
}

/** Radius of a path at fraction u, mm; constant time. */
export function radiusAlong(pathId: FlowPathId, u: number): number {
  return radiusOfLine(lineOf(pathId), u);
}
