import { type BufferGeometry, Vector3 } from 'three';
import { CIRCUIT_IDS, type CircuitId, type FlowPathId, VESSEL_IDS, type VesselId } from '../procedure/ids';
import { buildBodyOutline } from './body';
import { type Branch, type BranchTreeId, branchGeometries, growBranches } from './branches';
import { type CannulaSite, cannulaSite } from './cannulaSites';
import { buildCentreLines } from './centreLines';
import { buildSegmentModel, classifySegment, type SegmentModel } from './couinaud';
import { type AnatomyData, loadAnatomyData } from './data';
import { buildGallbladder, type GallbladderGeometry } from './gallbladder';
import { levelAt, type VertebraId, type VertebralLevel, vertebralLevels } from './levels';
import { buildLiverSurface, type LiverSurface } from './liverSurface';
import { buildNeighbours, type NeighbourGeometries } from './neighbours';
import type { BodyFile } from './schema';
import { compileLiverSdf, type Sdf } from './sdf';
import { measureSegments, type SegmentStats } from './segmentation';
import { buildStations, type Station } from './stations';
import { buildTube } from './tube';
import type { CentreLine, SegmentId } from './types';

/** Everything the scene draws, built once from the anatomy data. */
export interface AnatomyModel {
  warnings: string[];
  centreLines: Map<FlowPathId, CentreLine>;
  liver: LiverSurface & { sdf: Sdf };
  segmentModel: SegmentModel;
  segments: SegmentStats;
  branches: Branch[];
  branchGeometry: Record<BranchTreeId, BufferGeometry | null>;
  gallbladder: GallbladderGeometry;
  /** One tube per vessel and circuit line; indices run from the path's start to its end, caps last. */
  tubes: Map<FlowPathId, BufferGeometry>;
  body: BufferGeometry;
  /** The torso with half the sides, for frames that must be cheap (scene/quality/leanFrame.ts). */
  leanBody: BufferGeometry;
  /** Faint organs beside the liver, for orientation. */
  neighbours: NeighbourGeometries;
  stations: Station[];
  /** Where each line that runs inside vessels has its tip and goes through the vessel wall. */
  cannulaSites: Map<CircuitId, CannulaSite>;
  levels: Map<VertebraId, VertebralLevel>;
  /** How long each part took to build, ms. */
  buildMs: Record<string, number>;
}

function radialSegmentsFor(line: CentreLine): number {
  if (line.system === 'circuit') return 10;
  const r = line.radiiMm[0] ?? 1;
  return r >= 8 ? 20 : r >= 3 ? 14 : 10;
}

/**
 * A vessel's tube for frames that must be cheap (scene/quality/leanFrame.ts): half the sides and
 * rings 6 mm apart, about a fifth of the triangles; the same centre line and radii.
 */
export function buildLeanVesselTube(line: CentreLine): BufferGeometry {
  const radialSegments = Math.max(6, Math.round(radialSegmentsFor(line) / 2));
  return buildTube(line, { radialSegments, ringSpacingMm: 6, capStart: true, capEnd: true });
}

function time<T>(timings: Record<string, number>, name: string, build: () => T): T {
  const start = performance.now();
  const value = build();
  timings[name] = performance.now() - start;
  return value;
}

/** Builds the whole anatomy from validated data. Pure and deterministic. */
export function buildAnatomy(data: AnatomyData, warnings: string[] = []): AnatomyModel {
  const buildMs: Record<string, number> = {};
  const started = performance.now();
  const centreLines = time(buildMs, 'centreLines', () => buildCentreLines(data.vessels, data.circuit));
  const vesselLines = new Map<VesselId, CentreLine>();
  for (const id of VESSEL_IDS) vesselLines.set(id, centreLines.get(id) as CentreLine);
  const sdf = compileLiverSdf(data.liver.primitives, vesselLines, data.gallbladder);
  const surface = time(buildMs, 'liverSurface', () => buildLiverSurface(sdf, data.liver.grid));
  const segmentModel = buildSegmentModel(data.segments);
  const segments = time(buildMs, 'segments', () => measureSegments(surface.grid, segmentModel));
  const branches = time(buildMs, 'branches', () =>
    growBranches(data.branches, vesselLines, segments.clouds, sdf),
  );
  const branchGeometry = time(buildMs, 'branchTubes', () => branchGeometries(branches));
  const gallbladder = time(buildMs, 'gallbladder', () => buildGallbladder(data.gallbladder));
  const tubes = time(buildMs, 'vesselTubes', () => {
    const map = new Map<FlowPathId, BufferGeometry>();
    for (const id of [...VESSEL_IDS, ...CIRCUIT_IDS]) {
      const line = centreLines.get(id) as CentreLine;
      const circuit = line.system === 'circuit';
      map.set(
        id,
        buildTube(line, {
          radialSegments: radialSegmentsFor(line),
          ringSpacingMm: circuit ? 6 : 2.5,
          capStart: true,
          capEnd: true,
        }),
      );
    }
    return map;
  });
  const body = time(buildMs, 'body', () => buildBodyOutline(data.body));
  const leanSides = Math.max(12, Math.round(data.body.radialSegments / 2));
  const leanBody = buildBodyOutline({ ...data.body, radialSegments: leanSides });
  const neighbours = time(buildMs, 'neighbours', () => buildNeighbours(data.neighbours, surface.geometry));
  const stations = buildStations(data.circuit, centreLines);
  const cannulaSites = new Map<CircuitId, CannulaSite>();
  for (const id of CIRCUIT_IDS) {
    const site = cannulaSite(id, data.circuit, centreLines);
    if (site) cannulaSites.set(id, site);
  }
  buildMs.total = performance.now() - started;
  return {
    warnings,
    centreLines,
    liver: { ...surface, sdf },
    segmentModel,
    segments,
    branches,
    branchGeometry,
    gallbladder,
    tubes,
    body,
    leanBody,
    neighbours,
    stations,
    cannulaSites,
    levels: vertebralLevels((data.body as BodyFile).vertebrae),
    buildMs,
  };
}

let model: AnatomyModel | null = null;

/** The anatomy built from the bundled data, once per session. */
export function getAnatomy(): AnatomyModel {
  if (!model) {
    const { data, warnings } = loadAnatomyData();
    model = buildAnatomy(data, warnings);
  }
  return model;
}

/** A point deep inside a Couinaud segment, near its centroid: where a tumour without a position sits. */
export function segmentCentre(segment: SegmentId, out: Vector3 = new Vector3()): Vector3 {
  return out.copy(getAnatomy().segments.centres[segment]);
}

/** Whether a point (mm, body frame) lies inside the liver, at least `marginMm` below its surface. */
export function isInsideLiver(point: Vector3, marginMm = 0): boolean {
  return getAnatomy().liver.sdf(point.x, point.y, point.z) < -marginMm;
}

/** The Couinaud segment a point lies in, or null outside the liver. */
export function segmentAt(point: Vector3): SegmentId | null {
  const anatomy = getAnatomy();
  if (anatomy.liver.sdf(point.x, point.y, point.z) >= 0) return null;
  return classifySegment(anatomy.segmentModel, point.x, point.y, point.z);
}

/** The vertebral level of a height, e.g. 'T12' or 'L1/2'. */
export function vertebralLevelAt(y: number): string {
  return levelAt(getAnatomy().levels, y);
}
