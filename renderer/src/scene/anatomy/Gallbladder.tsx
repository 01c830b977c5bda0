import { getAnatomy } from '../../anatomy';
import { bileDuctMaterial, gallbladderMaterial } from './materials';

export interface GallbladderProps {
  /** Draw the gallbladder and bile ducts; true. */
  visible?: boolean;
}

/** The gallbladder in its fossa, with the cystic, common hepatic and common bile ducts. */
export function Gallbladder({ visible = true }: GallbladderProps) {
  const { sac, ducts } = getAnatomy().gallbladder;
  return (
    <group name="gallbladder" visible={visible}>
      <mesh
        geometry={sac}
        material={gallbladderMaterial()}
        userData={{ structure: 'gallbladder' }}
        dispose={null}
      />
      <mesh
        geometry={ducts}
        material={bileDuctMaterial()}
        userData={{ structure: 'bileDucts' }}
        dispose={null}
      />
    </group>
  );
}
