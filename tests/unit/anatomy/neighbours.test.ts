import { type BufferGeometry, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { getAnatomy } from '../../../renderer/src/anatomy';
import { loadAnatomyData } from '../../../renderer/src/anatomy/data';
import { vertebralLevels } from '../../../renderer/src/anatomy/levels';

const anatomy = getAnatomy();
const { data } = loadAnatomyData();
const levels = vertebralLevels(data.body.vertebrae);
const level = (id: 'T11' | 'T12' | 'L1' | 'L2' | 'L3' | 'L4') =>
  levels.get(id) as { top: number; bottom: number };
const p = new Vector3();

function vertices(geometry: BufferGeometry): Vector3[] {
  const position = geometry.getAttribute('position');
  return Array.from({ length: position.count }, (_, i) => new Vector3().fromBufferAttribute(position, i));
}

/** How deep the organ's surface goes into the liver, mm (0 when it stays outside). */
function depthIntoLiver(geometry: BufferGeometry): number {
  let deepest = 0;
  for (const v of vertices(geometry)) deepest = Math.max(deepest, -anatomy.liver.sdf(v.x, v.y, v.z));
  return deepest;
}

/** How far the organ's surface reaches inside any vessel's wall, mm, and which vessel. */
function depthIntoVessels(geometry: BufferGeometry): { depth: number; vessel: string } {
  let worst = { depth: 0, vessel: '' };
  const points = vertices(geometry);
  for (const [id, line] of anatomy.centreLines) {
    if (line.system === 'circuit') continue;
    for (let i = 0; i < line.radiiMm.length; i++) {
      p.set(line.flat[i * 3] as number, line.flat[i * 3 + 1] as number, line.flat[i * 3 + 2] as number);
      const r = line.radiiMm[i] as number;
      for (const v of points) {
        const depth = r - v.distanceTo(p);
        if (depth > worst.depth) worst = { depth, vessel: id };
      }
    }
  }
  return worst;
}

function box(geometry: BufferGeometry) {
  geometry.computeBoundingBox();
  if (!geometry.boundingBox) throw new Error('no bounding box');
  return geometry.boundingBox;
}

describe('neighbouring organs', () => {
  const { diaphragm, stomach, rightKidney } = anatomy.neighbours;

  it('touch the liver without passing through it (within 3 mm)', () => {
    expect(depthIntoLiver(stomach)).toBeLessThan(3);
    expect(depthIntoLiver(rightKidney)).toBeLessThan(3);
    // The liver stays under the diaphragm: the sheet never runs through the liver.
    expect(depthIntoLiver(diaphragm)).toBeLessThan(3);
  });

  it('leave the vessels whole (within 2 mm of a wall)', () => {
    for (const [name, geometry] of [
      ['stomach', stomach],
      ['rightKidney', rightKidney],
    ] as const) {
      const worst = depthIntoVessels(geometry);
      expect(worst.depth, `${name} into ${worst.vessel}`).toBeLessThan(2);
    }
  });

  it('put the right kidney on the right, from T12 to L3, its hilum ~50 mm from the midline', () => {
    const k = box(rightKidney);
    expect(k.max.x).toBeLessThan(-30);
    expect(k.max.y).toBeLessThanOrEqual(level('T11').bottom);
    expect(k.max.y).toBeGreaterThanOrEqual(level('L1').top);
    expect(k.min.y).toBeLessThanOrEqual(level('L2').bottom);
    expect(k.min.y).toBeGreaterThanOrEqual(level('L4').top);
    const { centre } = data.neighbours.rightKidney;
    expect(centre[1]).toBeLessThanOrEqual(level('L1').bottom);
    expect(centre[1]).toBeGreaterThanOrEqual(level('L2').bottom);
    expect(Math.abs(k.max.x)).toBeGreaterThan(35);
    expect(Math.abs(k.max.x)).toBeLessThan(60);
  });

  it('run the stomach from under the left dome to a pylorus at L1, just right of the midline', () => {
    const points = data.neighbours.stomach.points;
    const fundus = points[0] as readonly number[];
    const pylorus = points[points.length - 1] as readonly number[];
    expect(fundus[0]).toBeGreaterThan(30);
    expect(pylorus[0]).toBeLessThan(0);
    expect(pylorus[0]).toBeGreaterThan(-40);
    expect(pylorus[1]).toBeLessThanOrEqual(level('T12').bottom);
    expect(pylorus[1]).toBeGreaterThanOrEqual(level('L1').bottom);
    // The fundus's top stays under the diaphragm's left dome.
    expect(box(stomach).max.y).toBeLessThan(data.neighbours.diaphragm.domes.leftY);
  });

  it('raise the right dome of the diaphragm 5–25 mm above the left', () => {
    const { rightY, leftY } = data.neighbours.diaphragm.domes;
    expect(rightY - leftY).toBeGreaterThanOrEqual(5);
    expect(rightY - leftY).toBeLessThanOrEqual(25);
  });
});
