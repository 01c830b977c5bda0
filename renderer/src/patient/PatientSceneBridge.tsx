import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Raycaster, Vector2, Vector3 } from 'three';
import { segmentAt } from '../anatomy/model';
import { setSoftDrugColour } from '../runtime/drugColour';
import { useAppStore } from '../store/appStore';
import { reportPick } from './pickState';
import { isPatientSegment } from './tumourList';

const ray = new Raycaster();
const ndc = new Vector2();
const inside = new Vector3();

/**
 * The patient view's part inside the canvas: the softer drug colour, and choosing a tumour's
 * segment by clicking the liver.
 */
export function PatientSceneBridge() {
  const invalidate = useThree((s) => s.invalidate);
  const get = useThree((s) => s.get);
  const element = useThree((s) => s.gl.domElement);
  const patientView = useAppStore((s) => s.patientView);

  useEffect(() => {
    setSoftDrugColour(patientView);
    invalidate();
  }, [patientView, invalidate]);

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (!useAppStore.getState().patientPick.picking) return;
      const { camera, scene } = get();
      const root = scene.getObjectByName('anatomy');
      if (!root) return;
      const rect = element.getBoundingClientRect();
      ndc.set(
        ((event.clientX - rect.left) / rect.width) * 2 - 1,
        1 - ((event.clientY - rect.top) / rect.height) * 2,
      );
      ray.setFromCamera(ndc, camera);
      let segment = null;
      for (const hit of ray.intersectObject(root, true)) {
        // The hit lies on a surface; a few millimetres further in is inside the liver if it is the liver.
        inside.copy(ray.ray.direction).multiplyScalar(4).add(hit.point);
        const found = segmentAt(inside);
        if (found && isPatientSegment(found)) {
          segment = found;
          break;
        }
      }
      reportPick(useAppStore, segment);
    };
    element.addEventListener('click', onClick);
    return () => element.removeEventListener('click', onClick);
  }, [element, get]);

  return null;
}
