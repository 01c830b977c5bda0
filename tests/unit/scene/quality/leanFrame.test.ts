import {
  BoxGeometry,
  type BufferGeometry,
  type Camera,
  Group,
  Mesh,
  type Object3D,
  PerspectiveCamera,
} from 'three';
import { afterEach, describe, expect, it } from 'vitest';
import {
  drawLean,
  insideLiver,
  leanGeometry,
  type SceneRenderer,
  setLiverCovers,
} from '../../../../renderer/src/scene/quality/leanFrame';

/** A renderer that records, at the moment it draws, each mesh's geometry and whether it is drawn. */
function recorder(watch: Mesh[], parts: Object3D[]) {
  const seen: { geometries: BufferGeometry[]; visible: boolean[] }[] = [];
  const renderer: SceneRenderer = {
    render: () => {
      seen.push({ geometries: watch.map((m) => m.geometry), visible: parts.map((p) => p.visible) });
    },
  };
  return { renderer, seen };
}

const camera: Camera = new PerspectiveCamera();
const undo: (() => void)[] = [];
afterEach(() => {
  for (const u of undo.splice(0)) u();
});

describe('the lean frame', () => {
  it('draws a mesh with its lighter geometry, built once, and gives the mesh its own back after', () => {
    const own = new BoxGeometry(1, 1, 1, 8, 8, 8);
    const light = new BoxGeometry();
    const mesh = new Mesh(own);
    let builds = 0;
    undo.push(
      leanGeometry(mesh, () => {
        builds++;
        return light;
      }),
    );
    const { renderer, seen } = recorder([mesh], []);
    drawLean(renderer, mesh, camera);
    drawLean(renderer, mesh, camera);
    expect(seen.map((s) => s.geometries[0])).toEqual([light, light]);
    expect(builds).toBe(1);
    expect(mesh.geometry).toBe(own);
  });

  it('keeps the full geometry in a frame where the swap is not allowed', () => {
    const own = new BoxGeometry();
    const mesh = new Mesh(own);
    let allowed = false;
    undo.push(
      leanGeometry(
        mesh,
        () => new BoxGeometry(),
        () => allowed,
      ),
    );
    const { renderer, seen } = recorder([mesh], []);
    drawLean(renderer, mesh, camera);
    allowed = true;
    drawLean(renderer, mesh, camera);
    expect(seen[0]?.geometries[0]).toBe(own);
    expect(seen[1]?.geometries[0]).not.toBe(own);
  });

  it('leaves out what lies inside the liver only while the liver covers it, and restores it', () => {
    const branches = new Group();
    const tumours = new Group();
    tumours.visible = false; // hidden by its owner: stays hidden, and is not shown afterwards
    undo.push(insideLiver(branches), insideLiver(tumours));
    let covers = true;
    undo.push(setLiverCovers(() => covers));
    const scene = new Group();
    const { renderer, seen } = recorder([], [branches, tumours]);
    drawLean(renderer, scene, camera);
    covers = false;
    drawLean(renderer, scene, camera);
    expect(seen[0]?.visible).toEqual([false, false]);
    expect(seen[1]?.visible).toEqual([true, false]);
    expect(branches.visible).toBe(true);
    expect(tumours.visible).toBe(false);
  });

  it('puts everything back even when the draw throws', () => {
    const own = new BoxGeometry();
    const mesh = new Mesh(own);
    const inside = new Group();
    undo.push(
      leanGeometry(mesh, () => new BoxGeometry()),
      insideLiver(inside),
      setLiverCovers(() => true),
    );
    const failing: SceneRenderer = {
      render: () => {
        throw new Error('context lost');
      },
    };
    expect(() => drawLean(failing, mesh, camera)).toThrow('context lost');
    expect(mesh.geometry).toBe(own);
    expect(inside.visible).toBe(true);
  });

  it('forgets a mesh once its registration is undone', () => {
    const own = new BoxGeometry();
    const mesh = new Mesh(own);
    leanGeometry(mesh, () => new BoxGeometry())();
    const { renderer, seen } = recorder([mesh], []);
    drawLean(renderer, mesh, camera);
    expect(seen[0]?.geometries[0]).toBe(own);
  });
});
