import { Vector3 } from 'three';
import type { FlowPathId } from '../procedure/ids';
import { nearestFraction, radiusOfLine, sampleLine } from './curve';
import type { AnatomyModel } from './model';
import type { CentreLine } from './types';

/** The right midclavicular line, mm from the midline (midway between the sternoclavicular joint and the acromion). */
export const RIGHT_MIDCLAVICULAR_X = -95;

/** Measurements of the built anatomy, to set beside published ranges. */
export interface AnatomyMeasurements {
  liverVolumeMl: number;
  /** Left–right extent, mm. */
  liverWidthMm: number;
  /** Front–back extent, mm. */
  liverDepthMm: number;
  /** Top to bottom anywhere, mm. */
  liverHeightMm: number;
  /** Top to bottom in the sagittal plane of the right midclavicular line, mm. */
  liverCraniocaudalMclMm: number;
  liverTopY: number;
  liverBottomY: number;
  /** Diameters (2 × radius), mm. */
  diameterMm: Record<string, number>;
  lengthMm: Record<string, number>;
}

function line(model: AnatomyModel, id: FlowPathId): CentreLine {
  const l = model.centreLines.get(id);
  if (!l) throw new Error(`no centre line ${id}`);
  return l;
}

/** Largest top-to-bottom extent of the liver in the plane x = const, sampled every `stepMm`. */
export function craniocaudalExtentAt(model: AnatomyModel, x: number, stepMm = 1): number {
  const { min, max } = model.liver.bounds;
  let top = Number.NEGATIVE_INFINITY;
  let bottom = Number.POSITIVE_INFINITY;
  for (let z = min.z; z <= max.z; z += stepMm * 2) {
    for (let y = min.y - 2; y <= max.y + 2; y += stepMm) {
      if (model.liver.sdf(x, y, z) < 0) {
        top = Math.max(top, y);
        bottom = Math.min(bottom, y);
      }
    }
  }
  return top > bottom ? top - bottom : 0;
}

/** Diameter of a path where it passes nearest a point, mm. */
export function diameterNear(model: AnatomyModel, id: FlowPathId, p: Vector3): number {
  const l = line(model, id);
  return 2 * radiusOfLine(l, nearestFraction(l, p.x, p.y, p.z));
}

export function measureAnatomy(model: AnatomyModel): AnatomyMeasurements {
  const { min, max } = model.liver.bounds;
  const celiacOrigin = line(model, 'celiacTrunk').points[0] as Vector3;
  const mid = (id: FlowPathId) => 2 * radiusOfLine(line(model, id), 0.5);
  const ostium = (id: FlowPathId) => 2 * radiusOfLine(line(model, id), 0.95);
  const diaphragm = new Vector3();
  sampleLine(line(model, 'ivcSuprahepatic'), 0.35, diaphragm);
  return {
    liverVolumeMl: model.liver.volumeMl,
    liverWidthMm: max.x - min.x,
    liverDepthMm: max.z - min.z,
    liverHeightMm: max.y - min.y,
    liverCraniocaudalMclMm: craniocaudalExtentAt(model, RIGHT_MIDCLAVICULAR_X),
    liverTopY: max.y,
    liverBottomY: min.y,
    diameterMm: {
      aortaAtCeliac: diameterNear(model, 'aorta', celiacOrigin),
      celiacTrunk: mid('celiacTrunk'),
      commonHepaticArtery: mid('commonHepaticArtery'),
      properHepaticArtery: mid('properHepaticArtery'),
      rightHepaticArtery: 2 * radiusOfLine(line(model, 'rightHepaticArtery'), 0.1),
      leftHepaticArtery: 2 * radiusOfLine(line(model, 'leftHepaticArtery'), 0.1),
      portalVein: mid('portalVein'),
      ivcRetrohepatic: mid('ivcRetrohepatic'),
      ivcAtDiaphragm: diameterNear(model, 'ivcSuprahepatic', diaphragm),
      rightHepaticVein: ostium('rightHepaticVein'),
      middleHepaticVein: ostium('middleHepaticVein'),
      leftHepaticVein: ostium('leftHepaticVein'),
    },
    lengthMm: {
      ivcRetrohepatic: line(model, 'ivcRetrohepatic').lengthMm,
      portalVein: line(model, 'portalVein').lengthMm,
      // From the aorta's wall, as CT studies measure it.
      celiacTrunk: line(model, 'celiacTrunk').lengthMm - diameterNear(model, 'aorta', celiacOrigin) / 2,
      ivcDiaphragmToAtrium: line(model, 'ivcSuprahepatic').lengthMm * 0.65,
    },
  };
}
