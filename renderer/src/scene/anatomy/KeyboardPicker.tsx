import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { type Mesh, Vector3 } from 'three';
import { inListOrder, stepInCycle } from '../../explore/structureCycle';
import { structureList } from '../../explore/structureList';
import { pointerInput } from '../../runtime';
import { currentProcedure, useAppStore } from '../../store/appStore';
import { type ExploreStore, useExploreStore } from '../../store/exploreStore';
import { placeTooltip } from './ExplorePicker';
import { registerShownStructures } from './structureAccess';
import { focusFor, pointOn, seenStructures } from './structureFocus';

const point = new Vector3();
const target = new Vector3();
const screen = new Vector3();

/**
 * Hover for the keyboard and the structure list: a structure picked out there is highlighted and
 * named exactly as the pointer would (it writes the same `pointerInput` and `hovered`); the bracket
 * keys and Tab step through what the view shows; Enter frames the picked structure as a click does.
 * Acts on store changes only, never per frame.
 */
export function KeyboardPicker() {
  const get = useThree((s) => s.get);
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    const shown = (): { ids: string[]; meshes: Map<string, Mesh> } => {
      const meshes = seenStructures(get().scene.getObjectByName('explorable'));
      const order = structureList(currentProcedure(useAppStore.getState())).flatMap((g) => g.members);
      return { ids: inListOrder(meshes.keys(), order), meshes };
    };

    const highlight = (id: string | null, previous: string | null) => {
      const mesh = id ? shown().meshes.get(id) : undefined;
      const explore = useExploreStore.getState();
      if (id && mesh) {
        const { camera, size } = get();
        pointOn(mesh, point);
        screen.copy(point).project(camera);
        pointerInput.id = id;
        pointerInput.object = mesh;
        pointerInput.point.copy(point);
        pointerInput.x = ((screen.x + 1) / 2) * size.width;
        pointerInput.y = ((1 - screen.y) / 2) * size.height;
        explore.setHovered(id);
        placeTooltip(pointerInput.x, pointerInput.y, size.width, size.height);
      } else if (previous !== null && pointerInput.id === previous) {
        pointerInput.id = null;
        pointerInput.object = null;
        explore.setHovered(null);
      }
      invalidate();
    };

    const focusOn = (id: string) => {
      const mesh = shown().meshes.get(id);
      if (!mesh) return;
      const distanceMm = focusFor(mesh, id, pointOn(mesh, point), target, true);
      const explore = useExploreStore.getState();
      explore.select(id);
      explore.setFocus({
        target: [target.x, target.y, target.z],
        distanceMm,
        stepIndex: useAppStore.getState().stepIndex,
      });
    };

    const onChange = (state: ExploreStore, previous: ExploreStore) => {
      if (state.structureStep !== previous.structureStep) {
        const next = stepInCycle(shown().ids, state.picked.id, state.structureStep.direction, true);
        state.pick(next, 'scene');
        return;
      }
      if (state.picked !== previous.picked) highlight(state.picked.id, previous.picked.id);
      if (state.focusRequest && state.focusRequest !== previous.focusRequest) focusOn(state.focusRequest.id);
    };

    registerShownStructures(() => shown().ids);
    const stop = useExploreStore.subscribe(onChange);
    return () => {
      stop();
      registerShownStructures(null);
    };
  }, [get, invalidate]);

  return null;
}
