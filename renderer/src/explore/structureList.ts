import { getAnatomy, SEGMENT_IDS } from '../anatomy';
import { CIRCUIT_IDS, type CircuitId, VESSEL_IDS } from '../procedure/ids';
import type { Procedure } from '../procedure/schema';
import { GROUP_IDS, type GroupId, groupOf } from './structureGroups';

/** Every group with the structures a person can show, hide or isolate, for one procedure. */
export function structureList(procedure: Procedure): Array<{ group: GroupId; members: string[] }> {
  const anatomy = getAnatomy();
  const circuit = procedure.circuit as readonly CircuitId[];
  const ids = [
    'liver',
    ...SEGMENT_IDS.map((s) => `segment:${s}`),
    ...procedure.tumours.map((t) => `tumour:${t.id}`),
    'arterialBranches',
    'tumourArteries',
    'portalBranches',
    'hepaticVeinBranches',
    ...VESSEL_IDS,
    'gallbladder',
    'bileDucts',
    ...CIRCUIT_IDS.filter((id) => circuit.includes(id)),
    ...anatomy.stations.filter((s) => s.lines.some((l) => circuit.includes(l))).map((s) => `station:${s.id}`),
    'diaphragm',
    'stomach',
    'rightKidney',
    'bodyOutline',
  ];
  return GROUP_IDS.map((group) => ({
    group,
    members: ids.filter((id) => groupOf(id) === group && !(group === id)),
  }));
}
