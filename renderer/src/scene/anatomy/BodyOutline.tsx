import { FrontSide } from 'three';
import { getAnatomy } from '../../anatomy';
import { bodyMaterial } from './materials';

export interface BodyOutlineProps {
  /** Draw the outline; true. */
  visible?: boolean;
}

/**
 * A faint translucent torso from the neck to just below the groin, for orientation. One mesh, its
 * outer faces only: the skin nearest the viewer is enough to read as a body, and it covers the whole
 * view, so a second (inner) layer would double the cost of every pixel for little gain.
 */
export function BodyOutline({ visible = true }: BodyOutlineProps) {
  const geometry = getAnatomy().body;
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
