import { BufferAttribute, BufferGeometry, Euler, Matrix4, Vector3 } from 'three';
import { type ControlPoint, resampleControlPoints } from './curve';
import type { NeighboursFile } from './schema';
import { buildTubeFromPoints } from './tube';

/**
 * The organs next to the liver, drawn faint so a viewer knows where the liver sits: the diaphragm
 * above it, the stomach to its left, the right kidney behind it. Pure geometry from
 * assets/anatomy/neighbours.json; shapes are simplified, positions and sizes sourced there.
 */
export interface NeighbourGeometries {
  diaphragm: BufferGeometry;
  stomach: BufferGeometry;
  rightKidney: BufferGeometry;
}

type DiaphragmSpec = NeighboursFile['diaphragm'];

/** A smooth bump, 1 at 0, about 0.37 at ±width. */
function bump(d: number, width: number): number {
  return Math.exp(-((d / width) ** 2));
}

/** How far the crura's notch reaches at x: 1 at its middle, falling to 0 beyond its half-width. */
function notchAt(spec: DiaphragmSpec, x: number): number {
  return Math.exp(-(((x - spec.notch.x) / spec.notch.halfWidth) ** 4));
}

/** The front and back edges of the outline (z) at x, and the back edge's height. */
function outlineAt(spec: DiaphragmSpec, x: number): { front: number; back: number; backY: number } {
  const [, cz] = spec.centre;
  const across = Math.sqrt(Math.max(0, 1 - (x / spec.halfWidth) ** 2));
  // Behind, the edge follows the back wall except where the crura wrap round the front of the spine
  // (the aorta and the oesophagus run behind that notch and through the hiatuses).
  const notch = notchAt(spec, x);
  const back = spec.back + (spec.notch.z - spec.back) * notch;
  return {
    front: cz + (spec.front - cz) * across,
    back: cz + (back - cz) * across,
    backY: spec.rim.back + (spec.notch.y - spec.rim.back) * notch,
  };
}

function insideOutline(spec: DiaphragmSpec, x: number, z: number): boolean {
  if (Math.abs(x) >= spec.halfWidth) return false;
  const { front, back } = outlineAt(spec, x);
  return z < front && z > back;
}

/**
 * The diaphragm's edge seen from its centre in direction a (0 = patient's left, π/2 = front), as
 * (x, z, height): found by bisection along the ray, so the rings stay in order round the notch.
 */
function rimAt(spec: DiaphragmSpec, a: number, out: Vector3): Vector3 {
  const [cx, cz] = spec.centre;
  const dx = Math.cos(a);
  const dz = Math.sin(a);
  let inside = 0;
  let outside = spec.halfWidth + Math.abs(spec.front) + Math.abs(spec.back);
  for (let i = 0; i < 40; i++) {
    const mid = (inside + outside) / 2;
    if (insideOutline(spec, cx + dx * mid, cz + dz * mid)) inside = mid;
    else outside = mid;
  }
  const x = cx + dx * inside;
  const z = cz + dz * inside;
  const edge = outlineAt(spec, x);
  // Height of the edge: the front's, the side's or the back's, blended by how far round it is.
  const frontness = z >= cz ? (z - cz) / Math.max(1e-6, spec.front - cz) : 0;
  const backness = z < cz ? (cz - z) / Math.max(1e-6, cz - Math.min(edge.back, cz - 1e-6)) : 0;
  const y =
    z >= cz
      ? spec.rim.side + (spec.rim.front - spec.rim.side) * Math.min(1, frontness) ** 2
      : spec.rim.side + (edge.backY - spec.rim.side) * Math.min(1, backness) ** 2;
  return out.set(x, z, y);
}

/**
 * The height of the diaphragm's upper surface over a point of its outline, given the point's
 * fraction ρ of the way from the centre to the edge (`cut`: 1 where that edge is the front cut,
 * 0 where it is the muscle's attachment, between at the corners): the two domes (right higher) and the central
 * tendon between them, falling steeply to the edge where the muscle lies against the ribs.
 */
export function diaphragmHeightAt(
  spec: DiaphragmSpec,
  x: number,
  rho: number,
  rimY: number,
  cut = 0,
): number {
  const { domes } = spec;
  const crest =
    domes.centreY +
    (domes.rightY - domes.centreY) * bump(x + domes.xMm, domes.widthMm) +
    (domes.leftY - domes.centreY) * bump(x - domes.xMm, domes.widthMm);
  // Toward the cut front edge the surface keeps the dome's height: the cut shows its section.
  const fall = rho * (1 - cut);
  return rimY + (crest - rimY) * Math.sqrt(Math.max(0, 1 - fall ** 4));
}

/** Side of a cell of the liver's height map, mm. */
const TOP_CELL_MM = 6;

/**
 * The highest point of a surface over each cell of the horizontal (x, z) plane, looked up with the
 * neighbouring cells too (so a point between vertices is covered); -Infinity where nothing is under.
 */
export function heightMap(surface: BufferGeometry): (x: number, z: number) => number {
  const position = surface.getAttribute('position');
  surface.computeBoundingBox();
  const box = surface.boundingBox;
  if (!box || position.count === 0) return () => Number.NEGATIVE_INFINITY;
  const nx = Math.ceil((box.max.x - box.min.x) / TOP_CELL_MM) + 1;
  const nz = Math.ceil((box.max.z - box.min.z) / TOP_CELL_MM) + 1;
  const top = new Float32Array(nx * nz).fill(Number.NEGATIVE_INFINITY);
  const cell = (v: number, min: number) => Math.floor((v - min) / TOP_CELL_MM);
  for (let i = 0; i < position.count; i++) {
    const k = cell(position.getZ(i), box.min.z) * nx + cell(position.getX(i), box.min.x);
    top[k] = Math.max(top[k] as number, position.getY(i));
  }
  return (x, z) => {
    const cx = cell(x, box.min.x);
    const cz = cell(z, box.min.z);
    let highest = Number.NEGATIVE_INFINITY;
    for (let dz = -1; dz <= 1; dz++)
      for (let dx = -1; dx <= 1; dx++) {
        const i = cx + dx;
        const k = cz + dz;
        if (i >= 0 && i < nx && k >= 0 && k < nz) highest = Math.max(highest, top[k * nx + i] as number);
      }
    return highest;
  };
}

/**
 * Points round the diaphragm's edge, evenly spaced along it (not by angle: seen from the centre,
 * the cut front edge is near and flat, so even angles would bunch points at its middle).
 */
function evenEdge(spec: DiaphragmSpec, count: number): Vector3[] {
  const fine = count * 16;
  const points = Array.from({ length: fine + 1 }, (_, i) =>
    rimAt(spec, (i / fine) * Math.PI * 2, new Vector3()),
  );
  const along = [0];
  for (let i = 1; i <= fine; i++) {
    const a = points[i - 1] as Vector3;
    const b = points[i] as Vector3;
    along.push((along[i - 1] as number) + Math.hypot(b.x - a.x, b.y - a.y));
  }
  const total = along[fine] as number;
  const edge: Vector3[] = [];
  let k = 0;
  for (let j = 0; j < count; j++) {
    const target = (j / count) * total;
    while (k < fine - 1 && (along[k + 1] as number) < target) k++;
    const f =
      (target - (along[k] as number)) / Math.max(1e-9, (along[k + 1] as number) - (along[k] as number));
    edge.push(new Vector3().lerpVectors(points[k] as Vector3, points[k + 1] as Vector3, f));
  }
  return edge;
}

/** Space kept between the liver's top and the diaphragm's lower surface, mm. */
const CLEARANCE_MM = 2;

/**
 * The diaphragm as one sheet (its upper surface), drawn from both sides. Where the liver would
 * reach through it, the sheet is lifted to lie on the liver (`below` gives the highest point of
 * what lies under it).
 */
export function buildDiaphragm(
  spec: DiaphragmSpec,
  below: (x: number, z: number) => number = () => Number.NEGATIVE_INFINITY,
): BufferGeometry {
  const segments = spec.segments;
  const rings = spec.rings;
  const rim = new Vector3();
  // A centre vertex, then `rings` rings of `segments` vertices (ρ = 1/rings … 1).
  const positions = new Float32Array((1 + rings * segments) * 3);
  const [cx, cz] = spec.centre;
  const edge = evenEdge(spec, segments);
  const lifted = (x: number, z: number, height: number) =>
    height + Math.max(0, below(x, z) + CLEARANCE_MM - height);
  // The centre's height: any edge point's rim height will do, since ρ = 0 there.
  rim.copy(edge[0] as Vector3);
  positions.set([cx, lifted(cx, cz, diaphragmHeightAt(spec, cx, 0, rim.z)), cz], 0);
  for (let r = 1; r <= rings; r++) {
    // Rings crowd toward the edge, where the surface turns down steeply.
    const rho = Math.sin(((r / rings) * Math.PI) / 2);
    for (let j = 0; j < segments; j++) {
      rim.copy(edge[j] as Vector3);
      const x = cx + (rim.x - cx) * rho;
      const z = cz + (rim.y - cz) * rho;
      const cut = Math.max(0, (rim.y - cz) / (spec.front - cz));
      const y = lifted(x, z, diaphragmHeightAt(spec, x, rho, rim.z, cut));
      positions.set([x, y, z], (1 + (r - 1) * segments + j) * 3);
    }
  }
  const indices: number[] = [];
  for (let j = 0; j < segments; j++) {
    const next = (j + 1) % segments;
    indices.push(0, 1 + next, 1 + j);
    for (let r = 1; r < rings; r++) {
      const a = 1 + (r - 1) * segments + j;
      const b = 1 + (r - 1) * segments + next;
      indices.push(a, b, a + segments, b, b + segments, a + segments);
    }
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(positions, 3));
  geometry.setIndex(indices);
  geometry.computeVertexNormals();
  return geometry;
}

/** Radii rounded off at both ends along a quarter circle, so a tube closes like a sac. */
function roundEnds(lengths: readonly number[], radii: Float32Array, total: number): Float32Array {
  const out = new Float32Array(radii.length);
  const startR = radii[Math.min(radii.length - 1, 2)] ?? 1;
  const endR = radii[Math.max(0, radii.length - 3)] ?? 1;
  for (let i = 0; i < radii.length; i++) {
    const along = lengths[i] as number;
    const fromEnd = total - along;
    let r = radii[i] as number;
    if (along < startR) r = Math.min(r, Math.sqrt(Math.max(0, startR ** 2 - (startR - along) ** 2)));
    if (fromEnd < endR) r = Math.min(r, Math.sqrt(Math.max(0, endR ** 2 - (endR - fromEnd) ** 2)));
    out[i] = Math.max(0.8, r);
  }
  return out;
}

/** The stomach: a tube of varying width along its J-shaped centre line, from the fundus to the pylorus. */
export function buildStomach(spec: NeighboursFile['stomach']): BufferGeometry {
  const line = resampleControlPoints(spec.points as readonly ControlPoint[], 3);
  const lengths: number[] = [0];
  for (let i = 1; i < line.points.length; i++)
    lengths.push(
      (lengths[i - 1] as number) + (line.points[i] as Vector3).distanceTo(line.points[i - 1] as Vector3),
    );
  const radii = roundEnds(lengths, line.radiiMm, line.lengthMm);
  const geometry = buildTubeFromPoints(line.points, radii, {
    radialSegments: spec.radialSegments,
    capStart: true,
    capEnd: true,
  });
  geometry.userData = {};
  return geometry;
}

/**
 * The right kidney: an ellipsoid of its length, width and thickness, drawn in at the hilum on its
 * medial border (the bean shape), then tilted as it lies: upper pole toward the midline and back,
 * hilum turned forward.
 */
export function buildKidney(spec: NeighboursFile['rightKidney']): BufferGeometry {
  const lat = 16;
  const lon = 20;
  const halfLength = spec.lengthMm / 2;
  const halfWidth = spec.widthMm / 2;
  const halfThickness = spec.thicknessMm / 2;
  const turn = new Matrix4().makeRotationFromEuler(
    new Euler(...(spec.tiltDeg.map((d) => (d * Math.PI) / 180) as [number, number, number]), 'ZXY'),
  );
  turn.setPosition(...spec.centre);
  // Medial is +x in the body frame for the right kidney; the local frame has it at +x too.
  const count = (lat - 1) * lon + 2;
  const positions = new Float32Array(count * 3);
  const p = new Vector3();
  for (let i = 1; i < lat; i++) {
    const theta = -Math.PI / 2 + (i / lat) * Math.PI;
    for (let j = 0; j < lon; j++) {
      const phi = (j / lon) * Math.PI * 2;
      const medial = Math.max(0, Math.cos(phi));
      const hilum = spec.hilumDepthMm * medial ** 3 * bump(Math.sin(theta), 0.45);
      p.set(
        halfWidth * Math.cos(theta) * Math.cos(phi) - hilum,
        halfLength * Math.sin(theta),
        halfThickness * Math.cos(theta) * Math.sin(phi),
      ).applyMatrix4(turn);
      positions.set([p.x, p.y, p.z], ((i - 1) * lon + j) * 3);
    }
  }
  const bottom = (lat - 1) * lon;
  const top = bottom + 1;
  p.set(0, -halfLength, 0).applyMatrix4(turn);
  positions.set([p.x, p.y, p.z], bottom * 3);
  p.set(0, halfLength, 0).applyMatrix4(turn);
  positions.set([p.x, p.y, p.z], top * 3);
  const indices: number[] = [];
  for (let j = 0; j < lon; j++) {
    const next = (j + 1) % lon;
    indices.push(bottom, j, next);
    for (let i = 0; i < lat - 2; i++) {
      const a = i * lon + j;
      const b = i * lon + next;
      indices.push(a, a + lon, b, b, a + lon, b + lon);
    }
    const last = (lat - 2) * lon;
    indices.push(top, last + next, last + j);
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(positions, 3));
  geometry.setIndex(indices);
  geometry.computeVertexNormals();
  return geometry;
}

/** The neighbouring organs; the diaphragm kept above the liver's surface, where one is given. */
export function buildNeighbours(spec: NeighboursFile, liver?: BufferGeometry): NeighbourGeometries {
  return {
    diaphragm: buildDiaphragm(spec.diaphragm, liver ? heightMap(liver) : undefined),
    stomach: buildStomach(spec.stomach),
    rightKidney: buildKidney(spec.rightKidney),
  };
}
