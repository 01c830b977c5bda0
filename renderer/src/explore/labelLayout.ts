/** A label to place: its anchor on screen (px) and the size of its box (px). */
export interface LabelInput {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Behind the camera or off screen: not placed. */
  onScreen: boolean;
  /** Its structure is hidden behind something: placed after every label whose structure shows. */
  dim?: boolean;
}

/** A screen rectangle (px) no label may cover, such as the caption. */
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
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

interface PlacedBox {
  left: number;
  top: number;
  w: number;
  h: number;
}

/** Boxes placed so far in this layout; reused from call to call, so a layout allocates nothing once warm. */
const placed: PlacedBox[] = [];
let placedCount = 0;

/**
 * The offset being tried, handed to the checks below as one object: numbers passed one by one to a
 * call V8 does not inline are boxed, several small allocations per label per frame.
 */
const candidate: PlacedBox = { left: 0, top: 0, w: 0, h: 0 };

function overlapsPlaced(c: PlacedBox): boolean {
  const { left, top, w, h } = c;
  for (let i = 0; i < placedCount; i++) {
    const a = placed[i] as PlacedBox;
    if (
      left < a.left + a.w + GAP &&
      left + w + GAP > a.left &&
      top < a.top + a.h + GAP &&
      top + h + GAP > a.top
    )
      return true;
  }
  return false;
}

function overlapsAny(c: PlacedBox, avoid: readonly Rect[]): boolean {
  const { left, top, w, h } = c;
  for (let i = 0; i < avoid.length; i++) {
    const r = avoid[i] as Rect;
    if (left < r.left + r.width && left + w > r.left && top < r.top + r.height && top + h > r.top)
      return true;
  }
  return false;
}

function place(c: PlacedBox): void {
  const box = placed[placedCount] ?? { left: 0, top: 0, w: 0, h: 0 };
  placed[placedCount++] = box;
  box.left = c.left;
  box.top = c.top;
  box.w = c.w;
  box.h = c.h;
}

/** Tries the offsets around one label's anchor, nearest first; true when it found room. */
function placeOne(
  label: LabelInput,
  result: LabelPlacement,
  viewWidth: number,
  viewHeight: number,
  avoid: readonly Rect[],
): boolean {
  const w = label.width;
  const h = label.height;
  for (let di = 0; di < DISTANCES.length; di++) {
    const d = DISTANCES[di] as number;
    for (let k = 0; k < DIRECTIONS.length; k++) {
      const direction = DIRECTIONS[k] as readonly [number, number];
      const dx = direction[0];
      const dy = direction[1];
      const cx = label.x + dx * d;
      const cy = label.y + dy * d * 0.7;
      const left = dx > 0 ? cx : dx < 0 ? cx - w : cx - w / 2;
      const top = cy - h / 2;
      if (left < 0 || top < 0 || left + w > viewWidth || top + h > viewHeight) continue;
      candidate.left = left;
      candidate.top = top;
      candidate.w = w;
      candidate.h = h;
      if (overlapsPlaced(candidate) || overlapsAny(candidate, avoid)) continue;
      result.left = left;
      result.top = top;
      result.shown = true;
      place(candidate);
      return true;
    }
  }
  return false;
}

/**
 * Greedy screen-space layout: each label, in the given (priority) order, takes the nearest offset
 * from its anchor where it overlaps no earlier label, no rectangle in `avoid` (the caption) and
 * stays inside the view; labels whose structure shows go before dimmed ones. A label with no room
 * is dropped rather than drawn over another. Writes into `out` (reused every frame).
 */
export function layoutLabels(
  labels: readonly LabelInput[],
  viewWidth: number,
  viewHeight: number,
  out: LabelPlacement[] = [],
  avoid: readonly Rect[] = [],
): LabelPlacement[] {
  placedCount = 0;
  out.length = labels.length;
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < labels.length; i++) {
      const label = labels[i] as LabelInput;
      const result = out[i] ?? { left: 0, top: 0, shown: false };
      out[i] = result;
      if (pass === 0) result.shown = false;
      if (!label.onScreen || (label.dim === true) !== (pass === 1)) continue;
      placeOne(label, result, viewWidth, viewHeight, avoid);
    }
  }
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
