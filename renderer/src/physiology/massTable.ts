import type { StateLayout } from './compartments';
import { MASS_COLUMN, MASS_POOLS } from './ids';

/** Drug in the circuits' reservoirs (mg). */
export function reservoirMass(
  layout: StateLayout,
  y: Float64Array,
  reservoirNodes: readonly number[],
): number {
  let mass = 0;
  for (const n of reservoirNodes) {
    const s = layout.stateOf[n] ?? -1;
    if (s >= 0) mass += y[s] as number;
  }
  return mass;
}

/** Writes row `k` of a mass table (MASS_POOLS columns) from state `y`. */
export function writeMass(
  table: Float64Array,
  k: number,
  layout: StateLayout,
  y: Float64Array,
  circuitMass: number,
): void {
  const m = k * MASS_POOLS.length;
  const c = MASS_COLUMN;
  table[m + c.systemic] = y[layout.systemic] as number;
  table[m + c.systemicPeripheral] = y[layout.peripheral] as number;
  table[m + c.liverBlood] = y[layout.liverBlood] as number;
  table[m + c.liverTissue] = y[layout.liverTissue] as number;
  table[m + c.tumour] = y[layout.tumour] as number;
  table[m + c.circuit] = circuitMass;
  table[m + c.eliminated] = y[layout.eliminated] as number;
  table[m + c.removedByFilter] = y[layout.removedByFilter] as number;
  table[m + c.removedWithPerfusate] = y[layout.removedWithPerfusate] as number;
  table[m + c.infused] = y[layout.infused] as number;
}
