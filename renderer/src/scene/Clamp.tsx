import { useFrame } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import type { Group, Mesh } from 'three';
import { getAnatomy } from '../anatomy';
import type { Device } from '../procedure/schema';
import { frame } from '../runtime';
import { deviceSolidMaterial } from './anatomy/materials';
import { clampShape, clampStyleFor, ligatureGeometry } from './devices/clampGeometry';
import { useDisposedOnUnmount } from './devices/useDisposedOnUnmount';
import { clampFrame, clampGap } from './deviceVisuals';
import { pathRadiusMm, placementAlong } from './paths';

interface ClampProps {
  device: Device;
}

/**
 * A vascular clamp across the vessel, its two halves turning on the pivot until the jaws pinch the
 * vessel to a slit as the device's state goes to 1; a bulldog clamp on small arteries; a ligature
 * where the device is a tie.
 */
export function Clamp({ device }: ClampProps) {
  const radius = pathRadiusMm(device.at);
  const style = clampStyleFor(radius, device.shape);
  if (style === 'ligature') return <Ligature device={device} radius={radius} />;
  return <HingedClamp device={device} radius={radius} style={style} />;
}

interface PartProps {
  device: Device;
  radius: number;
}

function HingedClamp({ device, radius, style }: PartProps & { style: 'clamp' | 'bulldog' }) {
  const groupRef = useRef<Group>(null);
  const upperRef = useRef<Mesh>(null);
  const lowerRef = useRef<Mesh>(null);
  const shape = useMemo(() => clampShape(radius, style), [radius, style]);
  useDisposedOnUnmount(shape.half);
  const placement = useMemo(
    () => clampFrame(device.at, device.along ?? 0.5, shape.pivotToVesselMm, getAnatomy().liver.sdf),
    [device, shape],
  );
  // Shut, the jaws still hold the flattened vessel between them.
  const shutGap = radius * 0.2;

  useFrame(() => {
    const group = groupRef.current;
    const upper = upperRef.current;
    const lower = lowerRef.current;
    if (!group || !upper || !lower) return;
    const state = frame.devices[device.id] ?? 0;
    group.visible = state > 0.005;
    if (!group.visible) return;
    const angle = shape.openAngle * clampGap(state);
    upper.rotation.y = -angle;
    lower.rotation.y = angle;
    group.scale.setScalar(Math.min(1, state * 4));
  });

  return (
    <group
      ref={groupRef}
      name={device.id}
      position={placement.position}
      quaternion={placement.quaternion}
      visible={false}
    >
      <mesh
        ref={upperRef}
        geometry={shape.half}
        material={deviceSolidMaterial()}
        position={[0, 0, shutGap]}
      />
      <mesh
        ref={lowerRef}
        geometry={shape.half}
        material={deviceSolidMaterial()}
        position={[0, 0, -shutGap]}
        scale={[1, 1, -1]}
      />
    </group>
  );
}

function Ligature({ device, radius }: PartProps) {
  const meshRef = useRef<Mesh>(null);
  const geometry = useMemo(() => ligatureGeometry(radius), [radius]);
  useDisposedOnUnmount(geometry);
  const placement = useMemo(() => placementAlong(device.at, device.along ?? 0.5), [device]);
  useFrame(() => {
    const mesh = meshRef.current;
    if (!mesh) return;
    const state = frame.devices[device.id] ?? 0;
    mesh.visible = state > 0.005;
    // Tightening: the loop closes from loose to snug on the wall.
    mesh.scale.setScalar(1.6 - 0.6 * Math.min(1, state));
  });
  return (
    <mesh
      ref={meshRef}
      name={device.id}
      geometry={geometry}
      material={deviceSolidMaterial()}
      position={placement.position}
      quaternion={placement.quaternion}
      visible={false}
    />
  );
}
