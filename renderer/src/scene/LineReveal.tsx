import { useFrame } from '@react-three/fiber';
import { useMemo } from 'react';
import type { Material } from 'three';
import type { CircuitId } from '../procedure/ids';
import type { Procedure } from '../procedure/schema';
import { frame } from '../runtime';
import { pathMeshes } from './anatomy/registry';
import { type LineVisibility, lineVisibility } from './deviceVisuals';

interface LineRevealProps {
  procedure: Procedure;
}

/** Catheters advance and tubing appears as the devices that bring them go in; removed, they go. */
export function LineReveal({ procedure }: LineRevealProps) {
  // One map for this component's life, refilled every frame.
  const lines = useMemo(() => new Map<CircuitId, LineVisibility>(), []);
  useFrame(() => {
    lineVisibility(procedure, frame.devices, lines);
    lines.forEach(reveal);
  });
  return null;
}

/** Shows one line as far as its device has brought it in: a module function, so no closure per frame. */
function reveal({ amount, reveal }: LineVisibility, line: CircuitId): void {
  const mesh = pathMeshes.get(line);
  if (!mesh) return;
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
    // Written only when it changes: a steady line then stores no new number each frame.
    const opacity = Math.min(1, amount) * 0.9;
    if (material.opacity !== opacity) material.opacity = opacity;
  }
}
