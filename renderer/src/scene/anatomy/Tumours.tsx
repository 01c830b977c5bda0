import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { Group } from 'three';
import type { Tumour } from '../../procedure/schema';
import { frame } from '../../runtime';
import { insideLiver } from '../quality/leanFrame';
import { branchMaterial, tumourMaterial } from './materials';
import { register, tissueMaterials } from './registry';
import { tumourFeeders } from './tumourFeederGeometry';
import { tumourCentre, tumourGeometry } from './tumourGeometry';

export interface TumoursProps {
  /** Tumours from the procedure; one without a position sits at its segment's centre. */
  tumours: readonly Tumour[];
}

function TumourMesh({ tumour }: { tumour: Tumour }) {
  const material = tumourMaterial(tumour.id);
  useLayoutEffect(() => register(tissueMaterials, tumour.id, material), [tumour.id, material]);
  useLayoutEffect(
    () => register(frame.tumours, tumour.id, { segment: tumour.segment, diameterMm: tumour.diameterMm }),
    [tumour.id, tumour.segment, tumour.diameterMm],
  );
  const position = useMemo(() => tumourCentre(tumour), [tumour]);
  const radius = tumour.diameterMm / 2;
  return (
    <mesh
      name={tumour.id}
      geometry={tumourGeometry()}
      material={material}
      position={position}
      scale={radius}
      userData={{ structure: 'tumour', tumour: tumour.id, segment: tumour.segment }}
      dispose={null}
    />
  );
}

/**
 * Liver metastases, each with the small artery that feeds it from the hepatic artery's branches;
 * each tumour's material is registered in `tissueMaterials` under its id. Left out of lean frames
 * while the liver hides them.
 */
export function Tumours({ tumours }: TumoursProps) {
  const feeders = tumourFeeders(tumours).geometry;
  // A new procedure brings new tumours: free the old feeders' buffers.
  useEffect(() => () => feeders?.dispose(), [feeders]);
  const ref = useRef<Group>(null);
  useLayoutEffect(() => (ref.current ? insideLiver(ref.current) : undefined), []);
  return (
    <group ref={ref} name="tumours">
      {tumours.map((tumour) => (
        <TumourMesh key={tumour.id} tumour={tumour} />
      ))}
      {feeders && (
        <mesh
          name="tumourArteries"
          geometry={feeders}
          material={branchMaterial('artery')}
          userData={{ structure: 'tumourArteries' }}
          dispose={null}
        />
      )}
    </group>
  );
}
