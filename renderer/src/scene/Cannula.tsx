import { useMemo } from 'react';
import type { Vector3 } from 'three';
import { getAnatomy } from '../anatomy';
import type { CircuitId } from '../procedure/ids';
import type { Device } from '../procedure/schema';
import { cannulaGeometry } from './devices/cannulaGeometry';
import { DeviceMesh } from './devices/DeviceMesh';

/** How far past the vessel wall the cannula's sleeve reaches, mm. */
const OUTSIDE_MM = 14;

interface CannulaProps {
  device: Device;
}

/** A cannula where its line enters a vessel: the part inside and the tourniquet at the wall. */
export function Cannula({ device }: CannulaProps) {
  const geometry = useMemo(() => {
    const anatomy = getAnatomy();
    const line = anatomy.centreLines.get(device.at);
    const site = anatomy.cannulaSites.get(device.at as CircuitId);
    if (!line || !site) return null;
    const n = line.points.length;
    const spacing = line.lengthMm / (n - 1);
    const tip = Math.round(site.tipFraction * (n - 1));
    const entry = Math.round(site.entryFraction * (n - 1));
    const step = tip < entry ? 1 : -1;
    const beyond = entry + step * Math.ceil(OUTSIDE_MM / spacing);
    const points: Vector3[] = [];
    for (let i = tip; step > 0 ? i <= beyond : i >= beyond; i += step) {
      const p = line.points[i];
      if (p) points.push(p);
    }
    if (points.length < 3) return null;
    return cannulaGeometry({
      points,
      entryIndex: Math.abs(entry - tip),
      radiusMm: line.radiiMm[tip] ?? 3,
    });
  }, [device]);
  return <DeviceMesh deviceId={device.id} name={`${device.id}:cannula`} geometry={geometry} />;
}
