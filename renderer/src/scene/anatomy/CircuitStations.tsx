import { getAnatomy } from '../../anatomy';
import type { CircuitId } from '../../procedure/ids';
import { deviceClearMaterial, deviceSolidMaterial } from './materials';
import { stationGeometry } from './stationGeometry';

export interface CircuitStationsProps {
  /** Circuit lines of the current procedure; a station shows when any of its lines does. []. */
  circuit?: readonly CircuitId[];
}

/**
 * Pump, filter cartridges, bubble trap, oxygenator and heat exchanger beside the patient: each an
 * opaque part and, where the housing is see-through, a clear part (two draw calls a machine).
 */
export function CircuitStations({ circuit = [] }: CircuitStationsProps) {
  return (
    <group name="circuitStations">
      {getAnatomy().stations.map((station) => {
        const parts = stationGeometry(station);
        const userData = { station: station.id, kind: station.kind };
        return (
          <group
            key={station.id}
            name={station.id}
            position={station.centre}
            visible={station.lines.some((line) => circuit.includes(line))}
            userData={userData}
          >
            <mesh
              geometry={parts.solid}
              material={deviceSolidMaterial()}
              userData={userData}
              dispose={null}
            />
            {parts.clear && (
              <mesh
                geometry={parts.clear}
                material={deviceClearMaterial()}
                renderOrder={3}
                userData={userData}
                dispose={null}
              />
            )}
          </group>
        );
      })}
    </group>
  );
}
