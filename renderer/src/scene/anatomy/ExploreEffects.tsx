import { useFrame, useThree } from '@react-three/fiber';
import { type RefObject, useEffect } from 'react';
import {
  Box3,
  Color,
  type Group,
  type Material,
  type Mesh,
  type MeshStandardMaterial,
  type Object3D,
  Plane,
  Vector3,
} from 'three';
import { getAnatomy, type SegmentId } from '../../anatomy';
import { SEGMENT_IDS } from '../../anatomy/types';
import { useExploreStore } from '../../store/exploreStore';
import { cutPlane } from './cutPlane';
import { liverMaterial, segmentSolidMaterial } from './materials';
import { SEGMENT_COLOURS, writeSegmentTint } from './segmentTint';
import { currentSegmentView, segmentView } from './segmentView';
import { exploreIdOf, type GroupId, groupOf, isShown } from './structureGroups';

/** Layer hidden structures move to: the camera and the picker see layer 0 only. */
export const HIDDEN_LAYER = 7;

/** Opacity in x-ray for each group (absent: unchanged). */
const XRAY_OPACITY: Partial<Record<GroupId, number>> = { liver: 0.2, gallbladder: 0.35, bodyOutline: 0.04 };

/** Structures inside the liver that a cut goes through with it. */
export const CUT_WITH_LIVER: ReadonlySet<string> = new Set([
  'liver',
  'gallbladder',
  'bileDucts',
  'portalBranches',
  'arterialBranches',
  'tumourArteries',
  'hepaticVeinBranches',
  'rightPortalVein',
  'leftPortalVein',
  'rightHepaticVein',
  'middleHepaticVein',
  'leftHepaticVein',
  'rightHepaticArtery',
  'leftHepaticArtery',
  'ivcRetrohepatic',
]);

/** The one plane every cut material shares; its array is swapped between [] and [plane]. */
export const sharedCutPlane = new Plane();
/** Whether the cut is on this frame (set before anything else reads the plane; a zero free normal is no cut). */
export const cutState = { active: false };
const CUT_ON: Plane[] = [sharedCutPlane];
const CUT_OFF: Plane[] = [];

let liverCentre: Vector3 | null = null;
/** Centre of the liver's bounding box: the named cut planes pass through it at offset 0. */
export function getLiverCentre(): Vector3 {
  liverCentre ??= new Box3()
    .setFromBufferAttribute(getAnatomy().liver.geometry.getAttribute('position') as never)
    .getCenter(new Vector3());
  return liverCentre;
}

function systemOf(id: string) {
  return getAnatomy().centreLines.get(id as never)?.system;
}

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

export interface ExploreEffectsProps {
  /** The anatomy group whose meshes are shown, hidden, ghosted and cut. */
  root: RefObject<Group | null>;
}

/**
 * Applies the explore store to the anatomy every frame by plain mutation: hidden structures move to
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

  useFrame(() => {
    const group = root.current;
    if (!group) return;
    const s = useExploreStore.getState();
    const cutOn = cutPlane(s.cut, getLiverCentre(), sharedCutPlane) !== null;
    cutState.active = cutOn;
    const segments = currentSegmentView(s);
    group.traverse((object: Object3D) => {
      const id = exploreIdOf(object.userData);
      // The cut face places itself.
      if (!id || object.userData.capOnly === true) return;
      const mesh = object as Mesh;
      const solid = object.userData.segmentSolid === true;
      const groupId = groupOf(id, systemOf);
      // The liver is drawn whole, or as the segments that are shown.
      const shown =
        id === 'liver'
          ? !segments.split && segments.shown.size > 0
          : solid
            ? segments.split && segments.shown.has(object.userData.segment as SegmentId)
            : isShown(id, groupId, s.hidden, s.isolated);
      if (shown) mesh.layers.set(0);
      else mesh.layers.set(HIDDEN_LAYER);
      const material = mesh.material as MeshStandardMaterial | undefined;
      if (!material || Array.isArray(material)) return;
      // Circuit lines fade in through the animation layer, which owns their opacity.
      if (groupId !== 'circuit') {
        const own =
          s.opacity[id] ??
          (groupId ? s.opacity[groupId] : undefined) ??
          (solid ? s.opacity.liver : undefined);
        const xray = s.xray && groupId ? XRAY_OPACITY[solid ? 'liver' : groupId] : undefined;
        applyOpacity(material, own ?? xray);
      }
      const tumour = groupId === 'tumours';
      applyCut(material, cutOn && (tumour || solid || CUT_WITH_LIVER.has(id)));
    });
  }, -0.5);
  return null;
}
