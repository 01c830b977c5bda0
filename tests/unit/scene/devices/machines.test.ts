import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { getAnatomy } from '../../../../renderer/src/anatomy';
import { stationGeometry } from '../../../../renderer/src/scene/anatomy/stationGeometry';
import { clampShape, clampStyleFor } from '../../../../renderer/src/scene/devices/clampGeometry';
import { triangleCount } from '../../../../renderer/src/scene/devices/parts';
import { clampFrame } from '../../../../renderer/src/scene/deviceVisuals';
import { pathRadiusMm } from '../../../../renderer/src/scene/paths';
import { load } from '../../physiology/fixtures';

const anatomy = getAnatomy();

describe('circuit machines', () => {
  it.each(anatomy.stations.map((s) => [s.id, s] as const))(
    '%s is a modest, vertex-coloured model',
    (_id, station) => {
      const parts = stationGeometry(station);
      const triangles = triangleCount(parts.solid) + (parts.clear ? triangleCount(parts.clear) : 0);
      expect(triangles).toBeGreaterThan(200);
      expect(triangles).toBeLessThan(8000);
      expect(parts.solid.getAttribute('color')).toBeDefined();
      // It fills about the station's box, not far beyond it.
      const box = parts.solid.boundingBox;
      if (!box) throw new Error('no bounds');
      const size = box.getSize(new Vector3());
      expect(size.y).toBeGreaterThan(station.sizeMm.y * 0.6);
      expect(size.y).toBeLessThan(station.sizeMm.y * 1.4);
    },
  );

  it('all machines together stay a small share of the 400k-triangle budget', () => {
    let total = 0;
    for (const station of anatomy.stations) {
      const parts = stationGeometry(station);
      total += triangleCount(parts.solid) + (parts.clear ? triangleCount(parts.clear) : 0);
    }
    expect(total).toBeLessThan(40_000);
  });

  it('filters have a clear housing, the roller pump has none', () => {
    const filter = anatomy.stations.find((s) => s.kind === 'filter');
    const roller = anatomy.stations.find((s) => s.kind === 'pump' && s.head === 'roller');
    if (!filter || !roller) throw new Error('stations missing');
    expect(stationGeometry(filter).clear).not.toBeNull();
    expect(stationGeometry(roller).clear).toBeNull();
  });
});

describe('clamps', () => {
  const clamps = load('ihp').devices.filter((d) => d.kind === 'clamp');

  it('a hand-sized clamp on large vessels, a bulldog clamp on small arteries, a ligature where asked', () => {
    const styles = Object.fromEntries(clamps.map((d) => [d.id, clampStyleFor(pathRadiusMm(d.at), d.shape)]));
    expect(styles.suprahepaticCavalClamp).toBe('clamp');
    expect(styles.portalClamp).toBe('clamp');
    expect(styles.hepaticArteryClamp).toBe('bulldog');
    expect(styles.gdaLigature).toBe('ligature');
  });

  it('jaws reach across the vessel from a pivot outside it', () => {
    for (const r of [2, 5, 13]) {
      const shape = clampShape(r, r < 3 ? 'bulldog' : 'clamp');
      expect(shape.pivotToVesselMm).toBeGreaterThan(r);
      expect(shape.jawLengthMm).toBeGreaterThan(shape.pivotToVesselMm + r);
      const box = shape.half.boundingBox;
      if (!box) throw new Error('no bounds');
      expect(box.max.x).toBeGreaterThanOrEqual(shape.jawLengthMm - 0.5);
    }
  });

  it('handles leave each vessel clear of the liver', () => {
    for (const device of clamps.filter((d) => d.shape !== 'ligature')) {
      const shape = clampShape(pathRadiusMm(device.at), clampStyleFor(pathRadiusMm(device.at)) as 'clamp');
      const frame = clampFrame(device.at, device.along ?? 0.5, shape.pivotToVesselMm, anatomy.liver.sdf);
      for (let s = 0; s <= 60; s += 10) {
        const p = frame.position.clone().addScaledVector(frame.handles, s);
        expect(anatomy.liver.sdf(p.x, p.y, p.z), `${device.id} at ${s} mm`).toBeGreaterThan(0);
      }
    }
  });
});
