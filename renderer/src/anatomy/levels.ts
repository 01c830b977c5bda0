import type { BodyFile } from './schema';

export type VertebraId = `T${number}` | `L${number}`;

export interface VertebralLevel {
  /** Upper endplate, mm. */
  top: number;
  /** Lower endplate, mm. */
  bottom: number;
  centre: number;
}

/**
 * Heights of the thoracic and lumbar vertebral bodies in the body frame (y = 0 at the upper endplate
 * of L1), stacked from the body and disc heights in the data (CLINICAL-FACTS 38).
 */
export function vertebralLevels(spec: BodyFile['vertebrae']): Map<VertebraId, VertebralLevel> {
  const levels = new Map<VertebraId, VertebralLevel>();
  let top = 0;
  for (let l = 1; l <= 5; l++) {
    const bottom = top - spec.lumbarBodyMm;
    levels.set(`L${l}`, { top, bottom, centre: (top + bottom) / 2 });
    top = bottom - spec.lumbarDiscMm;
  }
  let bottom = spec.thoracicDiscMm;
  for (let t = 12; t >= 1; t--) {
    const upper = bottom + spec.thoracicBodyMm;
    levels.set(`T${t}`, { top: upper, bottom, centre: (upper + bottom) / 2 });
    bottom = upper + spec.thoracicDiscMm;
  }
  return levels;
}

/** The vertebra (or the disc below it, written 'T8/9') level with a height y. */
export function levelAt(levels: Map<VertebraId, VertebralLevel>, y: number): string {
  const order = [...levels.entries()].sort((a, b) => b[1].top - a[1].top);
  for (let i = 0; i < order.length; i++) {
    const [id, level] = order[i] as [VertebraId, VertebralLevel];
    if (y <= level.top && y >= level.bottom) return id;
    const below = order[i + 1];
    if (below && y < level.bottom && y > below[1].top) return `${id}/${below[0].slice(1)}`;
  }
  return y > 0 ? 'above T1' : 'below L5';
}
