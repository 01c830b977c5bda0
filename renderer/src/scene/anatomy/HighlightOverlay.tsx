import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import { AdditiveBlending, LessEqualDepth, type Material, type Mesh, MeshBasicMaterial } from 'three';
import { frame } from '../../runtime';

const material = new MeshBasicMaterial({
  name: 'highlight',
  color: '#ffe2a6',
  transparent: true,
  opacity: 0.32,
  blending: AdditiveBlending,
  depthWrite: false,
  depthFunc: LessEqualDepth,
  polygonOffset: true,
  polygonOffsetFactor: -1,
  polygonOffsetUnits: -1,
  toneMapped: false,
});

/**
 * A warm additive glow over the structure under the pointer: one extra draw of that structure's own
 * geometry, only while something is hovered. Its own material, so the drug glow on `emissive` and
 * the highlight never fight.
 */
export function HighlightOverlay() {
  const ref = useRef<Mesh>(null);
  useFrame(() => {
    const mesh = ref.current;
    if (!mesh) return;
    const target = frame.hover.object;
    // A segment named on the whole liver is not outlined (it would light the whole liver); a
    // segment's own solid is. Nor are the torso shell, which would cover the view, and the cut face,
    // a plane far larger than what it shows: the tooltip names what is there.
    const wholeLiver = target?.userData.structure === 'liver';
    const show =
      target !== null &&
      frame.hover.id !== null &&
      frame.hover.id !== 'bodyOutline' &&
      target.userData.capOnly !== true &&
      !(wholeLiver && frame.hover.id.startsWith('segment:'));
    mesh.visible = show;
    if (!show || !target) return;
    mesh.geometry = target.geometry;
    target.updateWorldMatrix(true, false);
    mesh.matrix.copy(target.matrixWorld);
    mesh.matrixWorld.copy(target.matrixWorld);
    const own = target.material as Material;
    material.clippingPlanes = own.clippingPlanes;
    material.side = own.side;
  });
  return <mesh ref={ref} material={material} matrixAutoUpdate={false} visible={false} renderOrder={5} />;
}
