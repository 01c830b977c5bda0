import { useRef } from 'react';
import type { Group } from 'three';
import type { CircuitId } from '../../procedure/ids';
import type { Tumour } from '../../procedure/schema';
import { BodyOutline } from './BodyOutline';
import { CircuitStations } from './CircuitStations';
import { CutCap } from './CutCap';
import { DomOverlay } from './DomOverlay';
import { ExploreEffects } from './ExploreEffects';
import { ExplorePicker } from './ExplorePicker';
import { Gallbladder } from './Gallbladder';
import { HighlightOverlay } from './HighlightOverlay';
import { IdentifyTooltip } from './IdentifyTooltip';
import { IntrahepaticBranches } from './IntrahepaticBranches';
import { KeyboardPicker } from './KeyboardPicker';
import { Liver } from './Liver';
import { NeighbourOrgans } from './NeighbourOrgans';
import { SegmentSolids } from './SegmentSolids';
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

/**
 * The static anatomy in the body frame (mm): liver, gallbladder, vessels, tumours, torso, circuit;
 * with what a person uses to explore it: identify, hide, isolate, x-ray, cut and segment tint.
 */
export function AnatomyScene({
  procedureCircuit,
  tumours,
  showBody = true,
  showBranches = true,
}: AnatomySceneProps) {
  const root = useRef<Group>(null);
  return (
    <>
      <group name="anatomy" ref={root}>
        <ExplorePicker>
          <Liver />
          <SegmentSolids />
          <Gallbladder />
          <NeighbourOrgans />
          <IntrahepaticBranches visible={showBranches} />
          <Tumours tumours={tumours} />
          <Vessels circuit={procedureCircuit} />
          <CircuitStations circuit={procedureCircuit} />
          <BodyOutline visible={showBody} />
          <CutCap tumours={tumours} />
        </ExplorePicker>
      </group>
      <HighlightOverlay />
      <ExploreEffects root={root} />
      <KeyboardPicker />
      <DomOverlay>
        <IdentifyTooltip />
      </DomOverlay>
    </>
  );
}
