import { BufferAttribute, BufferGeometry } from 'three';

/** Sides of the streak: at a few millimetres across, more would cost triangles and show nothing. */
const FULL_SIDES = 6;
/** A lean frame's streak (scene/quality/leanFrame.ts): four sides, the head ring and the tail ring. */
const LEAN_SIDES = 4;

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
const LEAN_PROFILE: readonly (readonly [number, number])[] = [
  [0, 0.8],
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
 * 2·6·4 triangles (48). Vertex colours fade it toward the tail, a cheap stand-in for
 * motion blur that also works without transparency (one opaque instanced draw). The `lean` streak
 * has the same length, head and tail in 16 triangles, for frames drawn a few pixels per streak.
 */
export function buildStreakGeometry(lean = false): BufferGeometry {
  const sides = lean ? LEAN_SIDES : FULL_SIDES;
  const profile = lean ? LEAN_PROFILE : PROFILE;
  const rings = profile.length;
  const count = rings * sides + 2;
  const positions = new Float32Array(count * 3);
  const colours = new Float32Array(count * 3);
  const put = (i: number, x: number, y: number, z: number) => {
    positions.set([x, y, z], i * 3);
    const shade = shadeAt(y);
    colours.set([shade, shade, shade], i * 3);
  };
  for (let r = 0; r < rings; r++) {
    const [y, radius] = profile[r] as readonly [number, number];
    for (let s = 0; s < sides; s++) {
      const a = (s / sides) * Math.PI * 2;
      put(r * sides + s, radius * Math.cos(a), y, -radius * Math.sin(a));
    }
  }
  const head = rings * sides;
  const tail = head + 1;
  put(head, 0, HEAD_Y, 0);
  put(tail, 0, TAIL_Y, 0);
  const indices: number[] = [];
  for (let s = 0; s < sides; s++) {
    const next = (s + 1) % sides;
    indices.push(head, s, next);
    for (let r = 0; r < rings - 1; r++) {
      const a = r * sides + s;
      const b = r * sides + next;
      indices.push(a, a + sides, b, b, a + sides, b + sides);
    }
    const last = (rings - 1) * sides;
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
