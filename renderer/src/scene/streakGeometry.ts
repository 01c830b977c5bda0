import { BufferAttribute, BufferGeometry } from 'three';

/** Sides of the streak: at a few millimetres across, more would cost triangles and show nothing. */
const SIDES = 6;

/**
 * A streak's profile from head to tail: [height along +y, radius], unit size. A round head and a tail
 * that tapers to a point, so a moving particle reads as a drop leaving a trail in the flow direction.
 */
const PROFILE: readonly (readonly [number, number])[] = [
  [0.55, 0.82],
  [0, 0.78],
  [-0.7, 0.42],
  [-1.35, 0.14],
];
const HEAD_Y = 1;
const TAIL_Y = -1.9;

/** Brightness at the head and at the tail's tip; the particles' colour is multiplied by it. */
const HEAD_SHADE = 1;
const TAIL_SHADE = 0.5;

function shadeAt(y: number): number {
  const t = (y - TAIL_Y) / (HEAD_Y - TAIL_Y);
  return TAIL_SHADE + (HEAD_SHADE - TAIL_SHADE) * t;
}

/**
 * One blood particle, pointing along +y (its direction of travel), about 3× as long as it is wide:
 * 2·SIDES·PROFILE.length triangles (48). Vertex colours fade it toward the tail, a cheap stand-in for
 * motion blur that also works without transparency (one opaque instanced draw).
 */
export function buildStreakGeometry(): BufferGeometry {
  const rings = PROFILE.length;
  const count = rings * SIDES + 2;
  const positions = new Float32Array(count * 3);
  const colours = new Float32Array(count * 3);
  const put = (i: number, x: number, y: number, z: number) => {
    positions.set([x, y, z], i * 3);
    const shade = shadeAt(y);
    colours.set([shade, shade, shade], i * 3);
  };
  for (let r = 0; r < rings; r++) {
    const [y, radius] = PROFILE[r] as readonly [number, number];
    for (let s = 0; s < SIDES; s++) {
      const a = (s / SIDES) * Math.PI * 2;
      put(r * SIDES + s, radius * Math.cos(a), y, -radius * Math.sin(a));
    }
  }
  const head = rings * SIDES;
  const tail = head + 1;
  put(head, 0, HEAD_Y, 0);
  put(tail, 0, TAIL_Y, 0);
  const indices: number[] = [];
  for (let s = 0; s < SIDES; s++) {
    const next = (s + 1) % SIDES;
    indices.push(head, s, next);
    for (let r = 0; r < rings - 1; r++) {
      const a = r * SIDES + s;
      const b = r * SIDES + next;
      indices.push(a, a + SIDES, b, b, a + SIDES, b + SIDES);
    }
    const last = (rings - 1) * SIDES;
    indices.push(tail, last + next, last + s);
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(positions, 3));
  geometry.setAttribute('color', new BufferAttribute(colours, 3));
  geometry.setIndex(indices);
  geometry.computeVertexNormals();
  geometry.computeBoundingSphere();
  return geometry;
}
