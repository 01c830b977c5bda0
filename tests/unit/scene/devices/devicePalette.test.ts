import { Color, Vector3 } from 'three';
import { afterEach, describe, expect, it } from 'vitest';
import { PALETTE_IDS, PALETTES, type Palette } from '../../../../renderer/src/anatomy/palette';
import { applyMaterialPalette, balloonMaterial } from '../../../../renderer/src/scene/anatomy/materials';
import { clampShape } from '../../../../renderer/src/scene/devices/clampGeometry';
import { followingCount } from '../../../../renderer/src/scene/devices/deviceColours';
import { filterCartridge } from '../../../../renderer/src/scene/devices/machineGeometry';

/** The distinct vertex colours of a geometry, as hex strings. */
function coloursOf(geometry: { getAttribute(name: string): { array: ArrayLike<number>; count: number } }) {
  const attribute = geometry.getAttribute('color');
  const found = new Set<string>();
  const colour = new Color();
  for (let i = 0; i < attribute.count; i++) {
    const a = attribute.array;
    found.add(
      colour.setRGB(a[i * 3] as number, a[i * 3 + 1] as number, a[i * 3 + 2] as number).getHexString(),
    );
  }
  return found;
}

const hex = (value: string) => new Color(value).getHexString();

/** A palette whose meaningful device colours differ from the standard one's. */
const MARKED: Palette = {
  ...PALETTES.standard,
  device: {
    ...PALETTES.standard.device,
    steel: '#ff0000',
    trim: '#00ff00',
    sorbent: '#0000ff',
    balloon: '#ff00ff',
  },
};

afterEach(() => applyMaterialPalette(PALETTES.standard));

describe('device colours follow the active palette', () => {
  it('repaints clamps and filter cartridges already built, part by part', () => {
    const clamp = clampShape(6, 'clamp').half;
    const filter = filterCartridge(new Vector3(60, 220, 60)).solid;
    expect(coloursOf(clamp)).toContain(hex(PALETTES.standard.device.steel));
    applyMaterialPalette(MARKED);
    expect(coloursOf(clamp)).toEqual(new Set([hex('#ff0000')]));
    const filterColours = coloursOf(filter);
    expect(filterColours).toContain(hex('#0000ff'));
    expect(filterColours).toContain(hex('#00ff00'));
    expect(filterColours).not.toContain(hex(PALETTES.standard.device.sorbent));
    // Parts the palette leaves alone keep their colour.
    expect(filterColours).toContain(hex(PALETTES.standard.device.cap));
    applyMaterialPalette(PALETTES.standard);
    expect(coloursOf(clamp)).toEqual(new Set([hex(PALETTES.standard.device.steel)]));
  });

  it('paints devices built after the change in the new colours', () => {
    applyMaterialPalette(MARKED);
    const bulldog = clampShape(2, 'bulldog').half;
    expect(coloursOf(bulldog)).toEqual(new Set([hex('#ff0000'), hex('#00ff00')]));
  });

  it('recolours the balloons, made before or after the change', () => {
    const balloon = balloonMaterial();
    expect(balloon.color.getHexString()).toBe(hex(PALETTES.standard.device.balloon));
    applyMaterialPalette(MARKED);
    expect(balloonMaterial().color.getHexString()).toBe(hex('#ff00ff'));
  });

  it('stops following a geometry once it is disposed', () => {
    const before = followingCount();
    const clamp = clampShape(6, 'clamp').half;
    expect(followingCount()).toBe(before + 1);
    clamp.dispose();
    expect(followingCount()).toBe(before);
  });

  it('draws devices in each palette from that palette', () => {
    const clamp = clampShape(6, 'clamp').half;
    for (const id of PALETTE_IDS) {
      applyMaterialPalette(PALETTES[id]);
      expect(coloursOf(clamp)).toEqual(new Set([hex(PALETTES[id].device.steel)]));
    }
  });
});
