import { type BufferGeometry, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { getAnatomy } from '../../../renderer/src/anatomy';
import { loadAnatomyData } from '../../../renderer/src/anatomy/data';
import { sampleGrid } from '../../../renderer/src/anatomy/liverGrid';
import type { TubeLayout } from '../../../renderer/src/anatomy/tube';
import { tubeDrawCount } from '../../../renderer/src/anatomy/tube';

const anatomy = getAnatomy();
const a = new Vector3();
const b = new Vector3();
const c = new Vector3();
const n = new Vector3();
const vn = new Vector3();

/**
 * Checks every triangle: a real area (no two corners together, not flat), and wound so that its face
 * normal agrees with the vertex normals (outward-facing, so front-face culling is right).
 */
function checkTriangles(name: string, geometry: BufferGeometry, minAreaMm2 = 1e-4): void {
  const position = geometry.getAttribute('position');
  const normal = geometry.getAttribute('normal');
  const index = geometry.getIndex();
  expect(index, name).not.toBeNull();
  if (!index) return;
  let disagreeing = 0;
  const triangles = index.count / 3;
  for (let t = 0; t < index.count; t += 3) {
    const i0 = index.getX(t);
    const i1 = index.getX(t + 1);
    const i2 = index.getX(t + 2);
    a.fromBufferAttribute(position, i0);
    b.fromBufferAttribute(position, i1);
    c.fromBufferAttribute(position, i2);
    n.subVectors(b, a).cross(c.clone().sub(a));
    const area = n.length() / 2;
    if (!(area > minAreaMm2)) throw new Error(`${name}: degenerate triangle ${t / 3} (area ${area})`);
    if (normal) {
      vn.fromBufferAttribute(normal, i0)
        .add(c.fromBufferAttribute(normal, i1))
        .add(c.fromBufferAttribute(normal, i2));
      if (n.dot(vn) <= 0) disagreeing++;
    }
  }
  // A handful of slivers at sharp creases may tilt past their vertex normals; nothing systematic.
  expect(disagreeing / triangles, `${name}: triangles facing against their normals`).toBeLessThan(0.01);
}

describe('geometry', () => {
  it.each([...anatomy.tubes.keys()])('the %s tube has no degenerate triangles and faces outward', (id) => {
    const geometry = anatomy.tubes.get(id) as BufferGeometry;
    checkTriangles(id, geometry);
    const layout = geometry.userData.tube as TubeLayout;
    expect(tubeDrawCount(layout, 1)).toBe(geometry.getIndex()?.count);
    expect(tubeDrawCount(layout, 0.5) % layout.ringIndexCount).toBe(0);
  });

  it('the liver surface is clean, outward-facing, closed and within the triangle budget', () => {
    const g = anatomy.liver.geometry;
    checkTriangles('liver', g, 1e-6);
    const triangles = (g.getIndex()?.count ?? 0) / 3;
    expect(triangles).toBeGreaterThan(10_000);
    expect(triangles).toBeLessThan(60_000);
    // Closed: every edge is shared by exactly two triangles.
    const index = g.getIndex();
    const edges = new Map<string, number>();
    if (index) {
      for (let t = 0; t < index.count; t += 3) {
        for (let e = 0; e < 3; e++) {
          const p = index.getX(t + e);
          const q = index.getX(t + ((e + 1) % 3));
          const key = p < q ? `${p},${q}` : `${q},${p}`;
          edges.set(key, (edges.get(key) ?? 0) + 1);
        }
      }
    }
    const open = [...edges.values()].filter((count) => count !== 2).length;
    expect(open / edges.size).toBeLessThan(0.001);
    expect(anatomy.liver.volumeMl).toBeGreaterThan(0);
  });

  it('intrahepatic branches, gallbladder, ducts and torso have no degenerate triangles', () => {
    for (const [tree, geometry] of Object.entries(anatomy.branchGeometry)) {
      expect(geometry, tree).not.toBeNull();
      if (geometry) checkTriangles(`branches ${tree}`, geometry);
    }
    checkTriangles('gallbladder', anatomy.gallbladder.sac);
    checkTriangles('bile ducts', anatomy.gallbladder.ducts);
    checkTriangles('body outline', anatomy.body);
  });

  it('the liver is whole at its hilum: no pinched edges round the porta hepatis, at most a small fold', () => {
    // The porta hepatis (liver.json) runs from (-60, 28, 38) to (-14, 34, 44); look 40 mm around it.
    const near = (v: Vector3) => v.distanceTo(new Vector3(-37, 31, 41)) < 40;
    const g = anatomy.liver.geometry;
    const position = g.getAttribute('position');
    const normal = g.getAttribute('normal');
    const index = g.getIndex();
    const edges = new Map<string, number>();
    let folded = 0;
    for (let t = 0; index && t < index.count; t += 3) {
      const corners = [index.getX(t), index.getX(t + 1), index.getX(t + 2)] as const;
      a.fromBufferAttribute(position, corners[0]);
      if (!near(a)) continue;
      b.fromBufferAttribute(position, corners[1]);
      c.fromBufferAttribute(position, corners[2]);
      n.subVectors(b, a).cross(c.clone().sub(a)).normalize();
      if (corners.some((i) => vn.fromBufferAttribute(normal, i).dot(n) < -0.2)) folded++;
      for (let e = 0; e < 3; e++) {
        const p = corners[e] as number;
        const q = corners[(e + 1) % 3] as number;
        const key = p < q ? `${p},${q}` : `${q},${p}`;
        edges.set(key, (edges.get(key) ?? 0) + 1);
      }
    }
    expect([...edges.values()].filter((count) => count > 2)).toEqual([]);
    // A fold of a few faces remains where the gallbladder's neck meets the porta hepatis (a thin
    // wall between the two hollows); this keeps it from growing.
    expect(folded).toBeLessThanOrEqual(4);
  });

  it('the neighbouring organs have no degenerate triangles and face outward', () => {
    for (const [name, geometry] of Object.entries(anatomy.neighbours)) checkTriangles(name, geometry);
  });

  it('sampling only near the surface gives the same inside and outside as sampling every node', () => {
    const { data } = loadAnatomyData();
    const sdf = anatomy.liver.sdf;
    const grid = sampleGrid(sdf, data.liver.grid);
    const { nx, ny, nz, origin, cellMm, values } = grid;
    let differences = 0;
    let checked = 0;
    // Every third node in each direction: 1/27 of the grid, still tens of thousands of points.
    for (let k = 0; k < nz; k += 3) {
      for (let j = 0; j < ny; j += 3) {
        for (let i = 0; i < nx; i += 3) {
          const exact = sdf(origin[0] + i * cellMm, origin[1] + j * cellMm, origin[2] + k * cellMm);
          const sampled = values[i + nx * (j + ny * k)] as number;
          checked++;
          if (exact < 0 !== sampled < 0) differences++;
          if (Math.abs(exact) < cellMm) expect(Math.abs(sampled - exact)).toBeLessThan(1e-3);
        }
      }
    }
    expect(checked).toBeGreaterThan(10_000);
    expect(differences).toBe(0);
  });
});
