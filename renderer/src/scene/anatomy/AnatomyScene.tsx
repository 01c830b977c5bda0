import type { CircuitId } from '../../procedure/ids';
import type { Tumour } from '../../procedure/schema';
import { BodyOutline } from './BodyOutline';
import { CircuitStations } from './CircuitStations';
import { Gallbladder } from './Gallbladder';
import { IntrahepaticBranches } from './IntrahepaticBranches';
import { Liver } from './Liver';
import { Tumours } from './Tumours';
import { Vessels } from './Vessels';

export interface AnatomySceneProps {
  /** Circuit lines the procedure uses; only these (and their stations) are shown. */
  procedureCircuit: readonly CircuitId[];
  /** Tumours from the procedure. */
  tumours: readonly Tumour[];
  /** Draw the faint torso; true. */
  showBody?: boolean;
  /** Draw the intrahepatic branches; true. */
  showBranches?: boolean;
}

/** The static anatomy in the body frame (mm): liver, gallbladder, vessels, tumours, torso, circuit. */
export function AnatomyScene({
  procedureCircuit,
  tumours,
  showBody = true,
  showBranches = true,
}: AnatomySceneProps) {
  return (
    <group name="anatomy">
      <Liver />
      <Gallbladder />
      <IntrahepaticBranches visible={showBranches} />
      <Tumours tumours={tumours} />
      <Vessels circuit={procedureCircuit} />
      <CircuitStations circuit={procedureCircuit} />
      <BodyOutline visible={showBody} />
    </group>
  );
}
