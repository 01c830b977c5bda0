import { describe, expect, it } from 'vitest';
import { COMMANDS, commandForKey } from '../../../renderer/src/ui/commands';

describe('command registry', () => {
  it('maps the documented keys', () => {
    expect(commandForKey(' ')?.id).toBe('togglePlay');
    expect(commandForKey('ArrowLeft')?.id).toBe('previousStep');
    expect(commandForKey('ArrowRight')?.id).toBe('nextStep');
    expect(commandForKey('Home')?.id).toBe('start');
    expect(commandForKey('End')?.id).toBe('end');
    expect(commandForKey('q')).toBeUndefined();
  });

  it('gives each key to one command only', () => {
    const keys = COMMANDS.flatMap((c) => c.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
