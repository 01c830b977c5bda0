import { type BufferGeometry, Vector3 } from 'three';
import { box, cylinder, mergeParts, paint, ring } from './parts';

const Y = new Vector3(0, 1, 0);
const X = new Vector3(1, 0, 0);

/** How a closing device is drawn: a vascular clamp, a small bulldog clamp, or a tied ligature. */
export type ClampStyle = 'clamp' | 'bulldog' | 'ligature';

/** Below this vessel radius a clamp is a bulldog clamp: a hand-sized clamp would dwarf the artery. */
export const BULLDOG_BELOW_MM = 3;

export function clampStyleFor(vesselRadiusMm: number, style?: ClampStyle): ClampStyle {
  return style ?? (vesselRadiusMm < BULLDOG_BELOW_MM ? 'bulldog' : 'clamp');
}

/**
 * One half of a clamp, in its own frame: the pivot at the origin and the hinge pin along y (the
 * vessel's direction); the jaw runs along +x on the +z side, its gripping face on z = 0, and the
 * shank crosses to the −z side behind the pivot, ending in a finger ring with ratchet teeth (a
 * bulldog clamp has short grips and a spring instead). The other half is this one mirrored in z.
 */
export interface ClampShape {
  half: BufferGeometry;
  /** From the pivot to the jaw's tip, mm. */
  jawLengthMm: number;
  /** From the pivot to the vessel's centre line, mm. */
  pivotToVesselMm: number;
  /** Angle each half turns from shut to fully open, radians. */
  openAngle: number;
}

export function clampShape(vesselRadiusMm: number, style: Exclude<ClampStyle, 'ligature'>): ClampShape {
  const r = vesselRadiusMm;
  const t = Math.min(4.5, Math.max(2, r * 0.3));
  const pivotToVessel = r + 5 + t;
  const jaw = pivotToVessel + r + 6;
  const parts: BufferGeometry[] = [
    // Jaw, narrowing a little towards its tip.
    paint(box(jaw * 0.7, t * 1.3, t, new Vector3(jaw * 0.35, 0, t / 2)), 'steel'),
    paint(box(jaw * 0.32, t, t * 0.8, new Vector3(jaw * 0.84, 0, t * 0.4)), 'steel'),
    // Box lock at the pivot.
    paint(cylinder(t * 1.2, t * 2.2, new Vector3(0, 0, 0), Y, 12), 'steel'),
  ];
  if (style === 'bulldog') {
    const grip = jaw * 0.55;
    parts.push(
      paint(box(grip, t * 1.3, t, new Vector3(-grip / 2, 0, -t * 0.9)), 'steel'),
      paint(box(t * 1.4, t * 2.2, t * 1.4, new Vector3(-grip, 0, -t * 1.1)), 'trim'),
      paint(ring(t * 1.5, 0.6, new Vector3(0, 0, 0), Y, 14), 'trim'),
    );
    return { half: mergeParts(parts), jawLengthMm: jaw, pivotToVesselMm: pivotToVessel, openAngle: 0.5 };
  }
  const shank = jaw * 1.1 + 18;
  const ringR = Math.max(6, r * 0.55);
  parts.push(
    paint(box(shank, t * 1.2, t * 0.9, new Vector3(-shank / 2, 0, -t * 0.75)), 'steel'),
    paint(ring(ringR, t * 0.45, new Vector3(-shank - ringR * 0.8, 0, -ringR * 0.9), Y, 20), 'steel'),
  );
  // Ratchet teeth near the ring, where the two shanks meet when the clamp is locked.
  for (let i = 0; i < 3; i++)
    parts.push(paint(box(t * 0.6, t, t * 0.8, new Vector3(-shank * 0.82 + i * t, 0, -t * 0.2)), 'steel'));
  return { half: mergeParts(parts), jawLengthMm: jaw, pivotToVesselMm: pivotToVessel, openAngle: 0.32 };
}

/** A ligature tied round a vessel: a ring of suture pulling the wall in, a knot and two cut ends. */
export function ligatureGeometry(vesselRadiusMm: number): BufferGeometry {
  const r = vesselRadiusMm;
  return mergeParts([
    paint(ring(r * 0.85, 0.45, new Vector3(0, 0, 0), Y, 20), 'trim'),
    paint(ring(0.9, 0.45, new Vector3(r * 0.85 + 0.8, 0, 0), X, 10), 'trim'),
    paint(cylinder(0.3, 5, new Vector3(r * 0.85 + 3, 1, 0.6), new Vector3(1, 0.4, 0.3), 6), 'trim'),
    paint(cylinder(0.3, 5, new Vector3(r * 0.85 + 3, -1, -0.6), new Vector3(1, -0.4, -0.3), 6), 'trim'),
  ]);
}
