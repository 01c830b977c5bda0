import { CanvasTexture, LinearFilter, SRGBColorSpace, Vector3 } from 'three';
import { getAnatomy, type PathSystem } from '../../anatomy';
import type { Sweep } from '../../anatomy/gallbladder';
import { PALETTES, type Palette } from '../../anatomy/palette';
import type { TumourFeeder } from '../../anatomy/tumourFeeders';
import { lumpSection, type PlaneFrame, sweepSection } from '../../explore/sectionShapes';
import type { Tumour } from '../../procedure/schema';
import { tumourBump, tumourCentre } from './tumourGeometry';

/** Side of the square the sections are painted over, mm: the cut face's plane. */
export const SECTION_SPAN_MM = 420;
const PIXELS = 1024;
const SCALE = PIXELS / SECTION_SPAN_MM;

type SweepKind = Exclude<PathSystem, 'circuit'> | 'gallbladder' | 'bile';

/** Wall and lumen colours of each kind of tube in section, as in cross-sectional atlases. */
const SECTION_COLOURS: Record<SweepKind, { wall: string; lumen: string }> = {
  ...PALETTES.standard.section,
  gallbladder: { wall: '#4f9a45', lumen: '#8fae3a' },
  bile: { wall: '#6aa846', lumen: '#3d6b25' },
};
/** Bumped when the palette changes, so the cut face is painted again in the new colours. */
export const sectionPaletteVersion = { value: 0 };

export function applySectionPalette(palette: Palette): void {
  Object.assign(SECTION_COLOURS, palette.section);
  sectionPaletteVersion.value++;
}
const TUMOUR_FILL = '#eadcb8';
const TUMOUR_RIM = '#b99f6c';
/** Lumen radius as a share of the tube's: the rest is the wall ring. */
const LUMEN = 0.72;

/** A tube that can be cut, with the explore id that shows or hides it. */
export interface SectionSweep extends Sweep {
  id: string;
  kind: SweepKind;
}

const BRANCH_IDS = {
  portal: 'portalBranches',
  artery: 'arterialBranches',
  hepaticVein: 'hepaticVeinBranches',
} as const;
const BRANCH_KINDS = { portal: 'portal', artery: 'artery', hepaticVein: 'vein' } as const;

/**
 * Every tube the cut goes through: the named vessels in `vesselIds`, the branch trees, the tumours'
 * feeding arteries, gallbladder and ducts.
 */
export function sectionSweeps(vesselIds: Iterable<string>, feeders: readonly TumourFeeder[]): SectionSweep[] {
  const anatomy = getAnatomy();
  const sweeps: SectionSweep[] = [];
  for (const id of vesselIds) {
    const line = anatomy.centreLines.get(id as never);
    if (!line || line.system === 'circuit') continue;
    sweeps.push({ id, kind: line.system, points: line.points, radii: line.radiiMm });
  }
  for (const branch of anatomy.branches) {
    sweeps.push({
      id: BRANCH_IDS[branch.tree],
      kind: BRANCH_KINDS[branch.tree],
      points: branch.points,
      radii: branch.radiiMm,
    });
  }
  for (const feeder of feeders) {
    sweeps.push({ id: 'tumourArteries', kind: 'artery', points: feeder.points, radii: feeder.radiiMm });
  }
  sweeps.push({ id: 'gallbladder', kind: 'gallbladder', ...anatomy.gallbladder.sacSweep });
  for (const duct of anatomy.gallbladder.ductSweeps) sweeps.push({ id: 'bileDucts', kind: 'bile', ...duct });
  return sweeps;
}

const centre = new Vector3();

/**
 * Paints what a cut plane shows of the tubes and tumours inside it (filled sections: wall ring,
 * lumen, tumour tissue) into a texture laid over the cut face. Repainted only when the cut or what
 * is shown changes.
 */
export class SectionPainter {
  readonly texture: CanvasTexture;
  private readonly context: CanvasRenderingContext2D;
  /** What was painted, for naming what the pointer is on: the frame, each disc (u, v, r) with its id, tumour outlines. */
  private readonly painted = {
    frame: { origin: new Vector3(), u: new Vector3(), v: new Vector3(), normal: new Vector3() } as PlaneFrame,
    discs: [] as number[],
    discIds: [] as string[],
    tumours: [] as Array<{ id: string; outline: number[] }>,
  };

  constructor() {
    const canvas = document.createElement('canvas');
    canvas.width = PIXELS;
    canvas.height = PIXELS;
    this.context = canvas.getContext('2d') as CanvasRenderingContext2D;
    this.texture = new CanvasTexture(canvas);
    this.texture.colorSpace = SRGBColorSpace;
    this.texture.minFilter = LinearFilter;
    this.texture.generateMipmaps = false;
  }

  /** Plane (u, v) in mm about the frame's origin → canvas pixels (v up, canvas y down). */
  private x(u: number): number {
    return (u + SECTION_SPAN_MM / 2) * SCALE;
  }
  private y(v: number): number {
    return (SECTION_SPAN_MM / 2 - v) * SCALE;
  }

  paint(
    frame: PlaneFrame,
    sweeps: readonly SectionSweep[],
    tumours: readonly Tumour[],
    shown: (id: string) => boolean,
  ): { discs: number; tumours: number } {
    let discCount = 0;
    let tumourCount = 0;
    const c = this.context;
    c.clearRect(0, 0, PIXELS, PIXELS);
    const painted = this.painted;
    painted.frame.origin.copy(frame.origin);
    painted.frame.u.copy(frame.u);
    painted.frame.v.copy(frame.v);
    painted.frame.normal.copy(frame.normal);
    painted.discs.length = 0;
    painted.discIds.length = 0;
    painted.tumours.length = 0;
    for (const tumour of tumours) {
      if (!shown(`tumour:${tumour.id}`)) continue;
      const outline = lumpSection(tumourCentre(tumour, centre), tumour.diameterMm / 2, tumourBump, frame);
      if (outline.length === 0) continue;
      c.beginPath();
      for (let i = 0; i < outline.length; i += 2) {
        c.lineTo(this.x(outline[i] as number), this.y(outline[i + 1] as number));
      }
      c.closePath();
      tumourCount++;
      painted.tumours.push({ id: `tumour:${tumour.id}`, outline });
      c.fillStyle = TUMOUR_FILL;
      c.fill();
      c.lineWidth = 2;
      c.strokeStyle = TUMOUR_RIM;
      c.stroke();
    }
    const discs: number[] = [];
    for (const sweep of sweeps) {
      if (!shown(sweep.id)) continue;
      discs.length = 0;
      sweepSection(sweep, frame, (u, v, r) => discs.push(u, v, r));
      if (discs.length === 0) continue;
      discCount += discs.length / 3;
      for (let i = 0; i < discs.length; i += 3) {
        painted.discs.push(discs[i] as number, discs[i + 1] as number, discs[i + 2] as number);
        painted.discIds.push(sweep.id);
      }
      const colours = SECTION_COLOURS[sweep.kind];
      // The wall's discs first, then the lumen's over them: a ring round a darker centre.
      this.discs(discs, 1, colours.wall);
      this.discs(discs, LUMEN, colours.lumen);
    }
    this.texture.needsUpdate = true;
    return { discs: discCount, tumours: tumourCount };
  }

  /** The explore id of the section under a point on the cut face, or null where there is only tissue. */
  idAt(point: Vector3): string | null {
    const { frame, discs, discIds, tumours } = this.painted;
    const offset = centre.copy(point).sub(frame.origin);
    const u = offset.dot(frame.u);
    const v = offset.dot(frame.v);
    // Last painted is on top.
    for (let i = discs.length - 3; i >= 0; i -= 3) {
      const du = u - (discs[i] as number);
      const dv = v - (discs[i + 1] as number);
      const r = discs[i + 2] as number;
      if (du * du + dv * dv <= r * r) return discIds[i / 3] ?? null;
    }
    for (const tumour of tumours) if (insidePolygon(tumour.outline, u, v)) return tumour.id;
    return null;
  }

  private discs(discs: readonly number[], share: number, colour: string): void {
    const c = this.context;
    c.fillStyle = colour;
    c.beginPath();
    for (let i = 0; i < discs.length; i += 3) {
      const x = this.x(discs[i] as number);
      const y = this.y(discs[i + 1] as number);
      const r = Math.max(0.6, (discs[i + 2] as number) * share * SCALE);
      c.moveTo(x + r, y);
      c.arc(x, y, r, 0, Math.PI * 2);
    }
    c.fill();
  }

  dispose(): void {
    this.texture.dispose();
  }
}

/** Even-odd test of a point against a polygon [u0, v0, u1, v1, …]. */
function insidePolygon(polygon: readonly number[], u: number, v: number): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 2; i < polygon.length; j = i, i += 2) {
    const ui = polygon[i] as number;
    const vi = polygon[i + 1] as number;
    const uj = polygon[j] as number;
    const vj = polygon[j + 1] as number;
    if (vi > v !== vj > v && u < ((uj - ui) * (v - vi)) / (vj - vi) + ui) inside = !inside;
  }
  return inside;
}

let active: SectionPainter | null = null;

/** Makes this painter the one the picker asks (the cut face's). */
export function setActiveSectionPainter(painter: SectionPainter | null): void {
  active = painter;
}

/** The explore id of the section under a point on the cut face, if a cut is painted there. */
export function sectionIdAt(point: Vector3): string | null {
  return active ? active.idAt(point) : null;
}
