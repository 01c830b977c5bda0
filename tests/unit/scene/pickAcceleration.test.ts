import { type Intersection, Mesh, MeshBasicMaterial, Raycaster, TorusKnotGeometry, Vector3 } from 'three';
import { describe, expect, it, vi } from 'vitest';
import { accelerateRaycast } from '../../../renderer/src/scene/anatomy/pickAcceleration';

/** Every hit along a ray through the mesh: distance, point and triangle, nearest first. */
function hits(mesh: Mesh, origin: Vector3, direction: Vector3): Intersection[] {
  const raycaster = new Raycaster(origin, direction.clone().normalize());
  return raycaster.intersectObject(mesh);
}

describe('raycasts through a bounding-volume tree', () => {
  it('find the same hits as testing every triangle, and leave the index as it was', async () => {
    const geometry = new TorusKnotGeometry(10, 3, 200, 24);
    const mesh = new Mesh(geometry, new MeshBasicMaterial());
    mesh.updateMatrixWorld();
    const index = Array.from(geometry.getIndex()?.array ?? []);
    const rays: [Vector3, Vector3][] = [];
    for (let i = 0; i < 40; i++) {
      const a = (i / 40) * Math.PI * 2;
      rays.push([
        new Vector3(40 * Math.cos(a), 5 * Math.sin(3 * a), 40 * Math.sin(a)),
        new Vector3(-Math.cos(a), 0.05 * i - 1, -Math.sin(a)),
      ]);
    }
    const before = rays.map(([o, d]) => hits(mesh, o, d));
    const undo = accelerateRaycast(mesh);
    await vi.waitFor(() => expect(mesh.raycast).not.toBe(Mesh.prototype.raycast), { timeout: 10_000 });
    expect(geometry.boundsTree).toBeDefined();
    const after = rays.map(([o, d]) => hits(mesh, o, d));
    expect(before.some((h) => h.length > 0)).toBe(true);
    for (let r = 0; r < rays.length; r++) {
      const a = before[r] ?? [];
      const b = after[r] ?? [];
      expect(b.length, `ray ${r}`).toBe(a.length);
      for (let h = 0; h < a.length; h++) {
        expect(b[h]?.distance).toBeCloseTo(a[h]?.distance ?? 0, 4);
        expect(b[h]?.point.distanceTo(a[h]?.point ?? new Vector3())).toBeLessThan(1e-4);
        expect(b[h]?.object).toBe(mesh);
      }
    }
    expect(Array.from(geometry.getIndex()?.array ?? [])).toEqual(index);
    undo();
    expect(mesh.raycast).toBe(Mesh.prototype.raycast);
  });
});
