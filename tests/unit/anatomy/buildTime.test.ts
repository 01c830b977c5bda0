import { describe, expect, it } from 'vitest';
import { buildAnatomy, loadAnatomyData } from '../../../renderer/src/anatomy';

describe('anatomy build', () => {
  it('builds in well under a second and keeps its per-part timings', () => {
    const { data } = loadAnatomyData();
    const times: number[] = [];
    for (let i = 0; i < 3; i++) times.push(buildAnatomy(data).buildMs.total ?? Number.POSITIVE_INFINITY);
    const median = [...times].sort((a, b) => a - b)[1] as number;
    // A loose ceiling for shared CI machines; the report gives measured figures.
    expect(median).toBeLessThan(1500);
  });
});
