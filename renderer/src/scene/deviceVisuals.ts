import type { CircuitId } from '../procedure/ids';
import type { Device, Procedure } from '../procedure/schema';

/**
 * How visible each circuit line is at a moment: as much as the device that brings it in. A line
 * no device names is shown while any device on it is active (e.g. a pump or filter).
 */
export function lineVisibility(
  procedure: Procedure,
  deviceStates: Readonly<Record<string, number>>,
): Map<CircuitId, { amount: number; reveal: 'grow' | 'fade' }> {
  const result = new Map<CircuitId, { amount: number; reveal: 'grow' | 'fade' }>();
  const consider = (line: CircuitId, device: Device) => {
    const amount = deviceStates[device.id] ?? 0;
    const current = result.get(line);
    if (!current || amount > current.amount) result.set(line, { amount, reveal: device.reveal ?? 'fade' });
  };
  for (const device of procedure.devices) {
    if (device.line) consider(device.line, device);
    if ((procedure.circuit as readonly string[]).includes(device.at))
      consider(device.at as CircuitId, device);
  }
  for (const line of procedure.circuit)
    if (!result.has(line)) result.set(line, { amount: 0, reveal: 'fade' });
  return result;
}

/** A clamp's jaw gap as a fraction of the open gap: fully open at 0, shut at 1. */
export function clampGap(state: number): number {
  return 1 - Math.min(1, Math.max(0, state));
}
