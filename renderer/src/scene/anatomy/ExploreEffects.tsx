import { useFrame, useThree } from '@react-three/fiber';
import { type RefObject, useEffect, useMemo } from 'react';
import {
  Color,
  type Group,
  type Material,
  type Mesh,
  type MeshStandardMaterial,
  type Object3D,
  type Plane,
} from 'three';
import { getAnatomy, type SegmentId } from '../../anatomy';
import { SEGMENT_IDS } from '../../anatomy/types';
import { CUT_WITH_LIVER } from '../../explore/cutScope';
import { currentSegmentView, type SegmentView, segmentView } from '../../explore/segmentView';
import { exploreIdOf, type GroupId, groupOf, isShown } from '../../explore/structureGroups';
import { frame } from '../../runtime';
import { type ExploreState, useExploreStore } from '../../store/exploreStore';
import { liverMaterial, segmentSolidMaterial } from './materials';
import { registryVersion } from './registry';
import { SEGMENT_COLOURS, writeSegmentTint } from './segmentTint';

/** Layer hidden structures move to: the camera and the picker see layer 0 only. */
export const HIDDEN_LAYER = 7;

/** Opacity in x-ray for each group (absent: unchanged). */
const XRAY_OPACITY: Partial<Record<GroupId, number>> = { liver: 0.2, gallbladder: 0.35, bodyOutline: 0.04 };

/** The clipping-plane lists a cut material holds: the frame's one cut plane, or none. */
const CUT_ON: Plane[] = [frame.cut.plane];
const CUT_OFF: Plane[] = [];

interface Defaults {
  opacity: number;
  transparent: boolean;
  depthWrite: boolean;
}

/** Remembers a material's own opacity settings the first time it is touched. */
function defaultsOf(material: Material): Defaults {
  const data = material.userData as { exploreDefaults?: Defaults };
  data.exploreDefaults ??= {
    opacity: material.opacity,
    transparent: material.transparent,
    depthWrite: material.depthWrite,
  };
  return data.exploreDefaults;
}

function applyOpacity(material: Material, value: number | undefined): void {
  const d = defaultsOf(material);
  const opacity = value ?? d.opacity;
  const transparent = value === undefined ? d.transparent : value < 0.999;
  if (material.transparent !== transparent) {
    material.transparent = transparent;
    material.needsUpdate = true;
  }
  material.opacity = opacity;
  material.depthWrite = value === undefined ? d.depthWrite : value >= 0.999;
}

/** Clips a material by the cut. The cut face (CutCap) paints what the plane passes through, so nothing needs its inside shown. */
function applyCut(material: Material, on: boolean): void {
  const planes = on ? CUT_ON : CUT_OFF;
  if (material.clippingPlanes !== planes) {
    material.clippingPlanes = planes;
    material.needsUpdate = true;
  }
}

const liverColour = new Color();
const white = new Color(1, 1, 1);

/** What the walk applies, set before each walk: a module-level callback, so no closure per walk. */
const walk = {
  state: null as unknown as ExploreState,
  cutOn: false,
  segments: null as unknown as SegmentView,
};

/** Applies the explore state to one object of the anatomy. */
function applyExplore(object: Object3D): void {
  const id = exploreIdOf(object.userData);
  // The cut face places itself.
  if (!id || object.userData.capOnly === true) return;
  const mesh = object as Mesh;
  const solid = object.userData.segmentSolid === true;
  const groupId = groupOf(id);
  // The liver is drawn whole, or as the segments that are shown.
  const shown =
    id === 'liver'
      ? !walk.segments.split && walk.segments.shown.size > 0
      : solid
        ? walk.segments.split && walk.segments.shown.has(object.userData.segment as SegmentId)
        : isShown(id, groupId, walk.state.hidden, walk.state.isolated);
  if (shown) mesh.layers.set(0);
  else mesh.layers.set(HIDDEN_LAYER);
  const material = mesh.material as MeshStandardMaterial | undefined;
  if (!material || Array.isArray(material)) return;
  // Circuit lines fade in through the animation layer, which owns their opacity.
  if (groupId !== 'circuit') {
    const own =
      walk.state.opacity[id] ??
      (groupId ? walk.state.opacity[groupId] : undefined) ??
      (solid ? walk.state.opacity.liver : undefined);
    const xray = walk.state.xray && groupId ? XRAY_OPACITY[solid ? 'liver' : groupId] : undefined;
    applyOpacity(material, own ?? xray);
  }
  const tumour = groupId === 'tumours';
  applyCut(material, walk.cutOn && (tumour || solid || CUT_WITH_LIVER.has(id)));
}

export interface ExploreEffectsProps {
  /** The anatomy group whose meshes are shown, hidden, ghosted and cut. */
  root: RefObject<Group | null>;
}

/**
 * Applies the explore store to the anatomy by plain mutation, whenever it or the anatomy changes: hidden structures move to
 * a layer the camera does not draw (so it composes with the animation layer's own `visible`), x-ray
 * and per-structure opacity set material opacity, the cut sets a shared clipping plane, and the
 * segment tint writes the liver's vertex colours.
 */
export function ExploreEffects({ root }: ExploreEffectsProps) {
  const gl = useThree((s) => s.gl);
  useEffect(() => {
    gl.localClippingEnabled = true;
  }, [gl]);

  // The segment tint is rewritten only when it changes: the whole liver's vertex colours, or each
  // segment solid's own colour.
  useEffect(() => {
    const liver = liverMaterial();
    const baseColour = liver.color.clone();
    liverColour.copy(baseColour);
    const geometry = getAnatomy().liver.geometry;
    let last: boolean | null = null;
    const update = () => {
      const { tinted } = segmentView(useExploreStore.getState());
      if (tinted === last) return;
      last = tinted;
      for (const segment of SEGMENT_IDS) {
        const colour = segmentSolidMaterial(segment).color;
        if (tinted) colour.set(SEGMENT_COLOURS[segment]).lerp(baseColour, 0.35);
        else colour.copy(baseColour);
      }
      writeSegmentTint(geometry, liverColour, tinted);
      liver.color.copy(tinted ? white : baseColour);
    };
    liver.vertexColors = true;
    liver.needsUpdate = true;
    update();
    const unsubscribe = useExploreStore.subscribe(update);
    return () => {
      unsubscribe();
      writeSegmentTint(geometry, liverColour, false);
      liver.color.copy(baseColour);
    };
  }, []);

  // The walk over the anatomy runs only when something it depends on changed: the explore state,
  // the procedure (what is mounted), or anatomy mounting and unmounting; not every frame.
  const applied = useMemo(
    () => ({ state: null as object | null, procedure: null as object | null, version: -1 }),
    [],
  );
  useFrame(() => {
    const group = root.current;
    if (!group) return;
    const s = useExploreStore.getState();
    if (
      applied.state === s &&
      applied.procedure === frame.procedure &&
      applied.version === registryVersion.value
    )
      return;
    applied.state = s;
    applied.procedure = frame.procedure;
    applied.version = registryVersion.value;
    walk.state = s;
    walk.cutOn = frame.cut.active;
    walk.segments = currentSegmentView(s);
    group.traverse(applyExplore);
  }, -0.5);
  return null;
}
