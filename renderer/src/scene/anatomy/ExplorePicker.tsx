import type { ThreeEvent } from '@react-three/fiber';
import { useThree } from '@react-three/fiber';
import { type ReactNode, useEffect } from 'react';
import { type Intersection, type Mesh, Vector3 } from 'three';
import { segmentsTinted } from '../../explore/segmentView';
import { pointerInput } from '../../runtime';
import { useAppStore } from '../../store/appStore';
import { useExploreStore } from '../../store/exploreStore';
import { exploreProbe } from './exploreProbe';
import { tooltipElement } from './IdentifyTooltip';
import { choosePick, exploreIdForHit } from './pick';
import { focusFor } from './structureFocus';

const focusPoint = new Vector3();

/** Segments are named (rather than the liver) when they wear their own colours. */
function segmentsShown(): boolean {
  return segmentsTinted(useExploreStore.getState());
}

/** Records that a DOM pointer event reached a structure, so the canvas listener leaves the name. */
const pointerHandled = { event: null as Event | null };

/** Moves the tooltip beside the pointer (or a structure picked from the keyboard), kept inside the view. */
export function placeTooltip(x: number, y: number, width: number, height: number): void {
  const element = tooltipElement.current;
  if (!element) return;
  const w = element.offsetWidth || 200;
  const h = element.offsetHeight || 40;
  const left = x + 16 + w > width ? x - 16 - w : x + 16;
  const top = Math.min(Math.max(4, y + 14), Math.max(4, height - h - 4));
  element.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
}

function setHover(hit: Intersection | null, x: number, y: number, width: number, height: number): void {
  const id = hit ? exploreIdForHit(hit, segmentsShown()) : null;
  pointerInput.id = id;
  pointerInput.object = hit ? (hit.object as Mesh) : null;
  if (hit) pointerInput.point.copy(hit.point);
  pointerInput.x = x;
  pointerInput.y = y;
  // The store hears only when the structure changes, not on every move.
  useExploreStore.getState().setHovered(id);
  if (id) placeTooltip(x, y, width, height);
}

export interface ExplorePickerProps {
  children: ReactNode;
}

/**
 * Identify and focus: hovering (or tapping) a structure names it, clicking frames it. Handlers sit
 * on one group around the anatomy; each move raycasts once and mutates `pointerInput`.
 */
export function ExplorePicker({ children }: ExplorePickerProps) {
  const size = useThree((s) => s.size);
  const element = useThree((s) => s.gl.domElement);

  const get = useThree((s) => s.get);
  // For tests: where a structure is named, and what lies under a point (exploreProbe.ts).
  useEffect(() => {
    const view = () => {
      const { camera, scene, size: canvas } = get();
      return { camera, root: scene.getObjectByName('explorable') ?? null, ...canvas };
    };
    (window as unknown as { __explore?: unknown }).__explore = exploreProbe(view, segmentsShown);
  }, [get]);

  // Moving off every structure, or out of the canvas, clears the name.
  useEffect(() => {
    const onMove = (event: PointerEvent) => {
      queueMicrotask(() => {
        if (pointerHandled.event !== event && pointerInput.id !== null) setHover(null, 0, 0, 0, 0);
      });
    };
    const onLeave = () => setHover(null, 0, 0, 0, 0);
    element.addEventListener('pointermove', onMove);
    element.addEventListener('pointerleave', onLeave);
    return () => {
      element.removeEventListener('pointermove', onMove);
      element.removeEventListener('pointerleave', onLeave);
    };
  }, [element]);

  const onPointerMove = (event: ThreeEvent<PointerEvent>) => {
    event.stopPropagation();
    pointerHandled.event = event.nativeEvent;
    const hit = choosePick(event.intersections);
    setHover(hit, event.nativeEvent.offsetX, event.nativeEvent.offsetY, size.width, size.height);
  };

  const onClick = (event: ThreeEvent<MouseEvent>) => {
    event.stopPropagation();
    const hit = choosePick(event.intersections);
    if (!hit) return;
    setHover(hit, event.nativeEvent.offsetX, event.nativeEvent.offsetY, size.width, size.height);
    const id = pointerInput.id;
    if (!id) return;
    const distanceMm = focusFor(hit.object as Mesh, id, hit.point, focusPoint);
    const target = focusPoint;
    const explore = useExploreStore.getState();
    explore.select(id);
    explore.setFocus({
      target: [target.x, target.y, target.z],
      distanceMm,
      stepIndex: useAppStore.getState().stepIndex,
    });
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a three.js group, not a DOM element; the structure list is the keyboard path.
    <group name="explorable" onPointerMove={onPointerMove} onClick={onClick}>
      {children}
    </group>
  );
}
