import type { CircuitId } from '../procedure/ids';
import type { Device, Procedure } from '../procedure/schema';

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
