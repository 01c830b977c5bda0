import { describe, expect, it } from 'vitest';
import ihpJson from '../../../assets/procedures/ihp.json';
import phpJson from '../../../assets/procedures/php.json';
import { getAnatomy, isInsideLiver, segmentCentre } from '../../../renderer/src/anatomy';
import { growTumourFeeders, type TumourSite } from '../../../renderer/src/anatomy/tumourFeeders';

const anatomy = getAnatomy();
const arterialPoints = anatomy.branches.filter((b) => b.tree === 'artery').flatMap((b) => b.points);

function sites(procedure: typeof phpJson): TumourSite[] {
  return procedure.tumours.map((t) => ({
    id: t.id,
    centre: segmentCentre(t.segment as never),
    radiusMm: t.diameterMm / 2,
  }));
}

describe.each([
  ['php', phpJson],
  ['ihp', ihpJson],
])('tumour feeders (%s)', (_name, procedure) => {
  const tumours = sites(procedure as typeof phpJson);
  const feeders = growTumourFeeders(anatomy.branches, tumours);

  it('every tumour has one feeding artery', () => {
    expect(feeders.map((f) => f.tumourId)).toEqual(tumours.map((t) => t.id));
  });

  it('each leaves a hepatic artery branch and ends inside its tumour', () => {
    for (const feeder of feeders) {
      const tumour = tumours.find((t) => t.id === feeder.tumourId) as TumourSite;
      const start = feeder.points[0];
      const end = feeder.points.at(-1);
      expect(start && arterialPoints.some((p) => p.distanceTo(start) < 1e-6)).toBe(true);
      expect(end?.distanceTo(tumour.centre)).toBeLessThan(tumour.radiusMm * 0.5);
      expect(start?.distanceTo(tumour.centre)).toBeGreaterThan(tumour.radiusMm);
    }
  });

  it('each runs inside the liver, tapering and no wider than its parent branch', () => {
    for (const feeder of feeders) {
      for (const point of feeder.points) expect(isInsideLiver(point)).toBe(true);
      const radii = feeder.radiiMm;
      for (let i = 1; i < radii.length; i++) expect(radii[i]).toBeLessThanOrEqual(radii[i - 1] as number);
      expect(radii[0]).toBeLessThanOrEqual(Math.max(0.5, feeder.parentRadiusMm));
    }
  });
});
