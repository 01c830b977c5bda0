import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, parseMessage } from '../../../renderer/src/classroom/protocol';
import { STATE } from './fixtures';

const envelope = { v: PROTOCOL_VERSION, from: 'console-1' };

describe('parseMessage', () => {
  it('accepts each well-formed message', () => {
    expect(parseMessage({ type: 'hello', ...envelope })?.type).toBe('hello');
    expect(parseMessage({ type: 'snapshot', ...envelope, seq: 1, state: STATE })?.type).toBe('snapshot');
    expect(
      parseMessage({ type: 'patch', ...envelope, seq: 2, patch: { timeS: 30, playing: true } })?.type,
    ).toBe('patch');
    expect(parseMessage({ type: 'heartbeat', ...envelope, seq: 2 })?.type).toBe('heartbeat');
    expect(parseMessage({ type: 'bye', ...envelope })?.type).toBe('bye');
    expect(parseMessage({ type: 'command', ...envelope, command: 'nextStep' })?.type).toBe('command');
  });

  it.each([
    ['not an object', 'hello'],
    ['null', null],
    ['an unknown type', { type: 'reboot', ...envelope }],
    ['another version', { type: 'hello', v: 99, from: 'x' }],
    ['no sender', { type: 'hello', v: PROTOCOL_VERSION }],
    ['a sender with odd characters', { type: 'hello', v: PROTOCOL_VERSION, from: '<script>' }],
    [
      'an unknown procedure',
      { type: 'patch', ...envelope, seq: 1, patch: { procedureId: 'liver-transplant' } },
    ],
    ['a negative time', { type: 'patch', ...envelope, seq: 1, patch: { timeS: -5 } }],
    ['a time that is not a number', { type: 'patch', ...envelope, seq: 1, patch: { timeS: Number.NaN } }],
    [
      'an infinite camera',
      {
        type: 'patch',
        ...envelope,
        seq: 1,
        patch: { camera: { position: [Infinity, 0, 0], target: [0, 0, 0] } },
      },
    ],
    ['a speed that is not offered', { type: 'patch', ...envelope, seq: 1, patch: { speed: 3 } }],
    ['a blank colour that is not offered', { type: 'patch', ...envelope, seq: 1, patch: { blank: 'red' } }],
    [
      'a hidden id with markup',
      { type: 'patch', ...envelope, seq: 1, patch: { explore: { ...STATE.explore, hidden: ['<b>'] } } },
    ],
    [
      'an opacity above 1',
      { type: 'patch', ...envelope, seq: 1, patch: { explore: { ...STATE.explore, opacity: { liver: 2 } } } },
    ],
    [
      'a snapshot missing a field',
      { type: 'snapshot', ...envelope, seq: 1, state: { ...STATE, labels: undefined } },
    ],
    [
      'a command an audience may not pass on',
      { type: 'command', ...envelope, command: 'openAudienceWindow' },
    ],
    ['a fractional sequence number', { type: 'heartbeat', ...envelope, seq: 1.5 }],
  ])('ignores %s', (_label, data) => {
    expect(parseMessage(data)).toBeNull();
  });

  it('never throws, whatever arrives', () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withBigInt: true, withMap: true, withSet: true }),
        (data) => {
          expect(() => parseMessage(data)).not.toThrow();
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a getter that throws is ignored, not propagated', () => {
    const hostile = {
      type: 'hello',
      v: PROTOCOL_VERSION,
      get from(): string {
        throw new Error('boom');
      },
    };
    expect(parseMessage(hostile)).toBeNull();
  });
});
