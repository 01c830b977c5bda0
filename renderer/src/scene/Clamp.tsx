import { useFrame } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import { BoxGeometry, type Group, type Mesh, MeshStandardMaterial } from 'three';
import type { Device } from '../procedure/schema';
import { frame } from '../runtime';
import { clampGap } from './deviceVisuals';
import { pathRadiusMm, placementAlong } from './paths';

const jawGeometry = new BoxGeometry(1, 1, 1);
const steel = new MeshStandardMaterial({ color: '#c9d1d9', metalness: 0.85, roughness: 0.3 });

interface ClampProps {
  device: Device;
}

/** A vascular clamp across the vessel: two jaws that close as the device's state goes to 1. */
export function Clamp({ device }: ClampProps) {
  const groupRef = useRef<Group>(null);
  const upperRef = useRef<Mesh>(null);
  const lowerRef = useRef<Mesh>(null);
  const radius = pathRadiusMm(device.at);
  const placement = useMemo(() => placementAlong(device.at, device.along ?? 0.5), [device]);

  useFrame(() => {
    const group = groupRef.current;
    if (!group || !upperRef.current || !lowerRef.current) return;
    const state = frame.devices[device.id] ?? 0;
    group.visible = state > 0.005;
    if (!group.visible) return;
    // The jaws swing in from well outside the vessel and pinch it to a slit.
    const open = radius * 2.5 + 8;
    const offset = radius * 0.25 + open * clampGap(state);
    upperRef.current.position.set(0, 0, offset);
    lowerRef.current.position.set(0, 0, -offset);
    group.scale.setScalar(Math.min(1, state * 4));
  });

  const jawLength = radius * 4 + 14;
  return (
    <group ref={groupRef} position={placement.position} quaternion={placement.quaternion} visible={false}>
      <mesh ref={upperRef} geometry={jawGeometry} material={steel} scale={[jawLength, 3, 2.5]} />
      <mesh ref={lowerRef} geometry={jawGeometry} material={steel} scale={[jawLength, 3, 2.5]} />
    </group>
  );
}
