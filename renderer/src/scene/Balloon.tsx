import { useFrame } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import type { Mesh } from 'three';
import type { Device } from '../procedure/schema';
import { frame } from '../runtime';
import { balloonMaterial } from './anatomy/materials';
import { balloonGeometry, balloonHalfLengthMm, DEFLATED_RADIUS_MM } from './devices/catheterGeometry';
import { pathRadiusMm, placementAlong } from './paths';

interface BalloonProps {
  device: Device;
  /** The catheter that carries the balloon; it shows only while that catheter is in. */
  carrierId?: string;
}

/**
 * A catheter balloon that fills to seal the vessel as its state goes to 1: a sleeve round the shaft
 * when empty, a barrel pressed against the wall when full.
 */
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
    mesh.scale.set(across, balloonHalfLengthMm(radius), across);
  });

  return (
    <mesh
      ref={meshRef}
      name={device.id}
      geometry={balloonGeometry()}
      material={balloonMaterial()}
      position={placement.position}
      quaternion={placement.quaternion}
      visible={false}
    />
  );
}
