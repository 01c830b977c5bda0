import { type BufferGeometry, CatmullRomCurve3, ExtrudeGeometry, Shape, TubeGeometry, Vector3 } from 'three';
import { box, cylinder, lathe, mergeParts, paint, ring, roundedBox } from './parts';

/**
 * The circuit's machines, built in millimetres around their station's centre with +y up and +z
 * towards the front of the patient (where the camera usually is). Each comes as an opaque part
 * (vertex-coloured, one draw call) and, for machines with a see-through housing, a clear part.
 */
export interface MachineParts {
  solid: BufferGeometry;
  clear: BufferGeometry | null;
}

const X = new Vector3(1, 0, 0);
const Z = new Vector3(0, 0, 1);
const v = (x: number, y: number, z: number) => new Vector3(x, y, z);

/** A raceway: the horseshoe a roller pump squeezes its tubing against, open towards the bottom. */
function raceway(radius: number, wall: number, depth: number): BufferGeometry {
  const open = Math.PI * 0.32;
  const start = -Math.PI / 2 + open / 2;
  const end = Math.PI * 1.5 - open / 2;
  const shape = new Shape();
  shape.absarc(0, 0, radius + wall, start, end, false);
  shape.absarc(0, 0, radius, end, start, true);
  return new ExtrudeGeometry(shape, { depth, bevelEnabled: false, curveSegments: 20 });
}

/**
 * A roller pump: a console with a display, and on its face the steel raceway with a two-armed rotor
 * whose rollers press the tubing (the perfusion pump of open IHP).
 */
export function rollerPump(size: Vector3): MachineParts {
  const { x: w, y: h, z: d } = size;
  const front = d / 2;
  const head = Math.min(w, h) * 0.33;
  const cx = -w * 0.12;
  const parts = [
    paint(roundedBox(w, h, d, 10), 'casing'),
    paint(box(w * 0.3, h * 0.22, 3, v(w * 0.3, h * 0.26, front + 1)), 'screen'),
    paint(cylinder(6, 8, v(w * 0.3, -h * 0.12, front + 4), Z, 16), 'trim'),
    paint(cylinder(6, 8, v(w * 0.3, -h * 0.3, front + 4), Z, 16), 'trim'),
    paint(raceway(head, 5, 26).translate(cx, 0, front), 'steel'),
    paint(cylinder(head * 0.22, 30, v(cx, 0, front + 15), Z, 20), 'trim'),
    paint(box(w * 0.9, 8, d * 0.9, v(0, -h / 2 - 4, 0)), 'trim'),
  ];
  // The rotor: a bar with a roller at each end, turned so it reads as a rotor rather than a bar.
  const rotor = [
    box(head * 1.7, head * 0.24, 10, v(0, 0, 20)),
    cylinder(head * 0.2, 24, v(-head * 0.8, 0, 13), Z, 16),
    cylinder(head * 0.2, 24, v(head * 0.8, 0, 13), Z, 16),
  ];
  for (const [i, part] of rotor.entries())
    parts.push(paint(part.rotateZ(Math.PI / 6).translate(cx, 0, front), i === 0 ? 'steel' : 'casing'));
  return { solid: mergeParts(parts), clear: null };
}

/**
 * A centrifugal pump: a drive console with a clear cone-shaped head on top, the inlet at its apex
 * and the outlet leaving its side (the venovenous bypass of IHP; the PHP circuit's pump).
 */
export function centrifugalPump(size: Vector3): MachineParts {
  const { x: w, y: h, z: d } = size;
  const baseH = h * 0.55;
  const baseY = -h / 2 + baseH / 2;
  const top = -h / 2 + baseH;
  const cone = Math.min(w, d) * 0.36;
  const coneH = h - baseH - 14;
  const solid = [
    paint(roundedBox(w, baseH, d, 10).translate(0, baseY, 0), 'casing'),
    paint(box(w * 0.45, baseH * 0.35, 3, v(0, baseY + baseH * 0.12, d / 2 + 1)), 'screen'),
    paint(cylinder(cone * 1.05, 14, v(0, top + 7, 0), undefined, 24), 'trim'),
    // The impeller's stacked cones, seen through the housing.
    paint(
      lathe(
        [
          [0, 0],
          [cone * 0.8, 2],
          [cone * 0.75, 5],
          [cone * 0.2, coneH * 0.7],
          [0, coneH * 0.72],
        ],
        20,
      ).translate(0, top + 15, 0),
      'shaft',
    ),
    paint(cylinder(5, 26, v(0, top + 14 + coneH + 8, 0), undefined, 12), 'cap'),
    paint(cylinder(5, 28, v(cone * 0.8, top + 22, 10), X, 12), 'cap'),
  ];
  const clear = paint(
    lathe(
      [
        [0, 0],
        [cone, 0],
        [cone, 10],
        [cone * 0.35, coneH * 0.85],
        [6, coneH],
        [0, coneH],
      ],
      24,
    ).translate(0, top + 14, 0),
    'shaft',
  );
  return { solid: mergeParts(solid), clear: mergeParts([clear]) };
}

/** Domed end caps with a nozzle, top and bottom of a cylindrical module. */
function endCaps(radius: number, height: number, nozzle: number): BufferGeometry[] {
  const cap = (sign: 1 | -1) => {
    const geometry = lathe(
      [
        [0, 0],
        [radius * 1.04, 0],
        [radius * 1.04, 6],
        [radius * 0.7, 12],
        [nozzle * 1.6, 16],
        [nozzle, 17],
        [nozzle, 28],
        [0, 28],
      ],
      24,
    );
    if (sign < 0) geometry.rotateX(Math.PI);
    return paint(geometry.translate(0, (sign * height) / 2, 0), 'cap');
  };
  return [cap(1), cap(-1)];
}

/**
 * One filter cartridge in its holder: a clear housing packed with dark sorbent, blue end caps with
 * the tubing ports, two clamp rings and the bracket that fixes it to the holder's back plate.
 */
export function filterCartridge(size: Vector3): MachineParts {
  const r = Math.min(size.x, size.z) / 2;
  const h = size.y - 56;
  const plateZ = -r - 16;
  const solid = [
    paint(cylinder(r * 0.82, h - 8, v(0, 0, 0), undefined, 20), 'sorbent'),
    ...endCaps(r, h, 5),
    paint(ring(r + 1.5, 2.5, v(0, h * 0.3, 0), undefined, 28), 'trim'),
    paint(ring(r + 1.5, 2.5, v(0, -h * 0.3, 0), undefined, 28), 'trim'),
    paint(box(10, 12, 16, v(0, h * 0.3, -r - 7)), 'trim'),
    paint(box(10, 12, 16, v(0, -h * 0.3, -r - 7)), 'trim'),
    // Half of the shared back plate: the two cartridges' halves meet in one holder.
    paint(box(size.x + 14, size.y * 0.95, 6, v(0, 0, plateZ)), 'casing'),
  ];
  const clear = paint(cylinder(r, h, v(0, 0, 0), undefined, 28), 'shaft');
  return { solid: mergeParts(solid), clear: mergeParts([clear]) };
}

/** A bubble trap: a small clear chamber with a cone below, a screen inside and a purge port on top. */
export function bubbleTrap(size: Vector3): MachineParts {
  const r = Math.min(size.x, size.z) / 2;
  const h = size.y;
  const solid = [
    paint(cylinder(r * 0.45, h * 0.5, v(0, 0, 0), undefined, 16), 'shaft'),
    paint(cylinder(r * 1.05, 8, v(0, h / 2 - 4, 0), undefined, 20), 'cap'),
    paint(cylinder(3, 16, v(0, h / 2 + 8, 0), undefined, 10), 'cap'),
    paint(cylinder(4, 16, v(0, -h / 2 - 4, 0), undefined, 10), 'cap'),
  ];
  const clear = paint(
    lathe(
      [
        [4, -h / 2 + 4],
        [r, -h / 2 + h * 0.3],
        [r, h / 2 - 8],
        [0, h / 2 - 8],
      ],
      20,
    ),
    'shaft',
  );
  return { solid: mergeParts(solid), clear: mergeParts([clear]) };
}

/**
 * A membrane oxygenator: a clear housing round a pale bundle of hollow fibres, blood ports on its
 * side and gas ports on its caps, held in a clamp ring on a short arm.
 */
export function oxygenator(size: Vector3): MachineParts {
  const r = Math.min(size.x, size.z) / 2;
  const h = size.y - 56;
  const solid = [
    paint(cylinder(r * 0.78, h - 10, v(0, 0, 0), undefined, 24), 'fibre'),
    ...endCaps(r, h, 4),
    paint(cylinder(5, 26, v(r + 8, h * 0.32, 0), X, 12), 'cap'),
    paint(cylinder(5, 26, v(-r - 8, -h * 0.32, 0), X, 12), 'cap'),
    paint(cylinder(3, 18, v(r * 0.55, h / 2 + 14, 0), undefined, 10), 'trim'),
    paint(ring(r + 1.5, 3, v(0, 0, 0), undefined, 28), 'trim'),
    paint(box(10, 14, 26, v(0, 0, -r - 12)), 'trim'),
  ];
  // Fibre mats wound round the core read as faint bands through the housing.
  for (const y of [-0.3, -0.1, 0.1, 0.3])
    solid.push(paint(ring(r * 0.79, 0.8, v(0, h * y, 0), undefined, 28), 'coil'));
  const clear = paint(cylinder(r, h, v(0, 0, 0), undefined, 28), 'shaft');
  return { solid: mergeParts(solid), clear: mergeParts([clear]) };
}

/**
 * A heat exchanger: a clear shell round a steel coil that the heater's water flows through, with a
 * warm-water inlet and outlet on its side.
 */
export function heatExchanger(size: Vector3): MachineParts {
  const r = Math.min(size.x, size.z) / 2;
  const h = size.y - 56;
  const turns = 6;
  const points: Vector3[] = [];
  for (let i = 0; i <= turns * 16; i++) {
    const a = (i / 16) * Math.PI * 2;
    points.push(v(Math.cos(a) * r * 0.62, -h * 0.4 + (i / (turns * 16)) * h * 0.8, Math.sin(a) * r * 0.62));
  }
  const coil = new TubeGeometry(new CatmullRomCurve3(points), turns * 16, 3.2, 6, false);
  const solid = [
    paint(coil, 'coil'),
    paint(cylinder(r * 0.3, h * 0.85, v(0, 0, 0), undefined, 16), 'steel'),
    ...endCaps(r, h, 5),
    paint(cylinder(5, 24, v(r + 8, h * 0.35, 0), X, 12), 'rubber'),
    paint(cylinder(5, 24, v(r + 8, -h * 0.35, 0), X, 12), 'cap'),
    paint(ring(r + 1.5, 3, v(0, 0, 0), undefined, 28), 'trim'),
    paint(box(10, 14, 26, v(0, 0, -r - 12)), 'trim'),
  ];
  const clear = paint(cylinder(r, h, v(0, 0, 0), undefined, 28), 'shaft');
  return { solid: mergeParts(solid), clear: mergeParts([clear]) };
}
