import { useLayoutEffect, useRef } from 'react';
import { FrontSide, type Mesh } from 'three';
import { getAnatomy } from '../../anatomy';
import { leanGeometry } from '../quality/leanFrame';
import { isSoftwareRenderer } from '../softwareRenderer';
import { bodyMaterial, bodyShellMaterial } from './materials';

export interface BodyOutlineProps {
  /** Draw the outline; true. */
  visible?: boolean;
}

/**
 * A faint translucent torso from the neck to just below the groin, for orientation. One mesh, its
 * outer faces only: it covers the whole view, so a second (inner) layer would double the cost of
 * every pixel for little gain. On WebGL emulated on the CPU its material is the cheap
 * `bodyShellMaterial`, and lean frames draw it with half the sides.
 */
export function BodyOutline({ visible = true }: BodyOutlineProps) {
  const geometry = getAnatomy().body;
  const ref = useRef<Mesh>(null);
  useLayoutEffect(
    () => (ref.current ? leanGeometry(ref.current, () => getAnatomy().leanBody) : undefined),
    [],
  );
  if (isSoftwareRenderer())
    return (
      <mesh
        ref={ref}
        name="bodyOutline"
        geometry={geometry}
        material={bodyShellMaterial()}
        visible={visible}
        renderOrder={10.5}
        userData={{ structure: 'bodyOutline' }}
        dispose={null}
      />
    );
  return (
    <mesh
      name="bodyOutline"
      geometry={geometry}
      material={bodyMaterial(FrontSide)}
      visible={visible}
      renderOrder={10}
      userData={{ structure: 'bodyOutline' }}
      dispose={null}
    />
  );
}
