import { Box3, type Intersection, type Mesh, type Raycaster, Vector3 } from 'three';
import { getAnatomy } from '../../anatomy';
import type { CircuitId } from '../../procedure/ids';
import { deviceClearMaterial, deviceSolidMaterial } from './materials';
import { stationGeometry } from './stationGeometry';

const worldBox = new Box3();
const hitPoint = new Vector3();

/**
 * Picks a machine by its bounding box, as the plain boxes it replaced were picked: testing each of its
 * triangles would make hovering and the test probe's scans (thousands of rays) far slower.
 */
function raycastBox(this: Mesh, raycaster: Raycaster, intersects: Intersection[]): void {
  const box = this.geometry.boundingBox;
  if (!box) return;
  worldBox.copy(box).applyMatrix4(this.matrixWorld);
  if (!raycaster.ray.intersectBox(worldBox, hitPoint)) return;
  const distance = raycaster.ray.origin.distanceTo(hitPoint);
  if (distance < raycaster.near || distance > raycaster.far) return;
  intersects.push({ distance, point: hitPoint.clone(), object: this });
}

function noRaycast(): void {}

export interface CircuitStationsProps {
  /** Circuit lines of the current procedure; a station shows when any of its lines does. []. */
  circuit?: readonly CircuitId[];
}

/**
 * Pump, filter cartridges, bubble trap, oxygenator and heat exchanger beside the patient: each an
 * opaque part and, where the housing is see-through, a clear part (two draw calls a machine).
 */
export function CircuitStations({ circuit = [] }: CircuitStationsProps) {
  return (
    <group name="circuitStations">
      {getAnatomy().stations.map((station) => {
        const parts = stationGeometry(station);
        const userData = { station: station.id, kind: station.kind };
        return (
          <group
            key={station.id}
            name={station.id}
            position={station.centre}
            visible={station.lines.some((line) => circuit.includes(line))}
            userData={userData}
          >
            <mesh
              geometry={parts.solid}
              material={deviceSolidMaterial()}
              userData={userData}
              raycast={raycastBox}
              dispose={null}
            />
            {parts.clear && (
              <mesh
                geometry={parts.clear}
                material={deviceClearMaterial()}
                renderOrder={3}
                userData={userData}
                raycast={noRaycast}
                dispose={null}
              />
            )}
          </group>
        );
      })}
    </group>
  );
}
