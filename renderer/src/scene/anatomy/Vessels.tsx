import { CIRCUIT_IDS, type CircuitId, VESSEL_IDS } from '../../procedure/ids';
import { PathMesh } from './PathMesh';

export interface VesselsProps {
  /** Circuit lines of the current procedure; the others are mounted but hidden. []. */
  circuit?: readonly CircuitId[];
}

/** Every vessel, and every circuit line (shown only when the procedure uses it), one mesh each. */
export function Vessels({ circuit = [] }: VesselsProps) {
  return (
    <group name="vessels">
      {VESSEL_IDS.map((id) => (
        <PathMesh key={id} id={id} />
      ))}
      {CIRCUIT_IDS.map((id) => (
        <PathMesh key={id} id={id} visible={circuit.includes(id)} />
      ))}
    </group>
  );
}
