import { describe, expect, it } from 'vitest';
import { getAnatomy } from '../../../renderer/src/anatomy';
import { measureAnatomy } from '../../../renderer/src/anatomy/measure';

/**
 * The built anatomy measured against the published figures in CLINICAL-FACTS §4. Each check states
 * its tolerance: a published mean ± SD, a published range, or a few per cent for drawing.
 */
const anatomy = getAnatomy();
const m = measureAnatomy(anatomy);

describe('liver size against published ranges', () => {
  it('craniocaudal length at the right midclavicular line is 140 ± 17 mm', () => {
    expect(m.liverCraniocaudalMclMm).toBeGreaterThanOrEqual(123);
    expect(m.liverCraniocaudalMclMm).toBeLessThanOrEqual(157);
  });

  it('width is 200–225 mm', () => {
    expect(m.liverWidthMm).toBeGreaterThanOrEqual(200);
    expect(m.liverWidthMm).toBeLessThanOrEqual(225);
  });

  it('front-to-back depth is 150–175 mm', () => {
    expect(m.liverDepthMm).toBeGreaterThanOrEqual(150);
    expect(m.liverDepthMm).toBeLessThanOrEqual(175);
  });

  it('volume lies within one SD of the men’s and women’s means (1,495 − 357 … 1,772 + 393 mL), near their middle', () => {
    expect(m.liverVolumeMl).toBeGreaterThanOrEqual(1495 - 357);
    expect(m.liverVolumeMl).toBeLessThanOrEqual(1772 + 393);
    expect(Math.abs(m.liverVolumeMl - (1495 + 1772) / 2)).toBeLessThan(250);
  });
});

describe('vessel sizes against published figures', () => {
  const cases: [name: string, measured: number, published: number, tolerance: number][] = [
    ['aorta at the celiac origin', m.diameterMm.aortaAtCeliac ?? 0, 21.95, 2],
    ['celiac trunk', m.diameterMm.celiacTrunk ?? 0, 7.2, 0.8],
    ['common hepatic artery', m.diameterMm.commonHepaticArtery ?? 0, 4.3, 0.4],
    ['proper hepatic artery', m.diameterMm.properHepaticArtery ?? 0, 2.93, 0.3],
    ['right hepatic artery', m.diameterMm.rightHepaticArtery ?? 0, 2.92, 0.4],
    ['left hepatic artery', m.diameterMm.leftHepaticArtery ?? 0, 2.51, 0.4],
    ['portal vein (9.3 ± 1.5)', m.diameterMm.portalVein ?? 0, 9.3, 1.5],
    ['retrohepatic IVC', m.diameterMm.ivcRetrohepatic ?? 0, 23, 2],
    ['IVC at the diaphragm', m.diameterMm.ivcAtDiaphragm ?? 0, 30, 2.5],
    ['right hepatic vein at its ostium', m.diameterMm.rightHepaticVein ?? 0, 15, 1.5],
    ['middle hepatic vein at its ostium', m.diameterMm.middleHepaticVein ?? 0, 11, 1.5],
    ['left hepatic vein at its ostium', m.diameterMm.leftHepaticVein ?? 0, 12, 1.5],
  ];
  it.each(cases)('%s: %f mm is %f ± %f mm', (_, measured, published, tolerance) => {
    expect(Math.abs(measured - published)).toBeLessThanOrEqual(tolerance);
  });

  it('the portal vein is at most 13 mm wide anywhere', () => {
    const radii = anatomy.centreLines.get('portalVein')?.radiiMm ?? new Float32Array();
    expect(Math.max(...radii) * 2).toBeLessThanOrEqual(13);
  });

  it('the retrohepatic IVC is 33–82 mm long', () => {
    expect(m.lengthMm.ivcRetrohepatic).toBeGreaterThanOrEqual(33);
    expect(m.lengthMm.ivcRetrohepatic).toBeLessThanOrEqual(82);
  });

  it('the portal vein is about 80 mm long (± 15)', () => {
    expect(Math.abs((m.lengthMm.portalVein ?? 0) - 80)).toBeLessThanOrEqual(15);
  });

  it('the celiac trunk is about 23 mm long from the aortic wall (± 8)', () => {
    expect(Math.abs((m.lengthMm.celiacTrunk ?? 0) - 23)).toBeLessThanOrEqual(8);
  });

  it('the IVC enters the right atrium about 12 mm above the diaphragm (± 4)', () => {
    expect(Math.abs((m.lengthMm.ivcDiaphragmToAtrium ?? 0) - 12)).toBeLessThanOrEqual(4);
  });

  it('the gallbladder is 80–100 mm long and 30–40 mm wide, and its mesh spans that length', () => {
    const { lengthMm, widthMm, sac } = anatomy.gallbladder;
    expect(lengthMm).toBeGreaterThanOrEqual(80);
    expect(lengthMm).toBeLessThanOrEqual(100);
    expect(widthMm).toBeGreaterThanOrEqual(30);
    expect(widthMm).toBeLessThanOrEqual(40);
    sac.computeBoundingSphere();
    expect((sac.boundingSphere?.radius ?? 0) * 2).toBeGreaterThanOrEqual(lengthMm - 1);
  });
});
