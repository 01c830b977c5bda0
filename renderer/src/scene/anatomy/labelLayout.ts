/** A label to place: its anchor on screen (px) and the size of its box (px). */
export interface LabelInput {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Behind the camera or off screen: not placed. */
  onScreen: boolean;
}

/** Where a label's box goes (top-left corner, px), or shown false when there was no room. */
export interface LabelPlacement {
  left: number;
  top: number;
  shown: boolean;
}

/** Offsets tried for each label, nearest first: above right, above left, below right, below left. */
const DIRECTIONS: ReadonlyArray<readonly [number, number]> = [
  [1, -1],
  [-1, -1],
  [1, 1],
  [-1, 1],
  [0, -1.6],
  [0, 1.6],
];
const DISTANCES = [18, 34, 56, 84];
const GAP = 3;

function overlaps(
  a: LabelPlacement & { w: number; h: number },
  left: number,
  top: number,
  w: number,
  h: number,
) {
  return (
    left < a.left + a.w + GAP && left + w + GAP > a.left && top < a.top + a.h + GAP && top + h + GAP > a.top
  );
}

/**
 * Greedy screen-space layout: each label, in the given (priority) order, takes the nearest offset
 * from its anchor where it overlaps no earlier label and stays inside the view; a label with no
 * room is dropped rather than drawn over another. Writes into `out` (reused every frame).
 */
export function layoutLabels(
  labels: readonly LabelInput[],
  viewWidth: number,
  viewHeight: number,
  out: LabelPlacement[] = [],
): LabelPlacement[] {
  const placed: Array<LabelPlacement & { w: number; h: number }> = [];
  out.length = labels.length;
  labels.forEach((label, i) => {
    const result = out[i] ?? { left: 0, top: 0, shown: false };
    out[i] = result;
    result.shown = false;
    if (!label.onScreen) return;
    const { width: w, height: h } = label;
    for (const d of DISTANCES) {
      for (const [dx, dy] of DIRECTIONS) {
        const cx = label.x + dx * d;
        const cy = label.y + dy * d * 0.7;
        const left = dx > 0 ? cx : dx < 0 ? cx - w : cx - w / 2;
        const top = cy - h / 2;
        if (left < 0 || top < 0 || left + w > viewWidth || top + h > viewHeight) continue;
        if (placed.some((p) => overlaps(p, left, top, w, h))) continue;
        result.left = left;
        result.top = top;
        result.shown = true;
        placed.push({ left, top, shown: true, w, h });
        return;
      }
    }
  });
  return out;
}

/** The point on a box's edge nearest to the anchor, where the leader line ends. */
export function leaderEnd(
  anchorX: number,
  anchorY: number,
  box: { left: number; top: number; width: number; height: number },
): [number, number] {
  const x = Math.min(Math.max(anchorX, box.left), box.left + box.width);
  const y = Math.min(Math.max(anchorY, box.top), box.top + box.height);
  return [x, y];
}
