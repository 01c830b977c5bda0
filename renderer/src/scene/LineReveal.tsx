import { useFrame } from '@react-three/fiber';
import type { Material } from 'three';
import type { CircuitId } from '../procedure/ids';
import type { Procedure } from '../procedure/schema';
import { pathMeshes } from './anatomy/registry';
import { lineVisibility } from './deviceVisuals';
import { frameState } from './frameState';

interface LineRevealProps {
  procedure: Procedure;
}

/** Catheters advance and tubing appears as the devices that bring them go in; removed, they go. */
export function LineReveal({ procedure }: LineRevealProps) {
  useFrame(() => {
    const lines = lineVisibility(procedure, frameState.devices);
    for (const [line, { amount, reveal }] of lines) {
      const mesh = pathMeshes.get(line as CircuitId);
      if (!mesh) continue;
      mesh.visible = amount > 0.01;
      const index = mesh.geometry.index;
      if (reveal === 'grow' && index) {
        // Tube indices run along the tube, so a draw range reveals it from its start.
        const count = Math.floor((index.count * amount) / 6) * 6;
        mesh.geometry.setDrawRange(0, count);
      } else {
        mesh.geometry.setDrawRange(0, Number.POSITIVE_INFINITY);
        const material = mesh.material as Material;
        material.transparent = true;
        material.opacity = Math.min(1, amount) * 0.9;
      }
    }
  });
  return null;
}
