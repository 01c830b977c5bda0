import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { getCentreLines, pointAlong } from '../../../../renderer/src/anatomy';
import { nearestFraction } from '../../../../renderer/src/anatomy/curve';
import {
  BALLOON_PROFILE,
  balloonHalfLengthMm,
  doubleBalloonCatheter,
} from '../../../../renderer/src/scene/devices/catheterGeometry';
import { triangleCount } from '../../../../renderer/src/scene/devices/parts';
import { load } from '../../physiology/fixtures';

const php = load('php');
const catheter = php.devices.find((d) => d.id === 'doubleBalloonCatheter');
const balloons = php.devices.filter((d) => d.kind === 'balloon');

function build() {
  const line = getCentreLines().get(catheter?.line ?? 'phpDrainLine');
  if (!line) throw new Error('no drain line');
  const n = line.points.length;
  const indices = balloons.map((b) => {
    const p = pointAlong(b.at, b.along ?? 0.5, new Vector3());
    return Math.round(nearestFraction(line, p.x, p.y, p.z) * (n - 1));
  });
  const parts = doubleBalloonCatheter({
    points: line.points,
    radiusMm: line.radiiMm[0] as number,
    balloonIndices: indices,
    balloonHalfLengthMm: balloonHalfLengthMm(11.5),
  });
  return { line, indices, parts };
}

describe('double-balloon catheter', () => {
  it('a balloon bulges in its middle and narrows to necks at both ends', () => {
    const radii = BALLOON_PROFILE.map(([r]) => r);
    const widest = Math.max(...radii);
    expect(widest).toBe(1);
    expect(radii[0]).toBeLessThan(0.3);
    expect(radii[radii.length - 1]).toBeLessThan(0.3);
    // Widest near the middle (|y| small), monotone towards the necks.
    const middle = BALLOON_PROFILE.filter(([, y]) => Math.abs(y) < 0.2).map(([r]) => r);
    expect(Math.min(...middle)).toBe(1);
  });

  it('carries two balloons on its shaft, the cranial one nearer the tip', () => {
    expect(balloons).toHaveLength(2);
    const { indices, line } = build();
    expect(new Set(indices).size).toBe(2);
    // Each balloon sits on the catheter's own centre line (within a millimetre or two).
    for (const [i, b] of balloons.entries()) {
      const p = pointAlong(b.at, b.along ?? 0.5, new Vector3());
      expect((line.points[indices[i] as number] as Vector3).distanceTo(p)).toBeLessThan(2);
    }
  });

  it('has its side holes only between the two balloons, clear of both, on the shaft surface', () => {
    const { indices, line, parts } = build();
    const [tipSide, tailSide] = [...indices].sort((a, b) => a - b) as [number, number];
    expect(parts.holes.length).toBeGreaterThanOrEqual(12);
    expect(parts.markers).toHaveLength(2);
    const n = line.points.length;
    const half = balloonHalfLengthMm(11.5);
    const spacing = line.lengthMm / (n - 1);
    for (const hole of parts.holes) {
      const at = nearestFraction(line, hole.x, hole.y, hole.z) * (n - 1);
      expect(at).toBeGreaterThan(tipSide + half / spacing);
      expect(at).toBeLessThan(tailSide - half / spacing);
      const centre = line.points[Math.round(at)] as Vector3;
      expect(hole.distanceTo(centre)).toBeGreaterThan(2.5);
      expect(hole.distanceTo(centre)).toBeLessThan(3.5);
    }
  });

  it('stays cheap', () => {
    expect(triangleCount(build().parts.geometry)).toBeLessThan(6000);
  });
});
