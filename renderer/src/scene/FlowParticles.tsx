import { useFrame } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { Color, type InstancedMesh, Matrix4, Quaternion, Vector3 } from 'three';
import { getCentreLines } from '../anatomy/paths';
import { CUT_WITH_LIVER } from '../explore/cutScope';
import { FLOW_PATH_IDS } from '../physiology';
import type { FlowPathId } from '../procedure/ids';
import { DRUG_COLOUR, frame } from '../runtime';
import { pathMeshes } from './anatomy/registry';
import { BLOOD_COLOURS } from './bloodColours';
import { motionReduced } from './cameraMotion';
import { NO_FLOW_ML_MIN, travelAt } from './particleTravel';
import { type PathSystem, pathLengthMm, pathRadiusMm, pathSystem } from './paths';
import { leanGeometry } from './quality/leanFrame';
import { leanStreakGeometry } from './quality/leanGeometries';
import { buildStreakGeometry } from './streakGeometry';
import type { SceneModel } from './usePhysiology';

/** One particle every this many millimetres of vessel. */
const SPACING_MM = 14;
const MAX_PER_PATH = 48;

// A streak pointing along its local +y; turned per particle to the vessel's direction of flow.
const sharedGeometry = buildStreakGeometry();
const scratchMatrix = new Matrix4();
const scratchPosition = new Vector3();
const scratchTangent = new Vector3();
const scratchScale = new Vector3();
const scratchColour = new Color();
const scratchTurn = new Quaternion();
const UP = new Vector3(0, 1, 0);
const zeroScale = new Vector3(0, 0, 0);

interface Slot {
  path: FlowPathId;
  pathIndex: number;
  count: number;
  first: number;
  lengthMm: number;
  size: number;
  /** The path's centre line as flat [x, y, z, …] points, read inline in the per-frame loop. */
  flat: Float64Array;
  points: number;
}

interface FlowLayerProps {
  system: PathSystem;
  paths: readonly FlowPathId[];
  model: SceneModel;
}

/** One InstancedMesh for all particles of a system, written in one loop per frame. */
function FlowLayer({ system, paths, model }: FlowLayerProps) {
  const meshRef = useRef<InstancedMesh>(null);
  const slots = useMemo(() => {
    let first = 0;
    return paths.map((path): Slot => {
      const lengthMm = pathLengthMm(path);
      const line = getCentreLines().get(path);
      if (!line) throw new Error(`no centre line for ${path}`);
      const count = Math.min(MAX_PER_PATH, Math.max(3, Math.round(lengthMm / SPACING_MM)));
      const slot = {
        path,
        pathIndex: FLOW_PATH_IDS.indexOf(path),
        count,
        first,
        lengthMm,
        size: Math.min(4, Math.max(1.1, pathRadiusMm(path) * 0.45)),
        flat: line.flat,
        points: line.radiiMm.length,
      };
      first += count;
      return slot;
    });
  }, [paths]);
  const total = slots.reduce((n, s) => n + s.count, 0);

  // Lean frames draw each streak in a third of the triangles (see quality/leanFrame.ts).
  useLayoutEffect(
    () => (meshRef.current ? leanGeometry(meshRef.current, leanStreakGeometry) : undefined),
    [],
  );
  useEffect(() => {
    const mesh = meshRef.current;
    if (!mesh) return;
    // Colours exist from the first frame so the material compiles with per-instance colour.
    for (let i = 0; i < total; i++) mesh.setColorAt(i, BLOOD_COLOURS[system]);
  }, [total, system]);

  useFrame(() => {
    const mesh = meshRef.current;
    if (!mesh) return;
    // Everything per frame comes from the frame: time, flows, drug colour and the cut.
    const timeS = frame.timeS;
    const flows = frame.physiology.pathFlow;
    const cutting = frame.cut.active;
    // Less motion: the blood stands still in its vessels, still showing the drug's colour.
    const still = motionReduced();
    const plane = frame.cut.plane;
    for (let s = 0; s < slots.length; s++) {
      const slot = slots[s] as Slot;
      // Blood shows only in vessels that are shown, and not on the side a cut has taken away.
      const vessel = pathMeshes.get(slot.path);
      const shown = !vessel || vessel.layers.isEnabled(0);
      const clipped = cutting && CUT_WITH_LIVER.has(slot.path);
      const flow = shown ? (flows[slot.pathIndex] ?? 0) : 0;
      const moving = Math.abs(flow) >= NO_FLOW_ML_MIN && slot.lengthMm > 0;
      const offset = moving && !still ? travelAt(model.travel, slot.pathIndex, timeS) / slot.lengthMm : 0;
      const tint = frame.drug.path[slot.pathIndex] ?? 0;
      scratchColour.copy(BLOOD_COLOURS[system]).lerp(DRUG_COLOUR, tint);
      const size = moving ? slot.size : 0;
      scratchScale.setScalar(size);
      // Streaks point the way the blood goes: down the path, or up it where the flow is reversed.
      const direction = flow < 0 ? -1 : 1;
      for (let k = 0; k < slot.count; k++) {
        const index = slot.first + k;
        const u = (((k / slot.count + offset) % 1) + 1) % 1;
        // The point and the direction at u, as anatomy/curve's sampleLine and tangentOfLine give
        // them, worked out here in local numbers: passing u to a call that is not inlined would box
        // it, one small allocation per streak per frame.
        const f = Math.min(1, Math.max(0, u)) * (slot.points - 1);
        const i = Math.min(Math.floor(f), slot.points - 2);
        const t = f - i;
        const a = slot.flat;
        const j = i * 3;
        const x0 = a[j] as number;
        const y0 = a[j + 1] as number;
        const z0 = a[j + 2] as number;
        const dx = (a[j + 3] as number) - x0;
        const dy = (a[j + 4] as number) - y0;
        const dz = (a[j + 5] as number) - z0;
        scratchPosition.x = x0 + dx * t;
        scratchPosition.y = y0 + dy * t;
        scratchPosition.z = z0 + dz * t;
        scratchTangent.x = dx;
        scratchTangent.y = dy;
        scratchTangent.z = dz;
        scratchTangent.normalize().multiplyScalar(direction);
        scratchTurn.setFromUnitVectors(UP, scratchTangent);
        const cutAway = clipped && plane.distanceToPoint(scratchPosition) < 0;
        scratchMatrix.compose(scratchPosition, scratchTurn, cutAway ? zeroScale : scratchScale);
        mesh.setMatrixAt(index, scratchMatrix);
        mesh.setColorAt(index, scratchColour);
      }
    }
    mesh.instanceMatrix.needsUpdate = true;
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
  });

  if (total === 0) return null;
  return (
    <instancedMesh ref={meshRef} args={[sharedGeometry, undefined, total]} frustumCulled={false}>
      <meshBasicMaterial toneMapped={false} vertexColors />
    </instancedMesh>
  );
}

interface FlowParticlesProps {
  model: SceneModel;
}

const SYSTEMS: readonly PathSystem[] = ['artery', 'portal', 'vein', 'circuit'];

/** Blood moving along every vessel and tube that the procedure uses, one instanced layer per system. */
export function FlowParticles({ model }: FlowParticlesProps) {
  const layers = useMemo(() => {
    const used = new Set<FlowPathId>(model.procedure.circuit);
    return SYSTEMS.map((system) => ({
      system,
      paths: FLOW_PATH_IDS.filter(
        (id) => pathSystem(id) === system && (system !== 'circuit' || used.has(id)),
      ),
    }));
  }, [model.procedure]);
  return (
    <group>
      {layers.map((layer) => (
        <FlowLayer
          key={`${model.procedure.id}-${layer.system}`}
          system={layer.system}
          paths={layer.paths}
          model={model}
        />
      ))}
    </group>
  );
}
