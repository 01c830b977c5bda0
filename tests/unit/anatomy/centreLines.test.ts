import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { getCentreLines, pointAlong, radiusAlong, tangentAlong } from '../../../renderer/src/anatomy';
import { nearestFraction, radiusOfLine } from '../../../renderer/src/anatomy/curve';
import { CIRCUIT_IDS, type FlowPathId, VESSEL_IDS } from '../../../renderer/src/procedure/ids';

const lines = getCentreLines();
const ALL: FlowPathId[] = [...VESSEL_IDS, ...CIRCUIT_IDS];

function line(id: FlowPathId) {
  const l = lines.get(id);
  if (!l) throw new Error(id);
  return l;
}

/** Distance from a point to a path's centre line, and the radius there. */
function offLine(id: FlowPathId, p: Vector3): { distance: number; radius: number } {
  const l = line(id);
  const u = nearestFraction(l, p.x, p.y, p.z);
  return { distance: pointAlong(id, u, new Vector3()).distanceTo(p), radius: radiusOfLine(l, u) };
}

describe('centre lines', () => {
  it.each(ALL)('%s has a clean, evenly spaced centre line', (id) => {
    const l = line(id);
    expect(l.lengthMm).toBeGreaterThan(0);
    expect(l.points.length).toBeGreaterThan(1);
    expect(l.points.length).toBe(l.radiiMm.length);
    for (let i = 0; i < l.points.length; i++) {
      const p = l.points[i] as Vector3;
      expect(Number.isFinite(p.x) && Number.isFinite(p.y) && Number.isFinite(p.z)).toBe(true);
      expect(l.radiiMm[i]).toBeGreaterThan(0);
      if (i > 0) {
        const step = p.distanceTo(l.points[i - 1] as Vector3);
        expect(step).toBeGreaterThan(0.2);
        // Even steps: within a quarter of the mean step.
        expect(Math.abs(step - l.stepMm)).toBeLessThan(l.stepMm * 0.25);
      }
    }
  });

  it.each(ALL)('pointAlong(%s) hits the ends at u = 0 and 1 and stays on the line', (id) => {
    const l = line(id);
    const out = new Vector3();
    expect(pointAlong(id, 0, out).distanceTo(l.points[0] as Vector3)).toBeLessThan(1e-9);
    expect(pointAlong(id, 1, out).distanceTo(l.points[l.points.length - 1] as Vector3)).toBeLessThan(1e-9);
    expect(pointAlong(id, -0.5, out).distanceTo(l.points[0] as Vector3)).toBeLessThan(1e-9);
    for (const u of [0.1, 0.37, 0.5, 0.93]) {
      pointAlong(id, u, out);
      expect(offLine(id, out).distance).toBeLessThan(l.stepMm);
      const t = tangentAlong(id, u, new Vector3());
      expect(t.length()).toBeCloseTo(1, 6);
      expect(radiusAlong(id, u)).toBeGreaterThan(0);
    }
  });

  it('arc length is proportional to u', () => {
    const id = 'aorta';
    const a = pointAlong(id, 0.2, new Vector3());
    const b = pointAlong(id, 0.3, new Vector3());
    expect(a.distanceTo(b)).toBeCloseTo(line(id).lengthMm * 0.1, 0);
  });

  it('the flow graph is connected: each branch starts where its parent runs', () => {
    const joins: [child: FlowPathId, parent: FlowPathId][] = [
      ['celiacTrunk', 'aorta'],
      ['superiorMesentericArtery', 'aorta'],
      ['commonHepaticArtery', 'celiacTrunk'],
      ['splenicArtery', 'celiacTrunk'],
      ['gastroduodenalArtery', 'commonHepaticArtery'],
      ['properHepaticArtery', 'commonHepaticArtery'],
      ['rightHepaticArtery', 'properHepaticArtery'],
      ['leftHepaticArtery', 'properHepaticArtery'],
      ['rightIliacArtery', 'aorta'],
      ['rightFemoralArtery', 'rightIliacArtery'],
      ['rightPortalVein', 'portalVein'],
      ['leftPortalVein', 'portalVein'],
      ['ivcRetrohepatic', 'ivcInfrahepatic'],
      ['ivcSuprahepatic', 'ivcRetrohepatic'],
      ['rightIliacVein', 'rightFemoralVein'],
      ['ivcInfrahepatic', 'rightIliacVein'],
      ['superiorVenaCava', 'rightInternalJugularVein'],
    ];
    for (const [child, parent] of joins) {
      expect(
        offLine(parent, line(child).points[0] as Vector3).distance,
        `${child} from ${parent}`,
      ).toBeLessThan(1.5);
    }
    const drains: [tributary: FlowPathId, into: FlowPathId][] = [
      ['superiorMesentericVein', 'portalVein'],
      ['splenicVein', 'portalVein'],
      ['rightHepaticVein', 'ivcRetrohepatic'],
      ['middleHepaticVein', 'ivcRetrohepatic'],
      ['leftHepaticVein', 'ivcRetrohepatic'],
      ['leftAxillaryVein', 'superiorVenaCava'],
      ['rightInternalJugularVein', 'superiorVenaCava'],
    ];
    for (const [tributary, into] of drains) {
      const l = line(tributary);
      expect(
        offLine(into, l.points[l.points.length - 1] as Vector3).distance,
        `${tributary} into ${into}`,
      ).toBeLessThan(1);
    }
  });

  it('catheters and cannulas end or start inside the vessels they serve', () => {
    const end = (id: FlowPathId) => line(id).points[line(id).points.length - 1] as Vector3;
    const start = (id: FlowPathId) => line(id).points[0] as Vector3;
    const inside = (vessel: FlowPathId, p: Vector3) => {
      const { distance, radius } = offLine(vessel, p);
      return distance < radius;
    };
    expect(inside('properHepaticArtery', end('phpInfusionCatheter'))).toBe(true);
    expect(inside('ivcSuprahepatic', start('phpDrainLine'))).toBe(true);
    expect(inside('rightInternalJugularVein', end('phpReturnLine'))).toBe(true);
    expect(inside('ivcRetrohepatic', start('ihpOutflowLine'))).toBe(true);
    expect(inside('properHepaticArtery', end('ihpInflowLine'))).toBe(true);
    expect(inside('ivcInfrahepatic', start('ihpBypassCavalLine'))).toBe(true);
    expect(inside('portalVein', start('ihpBypassPortalLine'))).toBe(true);
    expect(inside('leftAxillaryVein', end('ihpBypassReturnLine'))).toBe(true);
    // The tubing joins up end to start where one line feeds the next.
    const chain: [FlowPathId, FlowPathId][] = [
      ['phpDrainLine', 'phpFilterLine'],
      ['phpFilterLine', 'phpReturnLine'],
      ['ihpOutflowLine', 'ihpOxygenatorLine'],
      ['ihpOxygenatorLine', 'ihpInflowLine'],
      ['ihpBypassCavalLine', 'ihpBypassReturnLine'],
      ['ihpBypassPortalLine', 'ihpBypassReturnLine'],
    ];
    for (const [a, b] of chain) expect(end(a).distanceTo(start(b)), `${a} → ${b}`).toBeLessThan(1);
  });

  it('the infusion catheter runs about 300–400 mm inside the arteries from the femoral puncture to the proper hepatic artery', () => {
    const l = line('phpInfusionCatheter');
    // First point inside the femoral artery: the puncture.
    const entry = l.points.findIndex((p) => {
      const { distance, radius } = offLine('rightFemoralArtery', p);
      return distance < radius;
    });
    expect(entry).toBeGreaterThan(0);
    const inside = l.lengthMm * (1 - entry / (l.points.length - 1));
    expect(inside).toBeGreaterThan(300);
    expect(inside).toBeLessThan(400);
  });
});
