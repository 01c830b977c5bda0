import { FrontSide } from 'three';
import { getAnatomy } from '../../anatomy';
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
 * `bodyShellMaterial`.
 */
export function BodyOutline({ visible = true }: BodyOutlineProps) {
  const geometry = getAnatomy().body;
  if (isSoftwareRenderer())
    return (
      <mesh
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
