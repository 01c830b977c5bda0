import { Vector3 } from 'three';
import { CIRCUIT_IDS, type CircuitId, type FlowPathId, VESSEL_IDS, type VesselId } from '../procedure/ids';
import { buildCentreLine, type ControlPoint, nearestFraction, sampleLine } from './curve';
import type { CircuitFile, CircuitLeg, LegAnchor, VesselsFile } from './schema';
import type { CentreLine } from './types';

const scratch = new Vector3();

function anchorFraction(anchor: LegAnchor, line: CentreLine, vessels: Map<VesselId, CentreLine>): number {
  if (typeof anchor === 'number') return anchor;
  const other = vessels.get(anchor.nearestTo);
  if (!other) throw new Error(`no centre line for ${anchor.nearestTo}`);
  const p = other.points[anchor.end === 'start' ? 0 : other.points.length - 1] as Vector3;
  return nearestFraction(line, p.x, p.y, p.z);
}

/** Control points for one leg of tubing: its own points, or points taken from inside a vessel. */
function legPoints(leg: CircuitLeg, vessels: Map<VesselId, CentreLine>): ControlPoint[] {
  if ('points' in leg) return leg.points;
  const line = vessels.get(leg.follow);
  if (!line) throw new Error(`no centre line for ${leg.follow}`);
  const from = anchorFraction(leg.from, line, vessels);
  const to = anchorFraction(leg.to, line, vessels);
  const span = Math.abs(to - from) * line.lengthMm;
  const steps = Math.max(1, Math.round(span / (leg.everyMm ?? 8)));
  const out: ControlPoint[] = [];
  for (let i = 0; i <= steps; i++) {
    const p = sampleLine(line, from + ((to - from) * i) / steps, scratch);
    out.push([p.x, p.y, p.z, leg.radiusMm]);
  }
  return out;
}

/** Joins the legs, dropping points that nearly repeat the one before (they would make a kink). */
export function circuitControlPoints(
  legs: readonly CircuitLeg[],
  vessels: Map<VesselId, CentreLine>,
): ControlPoint[] {
  const out: ControlPoint[] = [];
  for (const leg of legs) {
    for (const p of legPoints(leg, vessels)) {
      const prev = out[out.length - 1];
      if (prev && Math.hypot(prev[0] - p[0], prev[1] - p[1], prev[2] - p[2]) < 3) continue;
      out.push(p);
    }
  }
  return out;
}

/** Every vessel's and every circuit line's centre line, dense and evenly spaced. */
export function buildCentreLines(vessels: VesselsFile, circuit: CircuitFile): Map<FlowPathId, CentreLine> {
  const lines = new Map<FlowPathId, CentreLine>();
  const vesselLines = new Map<VesselId, CentreLine>();
  for (const id of VESSEL_IDS) {
    const spec = vessels.paths[id];
    if (!spec) throw new Error(`assets/anatomy/vessels.json: paths.${id}: is missing`);
    const line = buildCentreLine(id, spec.system, spec.points);
    lines.set(id, line);
    vesselLines.set(id, line);
  }
  for (const id of CIRCUIT_IDS) {
    const spec = circuit.paths[id as CircuitId];
    if (!spec) throw new Error(`assets/anatomy/circuit.json: paths.${id}: is missing`);
    lines.set(id, buildCentreLine(id, 'circuit', circuitControlPoints(spec.legs, vesselLines)));
  }
  return lines;
}
