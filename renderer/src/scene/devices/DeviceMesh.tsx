import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import type { BufferGeometry, Mesh } from 'three';
import { frame } from '../../runtime';
import { deviceSolidMaterial } from '../anatomy/materials';
import { useDisposedOnUnmount } from './useDisposedOnUnmount';

interface DeviceMeshProps {
  /** The device whose state shows the mesh: shown once the device is more than half in place. */
  deviceId: string;
  name: string;
  /** Built for this mesh alone (freed when it unmounts or gets another); null draws nothing. */
  geometry: BufferGeometry | null;
}

/** A device's vertex-coloured solid part, shown while the device is in place. */
export function DeviceMesh({ deviceId, name, geometry }: DeviceMeshProps) {
  const meshRef = useRef<Mesh>(null);
  useDisposedOnUnmount(geometry);

  useFrame(() => {
    const mesh = meshRef.current;
    if (mesh) mesh.visible = (frame.devices[deviceId] ?? 0) > 0.5;
  });

  if (!geometry) return null;
  return (
    <mesh ref={meshRef} name={name} geometry={geometry} material={deviceSolidMaterial()} visible={false} />
  );
}
