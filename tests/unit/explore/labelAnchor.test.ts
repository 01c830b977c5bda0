import { describe, expect, it } from 'vitest';
import { chooseAnchor, rectOver } from '../../../renderer/src/explore/labelAnchor';
import { layoutLabels } from '../../../renderer/src/explore/labelLayout';

describe('label anchor choice', () => {
  it('keeps the current spot while it shows, so a label does not hop about', () => {
    expect(chooseAnchor(5, 3, () => true)).toBe(3);
  });

  it('moves to the first spot that shows, in preference order, when the current one is hidden', () => {
    const shows = new Set([2, 4]);
    expect(chooseAnchor(5, 0, (i) => shows.has(i))).toBe(2);
    expect(chooseAnchor(5, 2, (i) => i === 4)).toBe(4);
  });

  it('gives -1 (dim the label) when no spot shows, trying no more than its budget', () => {
    const tried: number[] = [];
    expect(
      chooseAnchor(
        20,
        7,
        (i) => {
          tried.push(i);
          return false;
        },
        4,
      ),
    ).toBe(-1);
    expect(tried).toEqual([7, 0, 1, 2]);
  });
});

describe('caption avoidance', () => {
  const view = { left: 0, top: 60, width: 1000, height: 600 };

  it("turns the caption's page rectangle into the scene's pixels, clipped to the scene", () => {
    expect(rectOver({ left: 20, top: 560, width: 600, height: 200 }, view)).toEqual({
      left: 20,
      top: 500,
      width: 600,
      height: 100,
    });
    expect(rectOver({ left: 0, top: 700, width: 600, height: 50 }, view)).toBeNull();
  });

  it('never places a label over the caption, even when its anchor lies next to it', () => {
    const caption = { left: 0, top: 400, width: 500, height: 140 };
    for (let x = 20; x < 960; x += 37) {
      for (let y = 20; y < 540; y += 29) {
        const [place] = layoutLabels(
          [{ x, y, width: 120, height: 20, onScreen: true }],
          960,
          540,
          [],
          [caption],
        );
        if (!place?.shown) continue;
        const meets =
          place.left < caption.left + caption.width &&
          place.left + 120 > caption.left &&
          place.top < caption.top + caption.height &&
          place.top + 20 > caption.top;
        expect(meets, `${x},${y}`).toBe(false);
      }
    }
  });

  it('places labels whose structure shows before dimmed ones', () => {
    // Two labels at the same anchor with room for one nearby: the shown one keeps the nearest place.
    const dimmed = { x: 100, y: 100, width: 80, height: 20, onScreen: true, dim: true };
    const shown = { x: 100, y: 100, width: 80, height: 20, onScreen: true };
    const [first, second] = layoutLabels([dimmed, shown], 960, 540);
    const near = layoutLabels([shown], 960, 540)[0];
    expect(second).toMatchObject({ left: near?.left, top: near?.top, shown: true });
    expect(first?.shown).toBe(true);
    expect([first?.left, first?.top]).not.toEqual([near?.left, near?.top]);
  });
});
