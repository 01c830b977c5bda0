import type { CircuitId, FlowPathId } from '../procedure/ids';
import type { Device, Procedure } from '../procedure/schema';
import { CAVAL_PATHS, CIRCUIT_GROUPS, type CircuitGroup, drainsLiver } from './network';

/**
 * What a procedure does, read from its device kinds and where they sit, so that a new variant
 * with the same kinds of device needs no new code.
 */
export interface ProcedureRoles {
  /** How the hepatic venous outflow is separated from the body: clamps (open surgery), balloons (percutaneous). */
  isolation: 'clamps' | 'balloons' | 'none';
  /** Circuits with a pump device on one of their lines. */
  pumpedGroups: CircuitGroup[];
  /** A pumped circuit draws the liver's venous blood. */
  liverCircuit: boolean;
  /** A pumped circuit carries blood around the isolated liver (venovenous bypass). */
  bypass: boolean;
  filter: boolean;
  washout: boolean;
  infusion: boolean;
}

function onPaths(device: Device, paths: readonly FlowPathId[]): boolean {
  return paths.includes(device.at);
}

export function procedureRoles(procedure: Procedure): ProcedureRoles {
  const devices = procedure.devices;
  const caval = (kind: Device['kind']) => devices.some((d) => d.kind === kind && onPaths(d, CAVAL_PATHS));
  const isolation = caval('clamp') ? 'clamps' : caval('balloon') ? 'balloons' : 'none';
  const pumpedGroups = CIRCUIT_GROUPS.filter((g) =>
    devices.some((d) => d.kind === 'pump' && (g.lines as readonly string[]).includes(d.at)),
  );
  return {
    isolation,
    pumpedGroups,
    liverCircuit: pumpedGroups.some(drainsLiver),
    bypass: pumpedGroups.some((g) => !drainsLiver(g)),
    filter: devices.some((d) => d.kind === 'filter'),
    washout: devices.some(
      (d) =>
        d.kind === 'washout' &&
        CIRCUIT_GROUPS.some((g) => g.reservoir && g.lines.includes(d.at as CircuitId)),
    ),
    infusion: devices.some((d) => d.kind === 'infusion'),
  };
}
