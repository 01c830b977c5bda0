import { describe, expect, it } from 'vitest';
import bodyJson from '../../../assets/anatomy/body.json';
import circuitJson from '../../../assets/anatomy/circuit.json';
import liverJson from '../../../assets/anatomy/liver.json';
import vesselsJson from '../../../assets/anatomy/vessels.json';
import { ANATOMY_FILE_KINDS, loadAnatomyData, parseAnatomyFile } from '../../../renderer/src/anatomy/data';

const clone = <T>(value: T): T => structuredClone(value);

describe('anatomy files', () => {
  it('every bundled file is valid', () => {
    const { warnings } = loadAnatomyData();
    expect(warnings).toEqual([]);
    expect(ANATOMY_FILE_KINDS).toEqual([
      'vessels',
      'circuit',
      'liver',
      'gallbladder',
      'segments',
      'branches',
      'body',
      'neighbours',
    ]);
  });

  it('names the file and the field of a bad radius', () => {
    const bad = clone(vesselsJson) as { paths: Record<string, { points: number[][] }> };
    (bad.paths.aorta?.points[2] as number[])[3] = -1;
    const result = parseAnatomyFile('vessels', bad);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain('assets/anatomy/vessels.json');
      expect(result.error).toContain('paths.aorta.points.2.3');
    }
  });

  it('names a missing vessel', () => {
    const bad = clone(vesselsJson) as { paths: Record<string, unknown> };
    delete bad.paths.portalVein;
    const result = parseAnatomyFile('vessels', bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/paths\.portalVein: is missing/);
  });

  it('rejects repeated control points, which would make a zero-length step', () => {
    const bad = clone(vesselsJson) as { paths: Record<string, { points: number[][] }> };
    const points = bad.paths.celiacTrunk?.points as number[][];
    points.splice(1, 0, [...(points[0] as number[])]);
    const result = parseAnatomyFile('vessels', bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain('paths.celiacTrunk.points.1');
  });

  it('names the field of a circuit leg that follows an unknown vessel', () => {
    const bad = clone(circuitJson) as { paths: Record<string, { legs: Record<string, unknown>[] }> };
    (bad.paths.phpDrainLine?.legs[0] as Record<string, unknown>).follow = 'noSuchVein';
    const result = parseAnatomyFile('circuit', bad);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error).toMatch(/assets\/anatomy\/circuit\.json: paths\.phpDrainLine\.legs\.0/);
  });

  it('names the field of a bad liver primitive and of a bad grid', () => {
    const bad = clone(liverJson) as { grid: { cellMm: number }; primitives: { blendMm: number }[] };
    bad.grid.cellMm = 0.1;
    (bad.primitives[1] as { blendMm: number }).blendMm = -3;
    const result = parseAnatomyFile('liver', bad);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain('grid.cellMm');
      expect(result.error).toContain('primitives.1.blendMm');
    }
  });

  it('falls back to the built-in file and says why when a replacement is bad', () => {
    const bad = clone(bodyJson) as { torso: unknown[] };
    bad.torso = [];
    const { data, warnings } = loadAnatomyData({ body: bad });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('body.json');
    expect(warnings[0]).toContain('torso');
    expect(warnings[0]).toContain('using the built-in assets/anatomy/body.json');
    expect(data.body.torso.length).toBeGreaterThan(3);
  });

  it('uses a valid replacement', () => {
    const other = clone(bodyJson) as { radialSegments: number };
    other.radialSegments = 24;
    const { data, warnings } = loadAnatomyData({ body: other });
    expect(warnings).toEqual([]);
    expect(data.body.radialSegments).toBe(24);
  });

  it('reports JSON that is not an object at the top level', () => {
    const result = parseAnatomyFile('segments', 'nonsense', 'segments.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^segments\.json: \(top level\)/);
  });
});
