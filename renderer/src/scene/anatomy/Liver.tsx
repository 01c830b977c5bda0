import { useLayoutEffect } from 'react';
import { getAnatomy } from '../../anatomy';
import { liverMaterial } from './materials';
import { register, tissueMaterials } from './registry';

export interface LiverProps {
  /** Draw the liver; true. */
  visible?: boolean;
}

/** The liver surface, built once from the anatomy data; its material is registered as 'liver'. */
export function Liver({ visible = true }: LiverProps) {
  const material = liverMaterial();
  useLayoutEffect(() => register(tissueMaterials, 'liver', material), [material]);
  return (
    <mesh
      name="liver"
      geometry={getAnatomy().liver.geometry}
      material={material}
      visible={visible}
      userData={{ structure: 'liver' }}
      dispose={null}
    />
  );
}
