import ihp from '@assets/procedures/ihp.json';
import php from '@assets/procedures/php.json';
import { parseProcedure } from '../../../renderer/src/procedure/loader';
import type { Procedure } from '../../../renderer/src/procedure/schema';

const files = { php, ihp } as const;
export type ProcedureName = keyof typeof files;
export const NAMES: ProcedureName[] = ['php', 'ihp'];

/** A built-in procedure, validated like any file. */
export function load(name: ProcedureName): Procedure {
  const result = parseProcedure(structuredClone(files[name]), `${name}.json`);
  if (!result.ok) throw new Error(result.error);
  return result.procedure;
}

/** A variant of a built-in procedure: edit a copy of its data, then validate it like a file. */
export function variant(name: ProcedureName, edit: (data: Procedure) => void): Procedure {
  const data = structuredClone(files[name]) as unknown as Procedure;
  edit(data);
  const result = parseProcedure(data, `${name} variant`);
  if (!result.ok) throw new Error(result.error);
  return result.procedure;
}

/** Removes devices (and every step's mention of them). */
export function withoutDevices(data: Procedure, ids: (id: string, kind: string) => boolean): void {
  const removed = new Set(data.devices.filter((d) => ids(d.id, d.kind)).map((d) => d.id));
  data.devices = data.devices.filter((d) => !removed.has(d.id));
  for (const step of data.steps) {
    step.devices = Object.fromEntries(Object.entries(step.devices).filter(([id]) => !removed.has(id)));
  }
}

/** Minutes into a step: its middle, and the middle of its device transition. */
export function stepTimes(procedure: Procedure): Array<{ label: string; timeS: number }> {
  return procedure.steps.flatMap((step) => {
    const transition = Math.min(step.transitionMin ?? 2, step.durationMin);
    return [
      { label: `${step.id} middle`, timeS: (step.startMin + step.durationMin / 2) * 60 },
      { label: `${step.id} transition middle`, timeS: (step.startMin + transition / 2) * 60 },
    ];
  });
}
