import { getAnatomy } from '../../anatomy';
import type { CircuitId } from '../../procedure/ids';
import { stationMaterial } from './materials';
import { stationGeometry } from './stationGeometry';

export interface CircuitStationsProps {
  /** Circuit lines of the current procedure; a station shows when any of its lines does. []. */
  circuit?: readonly CircuitId[];
}

/** Pump, filter cartridges, bubble trap, oxygenator and heat exchanger beside the patient. */
export function CircuitStations({ circuit = [] }: CircuitStationsProps) {
  return (
    <group name="circuitStations">
      {getAnatomy().stations.map((station) => (
        <mesh
          key={station.id}
          name={station.id}
          geometry={stationGeometry(station.kind)}
          material={stationMaterial(station.kind)}
          position={station.centre}
          scale={station.sizeMm}
          visible={station.lines.some((line) => circuit.includes(line))}
          userData={{ station: station.id, kind: station.kind }}
          dispose={null}
        />
      ))}
    </group>
  );
}
