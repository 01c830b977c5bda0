import { Matrix4, Quaternion, Vector3 } from 'three';
import type { CircuitId, FlowPathId } from '../procedure/ids';
import type { Device, Procedure } from '../procedure/schema';
import { pointOnPath, tangentOnPath } from './paths';

/**
 * How visible each circuit line is at a moment: as much as the device that brings it in. A line
 * no device names is shown while any device on it is active (e.g. a pump or filter).
 */
export function lineVisibility(
  procedure: Procedure,
  deviceStates: Readonly<Record<string, number>>,
  out: Map<CircuitId, LineVisibility> = new Map(),
): Map<CircuitId, LineVisibility> {
  // Entries are reused from call to call (the frame loop passes the same map): reset, then fill.
  out.forEach(unset);
  for (let i = 0; i < procedure.devices.length; i++) {
    const device = procedure.devices[i] as Device;
    if (device.line) consider(out, device.line, device, deviceStates);
    if ((procedure.circuit as readonly string[]).includes(device.at))
      consider(out, device.at as CircuitId, device, deviceStates);
  }
  for (let i = 0; i < procedure.circuit.length; i++) {
    const line = procedure.circuit[i] as CircuitId;
    const entry = out.get(line);
    if (!entry) out.set(line, { amount: 0, reveal: 'fade', set: true });
    else if (!entry.set) {
      entry.amount = 0;
      entry.reveal = 'fade';
      entry.set = true;
    }
  }
  out.forEach(dropUnset);
  return out;
}

function unset(entry: LineVisibility): void {
  entry.set = false;
}

function dropUnset(entry: LineVisibility, line: CircuitId, map: Map<CircuitId, LineVisibility>): void {
  if (!entry.set) map.delete(line);
}

/** How much of a circuit line shows and how it comes in. */
export interface LineVisibility {
  amount: number;
  reveal: 'grow' | 'fade';
  /** Bookkeeping for reuse: whether this call has written the entry yet. */
  set: boolean;
}

function consider(
  out: Map<CircuitId, LineVisibility>,
  line: CircuitId,
  device: Device,
  deviceStates: Readonly<Record<string, number>>,
): void {
  const amount = deviceStates[device.id] ?? 0;
  const current = out.get(line);
  const reveal = device.reveal ?? 'fade';
  if (!current) out.set(line, { amount, reveal, set: true });
  else if (!current.set || amount > current.amount) {
    current.amount = amount;
    current.reveal = reveal;
    current.set = true;
  }
}

/**
 * Whether a machine beside the patient (pump, filters, oxygenator…) is shown: while any of its
 * lines is, so it comes with its tubing and goes when the tubes are out.
 */
export function stationShown(
  lines: readonly CircuitId[],
  visibility: ReadonlyMap<CircuitId, LineVisibility>,
): boolean {
  for (let i = 0; i < lines.length; i++) {
    if ((visibility.get(lines[i] as CircuitId)?.amount ?? 0) > 0.01) return true;
  }
  return false;
}

/** A clamp's jaw gap as a fraction of the open gap: fully open at 0, shut at 1. */
export function clampGap(state: number): number {
  return 1 - Math.min(1, Math.max(0, state));
}

/** How far a clamp's plane is turned about its jaws, so its shape reads from more than one side. */
const CLAMP_TILT_RAD = 0.6;
/** How long a clamp's handles reach out from the vessel, for choosing a way out clear of the liver, mm. */
const HANDLE_REACH_MM = 120;
const DIRECTIONS = 16;

/**
 * Where a clamp's pivot sits and how it is turned: local x runs across the vessel (the jaws), y along
 * the vessel (the pivot pin, tilted a little), z the way the jaws open. The handles leave the vessel
 * the way that passes through the least liver (`inside` < 0 means inside), preferring the front and
 * the side, where a surgeon's hands and the usual views are; the pivot lies `pivotToVesselMm` out.
 */
export function clampFrame(
  id: FlowPathId,
  along: number,
  pivotToVesselMm: number,
  inside: (x: number, y: number, z: number) => number,
): { position: Vector3; quaternion: Quaternion; handles: Vector3 } {
  const point = pointOnPath(id, along, new Vector3());
  const tangent = tangentOnPath(id, along, new Vector3()).normalize();
  const first = new Vector3(0, 0, 1).addScaledVector(tangent, -tangent.z);
  if (first.lengthSq() < 1e-6) first.set(1, 0, 0).addScaledVector(tangent, -tangent.x);
  first.normalize();
  const second = new Vector3().crossVectors(tangent, first);
  const handles = new Vector3();
  const probe = new Vector3();
  let best = Number.POSITIVE_INFINITY;
  for (let k = 0; k < DIRECTIONS; k++) {
    const angle = (k / DIRECTIONS) * Math.PI * 2;
    const way = first.clone().multiplyScalar(Math.cos(angle)).addScaledVector(second, Math.sin(angle));
    let blocked = 0;
    for (let s = 10; s <= HANDLE_REACH_MM; s += 5) {
      probe.copy(point).addScaledVector(way, s);
      if (inside(probe.x, probe.y, probe.z) < 0) blocked++;
    }
    const score = blocked * 10 - (0.6 * way.z + 0.8 * Math.abs(way.x));
    if (score < best) {
      best = score;
      handles.copy(way);
    }
  }
  const across = handles.clone().negate();
  const opening = new Vector3().crossVectors(across, tangent);
  const tilt = new Quaternion().setFromAxisAngle(across, CLAMP_TILT_RAD);
  const pin = tangent.clone().applyQuaternion(tilt);
  opening.applyQuaternion(tilt);
  const quaternion = new Quaternion().setFromRotationMatrix(new Matrix4().makeBasis(across, pin, opening));
  return { position: point.addScaledVector(handles, pivotToVesselMm), quaternion, handles };
}
