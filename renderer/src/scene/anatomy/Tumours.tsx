import { useLayoutEffect, useMemo } from 'react';
import { Vector3 } from 'three';
import { segmentCentre } from '../../anatomy';
import type { Tumour } from '../../procedure/schema';
import { tumourInfo } from './hoverState';
import { tumourMaterial } from './materials';
import { register, tissueMaterials } from './registry';
import { tumourGeometry } from './tumourGeometry';

export interface TumoursProps {
  /** Tumours from the procedure; one without a position sits at its segment's centre. */
  tumours: readonly Tumour[];
}

function TumourMesh({ tumour }: { tumour: Tumour }) {
  const material = tumourMaterial(tumour.id);
  useLayoutEffect(() => register(tissueMaterials, tumour.id, material), [tumour.id, material]);
  useLayoutEffect(
    () => register(tumourInfo, tumour.id, { segment: tumour.segment, diameterMm: tumour.diameterMm }),
    [tumour.id, tumour.segment, tumour.diameterMm],
  );
  const position = useMemo(
    () => (tumour.position ? new Vector3(...tumour.position) : segmentCentre(tumour.segment)),
    [tumour.position, tumour.segment],
  );
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

/** Liver metastases; each material is registered in `tissueMaterials` under the tumour's id. */
export function Tumours({ tumours }: TumoursProps) {
  return (
    <group name="tumours">
      {tumours.map((tumour) => (
        <TumourMesh key={tumour.id} tumour={tumour} />
      ))}
    </group>
  );
}
