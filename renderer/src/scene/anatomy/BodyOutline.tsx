import { getAnatomy } from '../../anatomy';
import { bodyMaterial } from './materials';

export interface BodyOutlineProps {
  /** Draw the outline; true. */
  visible?: boolean;
}

/** A faint translucent torso from the neck to the upper thighs, for orientation. */
export function BodyOutline({ visible = true }: BodyOutlineProps) {
  return (
    <mesh
      name="bodyOutline"
      geometry={getAnatomy().body}
      material={bodyMaterial()}
      visible={visible}
      renderOrder={10}
      userData={{ structure: 'bodyOutline' }}
      dispose={null}
    />
  );
}
