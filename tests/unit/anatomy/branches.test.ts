import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { buildAnatomy, getAnatomy, loadAnatomyData, SEGMENT_IDS } from '../../../renderer/src/anatomy';

const anatomy = getAnatomy();

describe('intrahepatic branches', () => {
  it.each(['portal', 'artery', 'hepaticVein'] as const)('the %s tree reaches every segment', (tree) => {
    const reached = new Set(anatomy.branches.filter((b) => b.tree === tree).map((b) => b.segment));
    for (const segment of SEGMENT_IDS) expect(reached.has(segment), `${tree} → ${segment}`).toBe(true);
  });

  it('has a few generations that narrow', () => {
    for (const branch of anatomy.branches) {
      expect(branch.points.length).toBeGreaterThan(2);
      for (const r of branch.radiiMm) expect(r).toBeGreaterThan(0);
    }
    const generations = new Set(anatomy.branches.map((b) => b.generation));
    expect(generations.size).toBeGreaterThanOrEqual(3);
    const meanRadius = (g: number) => {
      const list = anatomy.branches.filter((b) => b.generation === g && b.tree === 'portal');
      return list.reduce((s, b) => s + (b.radiiMm[0] ?? 0), 0) / list.length;
    };
    expect(meanRadius(1)).toBeLessThan(meanRadius(0));
    expect(meanRadius(2)).toBeLessThan(meanRadius(1));
  });

  it('stays inside the liver, apart from where it leaves the hilum and joins the veins', () => {
    let outside = 0;
    let total = 0;
    for (const branch of anatomy.branches) {
      for (const p of branch.points) {
        total++;
        if (anatomy.liver.sdf(p.x, p.y, p.z) > 1) outside++;
      }
    }
    expect(outside / total).toBeLessThan(0.05);
  });

  it('is the same on every build', () => {
    const again = buildAnatomy(loadAnatomyData().data);
    expect(again.branches.length).toBe(anatomy.branches.length);
    again.branches.forEach((branch, i) => {
      const other = anatomy.branches[i];
      expect(branch.segment).toBe(other?.segment);
      expect(branch.points[1]?.distanceTo(other?.points[1] ?? new Vector3())).toBeLessThan(1e-9);
    });
  });
});
