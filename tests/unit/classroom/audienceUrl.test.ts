import { describe, expect, it } from 'vitest';
import { audienceUrl } from '../../../renderer/src/classroom/audienceUrl';

describe('audienceUrl', () => {
  it('is the same page on the same origin with only ?mode=audience', () => {
    expect(
      audienceUrl('http://127.0.0.1:4173/index.html?mode=presenter&fullscreen=1#procedure=ihp&t=60'),
    ).toBe('http://127.0.0.1:4173/index.html?mode=audience');
    expect(audienceUrl('file:///opt/app/index.html?mode=presenter')).toBe(
      'file:///opt/app/index.html?mode=audience',
    );
  });
});
