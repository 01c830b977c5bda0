import { useMemo } from 'react';
import { Vector3 } from 'three';
import { getCentreLines } from '../anatomy';
import { nearestFraction } from '../anatomy/curve';
import type { Device } from '../procedure/schema';
import { balloonHalfLengthMm, doubleBalloonCatheter } from './devices/catheterGeometry';
import { DeviceMesh } from './devices/DeviceMesh';
import { pathRadiusMm, pointOnPath } from './paths';

interface DoubleBalloonCatheterProps {
  /** The catheter, with the line it brings in (its shaft's centre line, tip first). */
  catheter: Device;
  /** The balloons it carries. */
  balloons: readonly Device[];
}

/**
 * The double-balloon catheter's working end in the vena cava: shaft, tip, marker bands and the
 * fenestrated segment between the balloons; shown once the catheter is in place.
 */
export function DoubleBalloonCatheter({ catheter, balloons }: DoubleBalloonCatheterProps) {
  const geometry = useMemo(() => {
    const line = catheter.line ? getCentreLines().get(catheter.line) : undefined;
    if (!line || balloons.length < 2) return null;
    const n = line.points.length;
    const indices = balloons.map((balloon) => {
      const p = pointOnPath(balloon.at, balloon.along ?? 0.5, new Vector3());
      return Math.round(nearestFraction(line, p.x, p.y, p.z) * (n - 1));
    });
    const half = Math.max(...balloons.map((b) => balloonHalfLengthMm(pathRadiusMm(b.at))));
    return doubleBalloonCatheter({
      points: line.points,
      radiusMm: line.radiiMm[0] ?? 2.7,
      balloonIndices: indices,
      balloonHalfLengthMm: half,
    }).geometry;
  }, [catheter, balloons]);
  return <DeviceMesh deviceId={catheter.id} name={`${catheter.id}:shaft`} geometry={geometry} />;
}
