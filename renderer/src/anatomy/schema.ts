import { z } from 'zod';
import { CIRCUIT_IDS, VESSEL_IDS } from '../procedure/ids';
import { SEGMENT_IDS } from './types';

/** Schemas for the anatomy files in assets/anatomy/. All lengths are millimetres in the body frame. */

const finite = z.number().finite();
const point = z.tuple([finite, finite, finite]);
const positive = z.number().finite().positive();
/** A control point with its radius: [x, y, z, radiusMm]. */
const controlPoint = z.tuple([finite, finite, finite, positive]);
const vesselId = z.enum(VESSEL_IDS);
const circuitId = z.enum(CIRCUIT_IDS);
const segmentId = z.enum(SEGMENT_IDS);
const fraction = z.number().min(0).max(1);

/** Consecutive control points must differ, or the curve through them has a zero-length step. */
function distinctNeighbours(points: readonly (readonly number[])[], ctx: z.RefinementCtx): void {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as readonly number[];
    const b = points[i] as readonly number[];
    const d = Math.hypot((a[0] ?? 0) - (b[0] ?? 0), (a[1] ?? 0) - (b[1] ?? 0), (a[2] ?? 0) - (b[2] ?? 0));
    if (d < 0.5)
      ctx.addIssue({ code: 'custom', path: [i], message: 'must be at least 0.5 mm from the point before' });
  }
}

const controlPoints = z.array(controlPoint).min(2).superRefine(distinctNeighbours);

export const vesselsFileSchema = z
  .object({
    schemaVersion: z.literal(1),
    notes: z.string().optional(),
    paths: z.record(
      z.string(),
      z.object({
        system: z.enum(['artery', 'portal', 'vein']),
        points: controlPoints,
      }),
    ),
  })
  .superRefine((file, ctx) => {
    for (const id of Object.keys(file.paths)) {
      if (!(VESSEL_IDS as readonly string[]).includes(id)) {
        ctx.addIssue({ code: 'custom', path: ['paths', id], message: 'is not a vessel id' });
      }
    }
    for (const id of VESSEL_IDS) {
      if (!(id in file.paths)) ctx.addIssue({ code: 'custom', path: ['paths', id], message: 'is missing' });
    }
  });

/** A stretch of tubing: explicit control points, or a run inside a vessel between two fractions of its length. */
/** A place along a followed vessel: a fraction of its length, or the point nearest another vessel's start or end. */
const anchor = z.union([fraction, z.object({ nearestTo: vesselId, end: z.enum(['start', 'end']) }).strict()]);

const circuitLeg = z.union([
  z.object({ points: z.array(controlPoint).min(1) }).strict(),
  z
    .object({
      follow: vesselId,
      from: anchor,
      to: anchor,
      radiusMm: positive,
      /** Control points taken from the vessel every this many mm; default 8. */
      everyMm: positive.optional(),
    })
    .strict(),
]);

export const STATION_KINDS = ['pump', 'filter', 'oxygenator', 'heatExchanger', 'bubbleTrap'] as const;

export const circuitFileSchema = z
  .object({
    schemaVersion: z.literal(1),
    notes: z.string().optional(),
    paths: z.record(z.string(), z.object({ legs: z.array(circuitLeg).min(1) })),
    stations: z.array(
      z.object({
        id: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/),
        kind: z.enum(STATION_KINDS),
        /** Circuit lines that run through this box; it shows when any of them does. */
        lines: z.array(circuitId).min(1),
        centre: point,
        sizeMm: z.tuple([positive, positive, positive]),
        /** A pump's head: rollers squeezing the tubing, or a spinning cone; default roller. */
        head: z.enum(['roller', 'centrifugal']).optional(),
      }),
    ),
  })
  .superRefine((file, ctx) => {
    for (const id of Object.keys(file.paths)) {
      if (!(CIRCUIT_IDS as readonly string[]).includes(id)) {
        ctx.addIssue({ code: 'custom', path: ['paths', id], message: 'is not a circuit id' });
      }
    }
    for (const id of CIRCUIT_IDS) {
      if (!(id in file.paths)) ctx.addIssue({ code: 'custom', path: ['paths', id], message: 'is missing' });
    }
  });

const ellipsoid = z.object({
  type: z.literal('ellipsoid'),
  centre: point,
  radii: z.tuple([positive, positive, positive]),
  /** Rotation about x, then y, then z, degrees. */
  rotationDeg: point.optional(),
});
const capsule = z.object({ type: z.literal('capsule'), a: point, b: point, radius: positive });
const pathTube = z.object({
  type: z.literal('pathTube'),
  path: vesselId,
  from: fraction.optional(),
  to: fraction.optional(),
  /** Added to the vessel's own radius. */
  extraRadiusMm: finite,
  offset: point.optional(),
});
const gallbladderShape = z.object({ type: z.literal('gallbladder'), extraRadiusMm: finite });
/** A half-space: everything on the side the normal points to is "inside" the plane shape. */
const plane = z.object({ type: z.literal('plane'), point, normal: point });

export const liverFileSchema = z.object({
  schemaVersion: z.literal(1),
  notes: z.string().optional(),
  grid: z.object({ cellMm: z.number().min(1).max(8), min: point, max: point }),
  primitives: z
    .array(
      z.object({
        name: z.string(),
        op: z.enum(['union', 'subtract', 'intersect']),
        /** Blend width of the smooth union or cut, mm; 0 for a hard edge. */
        blendMm: z.number().min(0).max(60),
        shape: z.discriminatedUnion('type', [ellipsoid, capsule, pathTube, gallbladderShape, plane]),
      }),
    )
    .min(1),
});

export const gallbladderFileSchema = z.object({
  schemaVersion: z.literal(1),
  notes: z.string().optional(),
  fundus: point,
  neck: point,
  /** Radius along the axis from the fundus tip (0) to the neck (1): [t, radiusMm]. */
  profile: z.array(z.tuple([fraction, z.number().min(0)])).min(3),
  ducts: z.record(z.string(), controlPoints),
});

const plane3 = z.tuple([point, point, point]);
const planePointNormal = z.object({ point, normal: point });

export const segmentsFileSchema = z.object({
  schemaVersion: z.literal(1),
  notes: z.string().optional(),
  caudate: z.object({ centre: point, radii: z.tuple([positive, positive, positive]) }),
  /** Vertical-ish planes hinged on the IVC: [point on the IVC, two points along the boundary vein]. */
  sectorPlanes: z.object({ right: plane3, middle: plane3, left: plane3 }),
  /** The portal plane for each sector; above it lie II, IVa, VII, VIII. */
  portalPlanes: z.object({
    posterior: planePointNormal,
    anterior: planePointNormal,
    medial: planePointNormal,
    lateral: planePointNormal,
  }),
});

const branchTree = z.object({
  id: z.enum(['portal', 'artery', 'hepaticVein']),
  /** 'out' from the root into the segments (inflow); 'in' from the segments to the root (outflow). */
  direction: z.enum(['out', 'in']),
  roots: z
    .array(
      z.object({
        path: vesselId,
        /** Where along the root vessel branches may start or end: [from, to] fractions. */
        along: z.tuple([fraction, fraction]),
        segments: z.array(segmentId).min(1),
        radiusMm: positive,
      }),
    )
    .min(1),
  generations: z.number().int().min(1).max(5),
  /** Child radius over parent radius. */
  taper: z.number().gt(0).lt(1),
  minRadiusMm: positive,
  /** Sideways shift of every branch (mm), so the artery runs beside the portal vein, not inside it. */
  offsetMm: point.optional(),
});

export const branchesFileSchema = z.object({
  schemaVersion: z.literal(1),
  notes: z.string().optional(),
  seed: z.number().int(),
  /** Sideways bend of each branch's middle, as a fraction of its length. */
  wiggle: z.number().min(0).max(0.5),
  trees: z.array(branchTree).min(1),
});

export const bodyFileSchema = z.object({
  schemaVersion: z.literal(1),
  notes: z.string().optional(),
  vertebrae: z.object({
    thoracicBodyMm: positive,
    thoracicDiscMm: positive,
    lumbarBodyMm: positive,
    lumbarDiscMm: positive,
  }),
  /** Cross-sections from the neck down: a superellipse with its own front and back depth. */
  torso: z
    .array(
      z.object({
        y: finite,
        /** Centre line of the section, mm from the midline (usually 0). */
        x: finite.optional(),
        halfWidth: positive,
        front: finite,
        back: finite,
        /** Superellipse exponent: 2 an ellipse, larger more box-like. */
        exponent: z.number().min(1.5).max(6),
      }),
    )
    .min(3),
  /** How far each end is rounded off beyond its last section: the neck's and the pelvis's. */
  endsMm: z.object({ neck: positive, pelvis: positive }),
  radialSegments: z.number().int().min(12).max(128),
});

export type VesselsFile = z.infer<typeof vesselsFileSchema>;
export type CircuitFile = z.infer<typeof circuitFileSchema>;
export type CircuitLeg = z.infer<typeof circuitLeg>;
export type LegAnchor = z.infer<typeof anchor>;
export type StationSpec = CircuitFile['stations'][number];
export type LiverFile = z.infer<typeof liverFileSchema>;
export type LiverPrimitive = LiverFile['primitives'][number];
export type GallbladderFile = z.infer<typeof gallbladderFileSchema>;
export type SegmentsFile = z.infer<typeof segmentsFileSchema>;
export type BranchesFile = z.infer<typeof branchesFileSchema>;
export type BranchTreeSpec = z.infer<typeof branchTree>;
export type BodyFile = z.infer<typeof bodyFileSchema>;

const xyz = z.tuple([finite, finite, finite]);

/** The faint organs beside the liver (assets/anatomy/neighbours.json). */
export const neighboursFileSchema = z.object({
  schemaVersion: z.literal(1),
  notes: z.string().optional(),
  diaphragm: z.object({
    /** Centre of its outline seen from above, [x, z]. */
    centre: z.tuple([finite, finite]),
    halfWidth: positive,
    /** z of its front and back edges. */
    front: finite,
    back: finite,
    /** Height (y) of its edge at the front, the sides and the back. */
    rim: z.object({ front: finite, side: finite, back: finite }),
    /** Where the crura wrap round the front of the spine: the back edge comes forward and down. */
    notch: z.object({ x: finite, halfWidth: positive, z: finite, y: finite }),
    /** Highest points of the right and left domes and the central tendon between them. */
    domes: z.object({ rightY: finite, leftY: finite, centreY: finite, xMm: positive, widthMm: positive }),
    rings: z.number().int().min(3).max(64),
    segments: z.number().int().min(8).max(128),
  }),
  stomach: z.object({
    /** Centre line from the fundus to the pylorus, [x, y, z, radiusMm]. */
    points: z.array(z.tuple([finite, finite, finite, positive])).min(3),
    radialSegments: z.number().int().min(6).max(64),
  }),
  rightKidney: z.object({
    centre: xyz,
    lengthMm: positive,
    widthMm: positive,
    thicknessMm: positive,
    hilumDepthMm: z.number().min(0),
    /** Turns about the long axis (y), then x, then z, degrees. */
    tiltDeg: xyz,
  }),
});
export type NeighboursFile = z.infer<typeof neighboursFileSchema>;
