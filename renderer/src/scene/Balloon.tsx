import { useFrame } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import { type Mesh, MeshPhysicalMaterial, SphereGeometry } from 'three';
import type { Device } from '../procedure/schema';
import { frame } from '../runtime';
import { pathRadiusMm, placementAlong } from './paths';

const balloonGeometry = new SphereGeometry(1, 24, 16);
const latex = new MeshPhysicalMaterial({
  color: '#f3efe2',
  roughness: 0.35,
  // Plain transparency, not transmission: transmission renders the whole scene a second time.
  transparent: true,
  opacity: 0.85,
  clearcoat: 0.6,
});
/** A deflated balloon hugs the catheter shaft (16 Fr ≈ 5.3 mm across). */
const DEFLATED_RADIUS_MM = 2.7;

interface BalloonProps {
  device: Device;
  /** The catheter that carries the balloon; it shows only while that catheter is in. */
  carrierId?: string;
}

/** A catheter balloon that fills to seal the vessel as its state goes to 1. */
export function Balloon({ device, carrierId }: BalloonProps) {
  const meshRef = useRef<Mesh>(null);
  const radius = pathRadiusMm(device.at);
  const placement = useMemo(() => placementAlong(device.at, device.along ?? 0.5), [device]);

  useFrame(() => {
    const mesh = meshRef.current;
    if (!mesh) return;
    const state = frame.devices[device.id] ?? 0;
    const carried = carrierId === undefined ? 1 : (frame.devices[carrierId] ?? 0);
    mesh.visible = carried > 0.98 || state > 0.005;
    const across = DEFLATED_RADIUS_MM + (radius * 1.02 - DEFLATED_RADIUS_MM) * state;
    mesh.scale.set(across, radius * 1.1 + 4, across);
  });

  return (
    <mesh
      ref={meshRef}
      geometry={balloonGeometry}
      material={latex}
      position={placement.position}
      quaternion={placement.quaternion}
      visible={false}
    />
  );
}
