import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { getAnatomy, pointAlong, vertebralLevelAt } from '../../../renderer/src/anatomy';
import { nearestFraction } from '../../../renderer/src/anatomy/curve';
import type { FlowPathId } from '../../../renderer/src/procedure/ids';

/** Where things sit on the vertebral column (CLINICAL-FACTS §6), in the body frame. */
const anatomy = getAnatomy();
const level = (id: string) => {
  const l = anatomy.levels.get(id as never);
  if (!l) throw new Error(id);
  return l;
};
const start = (id: FlowPathId) => pointAlong(id, 0, new Vector3());
const end = (id: FlowPathId) => pointAlong(id, 1, new Vector3());
/** Between the top of one vertebra and the bottom of another (inclusive of the discs between). */
const within = (y: number, upper: string, lower: string) => {
  expect(y).toBeLessThanOrEqual(level(upper).top + 4);
  expect(y).toBeGreaterThanOrEqual(level(lower).bottom - 4);
};

describe('vertebral levels', () => {
  it('stacks the bodies and discs from CLINICAL-FACTS 38 with L1’s upper endplate at y = 0', () => {
    expect(level('L1').top).toBe(0);
    expect(level('L1').top - level('L1').bottom).toBeGreaterThanOrEqual(20);
    expect(level('L1').top - level('L1').bottom).toBeLessThanOrEqual(30);
    expect(level('L1').bottom - level('L2').top).toBeCloseTo(11, 5);
    expect(level('T8').top - level('T8').bottom).toBeGreaterThanOrEqual(17);
    expect(level('T8').bottom - level('T9').top).toBeGreaterThanOrEqual(3);
    expect(vertebralLevelAt(-13)).toBe('L1');
    expect(vertebralLevelAt(2)).toBe('T12/1');
  });

  it('liver top at about T9 (T7–T11), lowest point of the right lobe at about L3 (L2–L4 disc)', () => {
    within(anatomy.liver.bounds.max.y, 'T7', 'T11');
    within(anatomy.liver.bounds.min.y, 'L2', 'L4');
    // The lowest point is on the right.
    const position = anatomy.liver.geometry.getAttribute('position');
    let lowest = new Vector3(0, Number.POSITIVE_INFINITY, 0);
    for (let i = 0; i < position.count; i++) {
      const p = new Vector3().fromBufferAttribute(position, i);
      if (p.y < lowest.y) lowest = p;
    }
    expect(lowest.x).toBeLessThan(-60);
  });

  it('aortic branches: celiac T12–L1, SMA at L1, bifurcation at L4', () => {
    within(start('celiacTrunk').y, 'T12', 'L1');
    within(start('superiorMesentericArtery').y, 'L1', 'L1');
    within(end('aorta').y, 'L4', 'L4');
  });

  it('aorta in front of the spine, about 20 mm left of the midline at T8/9', () => {
    const aorta = anatomy.centreLines.get('aorta');
    if (!aorta) throw new Error('aorta');
    const y = (level('T8').bottom + level('T9').top) / 2;
    const p = aorta.points.reduce((best, q) => (Math.abs(q.y - y) < Math.abs(best.y - y) ? q : best));
    expect(p.x).toBeGreaterThanOrEqual(15);
    expect(p.x).toBeLessThanOrEqual(25);
  });

  it('IVC formed at L5, receives the renal veins’ level at L2, passes the diaphragm at T8/9, and the hepatic veins join its upper third', () => {
    within(start('ivcInfrahepatic').y, 'L5', 'L5');
    const retro = anatomy.centreLines.get('ivcRetrohepatic');
    if (!retro) throw new Error('ivc');
    for (const vein of ['rightHepaticVein', 'middleHepaticVein', 'leftHepaticVein'] as const) {
      const p = end(vein);
      expect(nearestFraction(retro, p.x, p.y, p.z), vein).toBeGreaterThan(2 / 3);
      within(p.y, 'T8', 'T10');
    }
    // The diaphragm crossing, a third of the way along the suprahepatic IVC.
    within(pointAlong('ivcSuprahepatic', 0.35, new Vector3()).y, 'T8', 'T9');
  });

  it('aorta–IVC centre distance about 35–45 mm at L1–L2', () => {
    const y = level('L2').top;
    const nearY = (id: FlowPathId) => {
      const l = anatomy.centreLines.get(id);
      if (!l) throw new Error(id);
      return l.points.reduce((best, q) => (Math.abs(q.y - y) < Math.abs(best.y - y) ? q : best));
    };
    const d = nearY('aorta').distanceTo(nearY('ivcInfrahepatic'));
    expect(d).toBeGreaterThanOrEqual(30);
    expect(d).toBeLessThanOrEqual(45);
  });

  it('portal vein formed at L1–L2 behind the pancreatic neck, right of the SMA', () => {
    within(start('portalVein').y, 'L1', 'L2');
    expect(start('superiorMesentericVein').x).toBeLessThan(start('superiorMesentericArtery').x);
  });

  it('in the hepatoduodenal ligament the bile duct is right and in front, the artery left, the portal vein behind', () => {
    const y = 16;
    const at = (points: readonly Vector3[]) =>
      points.reduce((best, q) => (Math.abs(q.y - y) < Math.abs(best.y - y) ? q : best));
    const pv = at(anatomy.centreLines.get('portalVein')?.points ?? []);
    const ha = at(anatomy.centreLines.get('properHepaticArtery')?.points ?? []);
    const duct = new Vector3(-37.5, 16, 57);
    expect(ha.x).toBeGreaterThan(pv.x);
    expect(ha.z).toBeGreaterThan(pv.z);
    expect(duct.x).toBeLessThan(ha.x);
    expect(duct.z).toBeGreaterThan(pv.z);
  });

  it('gallbladder fundus on the transpyloric plane (L1), 40–50 mm right of the midline, below the liver edge', () => {
    const fundus = new Vector3(-47, -28, 114);
    within(fundus.y, 'L1', 'L1');
    expect(-fundus.x).toBeGreaterThanOrEqual(40);
    expect(-fundus.x).toBeLessThanOrEqual(50);
    expect(anatomy.liver.sdf(fundus.x, fundus.y, fundus.z)).toBeGreaterThan(0);
  });

  it('femoral vein one finger-breadth medial to the artery at the groin', () => {
    const artery = pointAlong('rightFemoralArtery', 0.3, new Vector3());
    const vein = pointAlong('rightFemoralVein', 0.7, new Vector3());
    expect(artery.x - vein.x).toBeLessThan(-10);
    expect(artery.x - vein.x).toBeGreaterThan(-25);
  });
});
