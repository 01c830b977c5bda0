import { type BufferGeometry, Vector3 } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { VesselId } from '../procedure/ids';
import { nearestFraction, sampleLine } from './curve';
import type { BranchesFile, BranchTreeSpec } from './schema';
import type { Sdf } from './sdf';
import { buildTubeFromPoints } from './tube';
import type { CentreLine, SegmentId } from './types';

export type BranchTreeId = BranchTreeSpec['id'];

/** One vessel of the intrahepatic tree, as a short curved chain of points in flow direction. */
export interface Branch {
  tree: BranchTreeId;
  segment: SegmentId;
  generation: number;
  points: Vector3[];
  radiiMm: number[];
}

/** Small deterministic generator (mulberry32), so the trees are the same on every load. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function centroid(cloud: Float32Array): Vector3 {
  const c = new Vector3();
  const n = cloud.length / 3;
  for (let i = 0; i < cloud.length; i += 3)
    c.set(c.x + (cloud[i] as number), c.y + (cloud[i + 1] as number), c.z + (cloud[i + 2] as number));
  return c.divideScalar(Math.max(n, 1));
}

/** The cloud point nearest to p: a target that is surely inside the liver and the segment. */
function snap(cloud: Float32Array, p: Vector3): Vector3 {
  let best = 0;
  let bestD = Number.POSITIVE_INFINITY;
  for (let i = 0; i < cloud.length; i += 3) {
    const d =
      ((cloud[i] as number) - p.x) ** 2 +
      ((cloud[i + 1] as number) - p.y) ** 2 +
      ((cloud[i + 2] as number) - p.z) ** 2;
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  }
  return new Vector3(cloud[best], cloud[best + 1], cloud[best + 2]);
}

/** Halves a cloud across its longest extent, so each child branch serves its own half of the territory. */
function split(cloud: Float32Array): [Float32Array, Float32Array] {
  const c = centroid(cloud);
  const spread = new Vector3();
  for (let i = 0; i < cloud.length; i += 3) {
    spread.x += Math.abs((cloud[i] as number) - c.x);
    spread.y += Math.abs((cloud[i + 1] as number) - c.y);
    spread.z += Math.abs((cloud[i + 2] as number) - c.z);
  }
  const axis = spread.x >= spread.y && spread.x >= spread.z ? 0 : spread.y >= spread.z ? 1 : 2;
  const mid = c.getComponent(axis);
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < cloud.length; i += 3) {
    const target = (cloud[i + axis] as number) < mid ? a : b;
    target.push(cloud[i] as number, cloud[i + 1] as number, cloud[i + 2] as number);
  }
  return [new Float32Array(a), new Float32Array(b)];
}

interface Context {
  tree: BranchTreeSpec;
  segment: SegmentId;
  sdf: Sdf;
  wiggle: number;
  next: () => number;
  out: Branch[];
}

/** A gently curved chain from start to end: the middle pushed sideways, but never out of the liver. */
function curvedChain(ctx: Context, start: Vector3, end: Vector3): Vector3[] {
  const length = start.distanceTo(end);
  const dir = new Vector3().subVectors(end, start).normalize();
  const side = new Vector3(ctx.next() - 0.5, ctx.next() - 0.5, ctx.next() - 0.5);
  side.addScaledVector(dir, -side.dot(dir));
  if (side.lengthSq() > 1e-9) side.normalize().multiplyScalar(length * ctx.wiggle * (0.5 + ctx.next()));
  const points: Vector3[] = [];
  const steps = Math.max(3, Math.ceil(length / 4));
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const p = start
      .clone()
      .lerp(end, t)
      .addScaledVector(side, Math.sin(Math.PI * t));
    if (ctx.sdf(p.x, p.y, p.z) > -0.5) p.copy(start).lerp(end, t);
    points.push(p);
  }
  return points;
}

function grow(ctx: Context, cloud: Float32Array, start: Vector3, radius: number, generation: number): void {
  if (cloud.length < 3 * 4) return;
  const offset = new Vector3(...(ctx.tree.offsetMm ?? [0, 0, 0]));
  const target = snap(cloud, centroid(cloud)).add(offset);
  if (start.distanceTo(target) < 2) return;
  const points = curvedChain(ctx, start, target);
  const n = points.length;
  const radiiMm = points.map((_, i) => radius * (1 - 0.25 * (i / (n - 1))));
  // Outflow trees are grown from the vein outward but listed in flow direction, toward the vein.
  const inward = ctx.tree.direction === 'in';
  ctx.out.push({
    tree: ctx.tree.id,
    segment: ctx.segment,
    generation,
    points: inward ? [...points].reverse() : points,
    radiiMm: inward ? [...radiiMm].reverse() : radiiMm,
  });
  const childRadius = radius * ctx.tree.taper;
  if (generation + 1 >= ctx.tree.generations || childRadius < ctx.tree.minRadiusMm) return;
  const halves = split(cloud);
  halves.forEach((half, h) => {
    // Children leave the parent part-way along, the two at different places.
    const at = points[Math.round((n - 1) * (0.45 + 0.2 * h))] as Vector3;
    grow(ctx, half, at.clone(), childRadius, generation + 1);
  });
}

/**
 * Intrahepatic trees (portal vein, hepatic artery, hepatic veins) grown from data: each root vessel
 * sends one branch to each segment it serves, aimed at the segment's centroid, and each branch splits
 * in two toward the halves of its territory, a few generations deep and narrowing each time.
 */
export function growBranches(
  spec: BranchesFile,
  lines: ReadonlyMap<VesselId, CentreLine>,
  clouds: Record<SegmentId, Float32Array>,
  sdf: Sdf,
): Branch[] {
  const out: Branch[] = [];
  spec.trees.forEach((tree, t) => {
    const next = random(spec.seed * 977 + t * 131);
    for (const root of tree.roots) {
      const line = lines.get(root.path);
      if (!line) throw new Error(`branches: no centre line ${root.path}`);
      for (const segment of root.segments) {
        const cloud = clouds[segment];
        const aim = centroid(cloud);
        const [lo, hi] = root.along;
        const u = Math.min(hi, Math.max(lo, nearestFraction(line, aim.x, aim.y, aim.z)));
        const start = sampleLine(line, u, new Vector3());
        grow({ tree, segment, sdf, wiggle: spec.wiggle, next, out }, cloud, start, root.radiusMm, 0);
      }
    }
  });
  return out;
}

/** One merged tube mesh per tree, for three draw calls in all. */
export function branchGeometries(branches: readonly Branch[]): Record<BranchTreeId, BufferGeometry | null> {
  const byTree: Record<BranchTreeId, BufferGeometry[]> = { portal: [], artery: [], hepaticVein: [] };
  for (const branch of branches) {
    const radial = branch.generation === 0 ? 8 : 6;
    byTree[branch.tree].push(
      buildTubeFromPoints(branch.points, branch.radiiMm, {
        radialSegments: radial,
        capEnd: true,
        capStart: true,
      }),
    );
  }
  const merge = (list: BufferGeometry[]) => {
    if (list.length === 0) return null;
    for (const g of list) g.userData = {};
    const merged = mergeGeometries(list, false);
    for (const g of list) g.dispose();
    return merged;
  };
  return {
    portal: merge(byTree.portal),
    artery: merge(byTree.artery),
    hepaticVein: merge(byTree.hepaticVein),
  };
}
