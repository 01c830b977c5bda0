import { BackSide, FrontSide } from 'three';
import { getAnatomy } from '../../anatomy';
import { isSoftwareRenderer } from '../softwareRenderer';
import { bodyMaterial, bodyShellMaterial } from './materials';

export interface BodyOutlineProps {
  /** Draw the outline; true. */
  visible?: boolean;
}

/**
 * A faint translucent torso from the neck to the upper thighs, for orientation. Its inner faces are
 * drawn first, then its outer ones (the later render order), as two meshes of the same geometry.
 * On WebGL emulated on the CPU, one cheap layer of outer faces (see `bodyShellMaterial`).
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
    <>
      <mesh
        name="bodyOutline"
        geometry={geometry}
        material={bodyMaterial(BackSide)}
        visible={visible}
        renderOrder={10}
        userData={{ structure: 'bodyOutline' }}
        dispose={null}
      />
      <mesh
        name="bodyOutline"
        geometry={geometry}
        material={bodyMaterial(FrontSide)}
        visible={visible}
        renderOrder={10.5}
        userData={{ structure: 'bodyOutline' }}
        dispose={null}
      />
    </>
  );
}
