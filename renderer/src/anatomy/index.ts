/**
 * The anatomy, built from the data in assets/anatomy/: centre lines for every vessel and circuit
 * line, the liver surface and its Couinaud segments, intrahepatic branches, gallbladder, body outline
 * and circuit stations. Pure: no React, no renderer; runs in Node.
 */
export { buildCentreLines } from './centreLines';
export { classifySegment } from './couinaud';
export { type AnatomyData, type AnatomyFileKind, loadAnatomyData, parseAnatomyFile } from './data';
export { buildCoarseLiverSurface } from './liverSurface';
export {
  type AnatomyModel,
  buildAnatomy,
  buildLeanVesselTube,
  getAnatomy,
  isInsideLiver,
  segmentAt,
  segmentCentre,
  vertebralLevelAt,
} from './model';
export { getCentreLines, pointAlong, radiusAlong, tangentAlong } from './paths';
export type { Station, StationKind } from './stations';
export { type TubeLayout, tubeDrawCount } from './tube';
export { type CentreLine, type PathSystem, SEGMENT_IDS, type SegmentId } from './types';
