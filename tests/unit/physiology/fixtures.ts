import ihp from '@assets/procedures/ihp.json';
import php from '@assets/procedures/php.json';
import { parseProcedure } from '../../../renderer/src/procedure/loader';
import { PROCEDURE_IDS, type ProcedureId } from '../../../renderer/src/procedure/registry';
import type { Procedure } from '../../../renderer/src/procedure/schema';

const files: Record<ProcedureId, unknown> = { php, ihp };
export type ProcedureName = ProcedureId;
/** Every procedure of the catalogue. */
export const NAMES: readonly ProcedureName[] = PROCEDURE_IDS;
/** Catalogue ids by name, checked against the catalogue by the type system. */
export const ID = Object.fromEntries(PROCEDURE_IDS.map((id) => [id, id])) as { [K in ProcedureId]: K };

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
    if (step.subject) step.subject.devices = step.subject.devices.filter((id) => !removed.has(id));
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

/** Seconds from the start to the middle of a step, read from the procedure data. */
export function midStepS(procedure: Procedure, stepId: string): number {
  const step = procedure.steps.find((s) => s.id === stepId);
  if (!step) throw new Error(`${procedure.id} has no step ${stepId}`);
  return (step.startMin + step.durationMin / 2) * 60;
}
