import type { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { getAnatomy } from '../../../../renderer/src/anatomy';
import { offVessel } from '../../../../renderer/src/anatomy/cannulaSites';
import { loadAnatomyData } from '../../../../renderer/src/anatomy/data';
import { gallbladderChain } from '../../../../renderer/src/anatomy/sdf';
import { CIRCUIT_IDS, type CircuitId, VESSEL_IDS } from '../../../../renderer/src/procedure/ids';
import { load } from '../../physiology/fixtures';

const anatomy = getAnatomy();
const gallbladder = gallbladderChain(loadAnatomyData().data.gallbladder);

/** Signed distance to the gallbladder's surface: its axis chain with a radius per point. */
function gallbladderDistance(p: Vector3): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < gallbladder.points.length - 1; i++) {
    const a = gallbladder.points[i] as Vector3;
    const b = gallbladder.points[i + 1] as Vector3;
    const d = b.clone().sub(a);
    const t = Math.min(1, Math.max(0, p.clone().sub(a).dot(d) / d.lengthSq()));
    const r0 = gallbladder.radii[i] as number;
    const r = r0 + ((gallbladder.radii[i + 1] as number) - r0) * t;
    best = Math.min(best, p.distanceTo(a.clone().addScaledVector(d, t)) - r);
  }
  return best;
}

function insideSomeVessel(p: Vector3): boolean {
  return VESSEL_IDS.some((id) => {
    const { distance, radius } = offVessel(anatomy.centreLines.get(id) as never, p);
    return distance < radius;
  });
}

describe('catheter, cannula and tubing routes', () => {
  it.each(CIRCUIT_IDS)('%s never passes through the liver or the gallbladder', (id) => {
    const line = anatomy.centreLines.get(id);
    if (!line) throw new Error(id);
    const through: string[] = [];
    for (let i = 0; i < line.points.length; i++) {
      const p = line.points[i] as Vector3;
      const r = line.radiiMm[i] as number;
      // Inside a vessel's lumen the tube is where it should be, whatever lies round the vessel.
      if (insideSomeVessel(p)) continue;
      if (anatomy.liver.sdf(p.x, p.y, p.z) < r || gallbladderDistance(p) < r)
        through.push(`${i}: ${p.toArray().map((v) => v.toFixed(0))}`);
    }
    expect(through).toEqual([]);
  });

  it('every cannula and catheter line has its tip inside its vessel and enters it through the wall', () => {
    const lines = [...load('php').devices, ...load('ihp').devices]
      .filter((d) => d.kind === 'cannula' || d.kind === 'catheter')
      .map((d) => (d.line ?? d.at) as CircuitId);
    expect(lines.length).toBeGreaterThanOrEqual(8);
    for (const id of lines) {
      const site = anatomy.cannulaSites.get(id);
      expect(site, id).toBeDefined();
      if (!site) continue;
      const tipVessel = anatomy.centreLines.get(site.tipVessel);
      const entryVessel = anatomy.centreLines.get(site.entryVessel);
      if (!tipVessel || !entryVessel) throw new Error(id);
      const tip = offVessel(tipVessel, site.tip);
      expect(tip.distance, `${id} tip`).toBeLessThan(tip.radius);
      const entry = offVessel(entryVessel, site.entry);
      expect(entry.distance, `${id} entry`).toBeLessThan(entry.radius);
      // The entry is the way out: the line is outside every vessel a little further on.
      const line = anatomy.centreLines.get(id);
      if (!line) throw new Error(id);
      const n = line.points.length;
      const k = Math.round(site.entryFraction * (n - 1)) + (site.tipEnd === 'start' ? 6 : -6);
      expect(insideSomeVessel(line.points[k] as Vector3), `${id} after entry`).toBe(false);
    }
  });
});
