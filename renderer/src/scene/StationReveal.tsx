import { useFrame, useThree } from '@react-three/fiber';
import { useMemo } from 'react';
import type { Object3D } from 'three';
import { getAnatomy } from '../anatomy';
import type { CircuitId } from '../procedure/ids';
import type { Procedure } from '../procedure/schema';
import { frame } from '../runtime';
import { registryVersion } from './anatomy/registry';
import { type LineVisibility, lineVisibility, stationShown } from './deviceVisuals';

interface StationRevealProps {
  procedure: Procedure;
}

interface StationObjects {
  version: number;
  objects: { object: Object3D; lines: readonly CircuitId[] }[];
}

function detached(found: StationObjects): boolean {
  for (let i = 0; i < found.objects.length; i++) {
    if ((found.objects[i] as StationObjects['objects'][number]).object.parent === null) return true;
  }
  return false;
}

/**
 * The machines beside the patient come in with their tubing and go when it is removed: at
 * "Tubes out" no pump or filter is left standing. Finds the station objects (userData.station)
 * again whenever the anatomy is remounted, and sets their `visible` every frame.
 */
export function StationReveal({ procedure }: StationRevealProps) {
  const scene = useThree((s) => s.scene);
  const lines = useMemo(() => new Map<CircuitId, LineVisibility>(), []);
  const found = useMemo<StationObjects>(() => ({ version: -1, objects: [] }), []);
  useFrame(() => {
    if (found.version !== registryVersion.value || detached(found)) {
      found.version = registryVersion.value;
      found.objects = [];
      const byId = new Map(getAnatomy().stations.map((s) => [s.id, s.lines] as const));
      scene.traverse((object) => {
        const id = object.userData.station;
        const stationLines = typeof id === 'string' ? byId.get(id) : undefined;
        if (stationLines) found.objects.push({ object, lines: stationLines });
      });
    }
    lineVisibility(procedure, frame.devices, lines);
    for (let i = 0; i < found.objects.length; i++) {
      const entry = found.objects[i] as StationObjects['objects'][number];
      entry.object.visible = stationShown(entry.lines, lines);
    }
  });
  return null;
}
