import { Color, FrontSide, MeshLambertMaterial, MeshPhysicalMaterial, MeshStandardMaterial } from 'three';
import { describe, expect, it, vi } from 'vitest';
import { ORGAN_COLOURS } from '../../../../renderer/src/anatomy/palette';

// WebGL emulated on the CPU: the light tier.
vi.mock('../../../../renderer/src/scene/softwareRenderer', () => ({ isSoftwareRenderer: () => true }));

const materials = await import('../../../../renderer/src/scene/anatomy/materials');

describe('the light material tier (software WebGL)', () => {
  it('gives the standard material, not the physical one, with the same colour and roughness', () => {
    const liver = materials.liverMaterial();
    expect(liver).toBeInstanceOf(MeshStandardMaterial);
    expect(liver).not.toBeInstanceOf(MeshPhysicalMaterial);
    expect(`#${liver.color.getHexString()}`).toBe(
      new Color(ORGAN_COLOURS.liver).getHexString().replace(/^/, '#'),
    );
    expect(liver.roughness).toBeCloseTo(0.52);
    expect(liver.side).toBe(FrontSide);
  });

  it('keeps what the drug colour and the see-through vessels need', () => {
    const vessel = materials.pathMaterial('aorta', 'artery');
    expect(vessel).not.toBeInstanceOf(MeshPhysicalMaterial);
    expect(vessel.transparent).toBe(true);
    expect(vessel.opacity).toBeCloseTo(0.72);
    vessel.emissive.setRGB(1, 0.5, 0);
    expect(vessel.emissive.g).toBe(0.5);
    for (const material of [materials.tumourMaterial('t1'), materials.deviceClearMaterial()]) {
      expect(material).not.toBeInstanceOf(MeshPhysicalMaterial);
      expect(material.emissive).toBeDefined();
    }
  });

  it('draws the torso as one cheap translucent layer of outer faces', () => {
    const shell = materials.bodyShellMaterial();
    expect(shell).toBeInstanceOf(MeshLambertMaterial);
    expect(shell.side).toBe(FrontSide);
    expect(shell.transparent).toBe(true);
    expect(shell.depthWrite).toBe(false);
  });
});

describe('the full tier (a real GPU)', () => {
  it('gives the physical material with its clear coat and sheen', async () => {
    vi.resetModules();
    vi.doMock('../../../../renderer/src/scene/softwareRenderer', () => ({ isSoftwareRenderer: () => false }));
    const full = await import('../../../../renderer/src/scene/anatomy/materials');
    const liver = full.liverMaterial();
    expect(liver).toBeInstanceOf(MeshPhysicalMaterial);
    expect((liver as MeshPhysicalMaterial).clearcoat).toBeCloseTo(0.7);
    expect((liver as MeshPhysicalMaterial).sheen).toBeCloseTo(0.35);
  });
});
