import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createOperatorExit } from '../../../electron/main/operatorExit';
import { hashPin, isPinHash, isValidPin, verifyPin } from '../../../electron/main/pin';
import { INITIAL_LOCKOUT, LOCKOUT_MS, lockoutStatus, recordAttempt } from '../../../electron/main/pinLockout';

// One hash for the whole file: scrypt is deliberately slow.
const HASH = hashPin('2468');

describe('PIN hashing (scrypt, salted)', () => {
  it('writes a salted hash, never the PIN', () => {
    expect(HASH).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
    expect(HASH).not.toContain('2468');
    expect(isPinHash(HASH)).toBe(true);
  });

  it('a fresh salt each time: the same PIN hashes differently', () => {
    expect(hashPin('2468')).not.toBe(HASH);
  });

  it('the same salt gives the same hash', () => {
    const salt = Buffer.alloc(16, 7);
    expect(hashPin('13579', salt)).toBe(hashPin('13579', salt));
  });

  it('verifies the right PIN and only that one', () => {
    expect(verifyPin('2468', HASH)).toBe(true);
    for (const wrong of ['2467', '24680', '0000', '2468 ', ' 2468', '', 'abcd'])
      expect(verifyPin(wrong, HASH)).toBe(false);
    expect(verifyPin(2468, HASH)).toBe(false);
    expect(verifyPin(undefined, HASH)).toBe(false);
  });

  it('refuses to hash what is not a PIN', () => {
    for (const bad of ['', '123', '1234567890123', '12a4', '१२३४'])
      expect(() => hashPin(bad)).toThrow('4 to 12 digits');
    expect(isValidPin('1234')).toBe(true);
    expect(isValidPin('123456789012')).toBe(true);
  });

  it.each([
    '2468',
    'plain text',
    '',
    'scrypt$16384$8$1$short$short',
    'scrypt$1000$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
    'scrypt$2097152$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
    'scrypt$16384$99$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
    'bcrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
    `${'scrypt'}$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA`,
  ])('%j is not a PIN hash, and verifies nothing', (text) => {
    expect(isPinHash(text)).toBe(false);
    expect(verifyPin('2468', text)).toBe(false);
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (pin, stored) => {
        expect(typeof verifyPin(pin, stored)).toBe('boolean');
        expect(typeof isPinHash(stored)).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });
});

describe('lockout: three wrong PINs lock for 60 s', () => {
  it('counts wrong PINs and locks on the third', () => {
    let state = INITIAL_LOCKOUT;
    let result = recordAttempt(state, false, 1000);
    expect(result.outcome).toBe('wrong');
    state = result.state;
    result = recordAttempt(state, false, 2000);
    expect(result.outcome).toBe('wrong');
    state = result.state;
    result = recordAttempt(state, false, 3000);
    expect(result).toMatchObject({ outcome: 'locked', retryInS: 60 });
    expect(lockoutStatus(result.state, 3000 + LOCKOUT_MS - 1)).toEqual({ locked: true, retryInS: 1 });
    expect(lockoutStatus(result.state, 3000 + LOCKOUT_MS).locked).toBe(false);
  });

  it('while locked, even the right PIN is refused and the lock is not extended', () => {
    const locked = recordAttempt({ wrong: 2, lockedUntilMs: 0 }, false, 0).state;
    const during = recordAttempt(locked, true, 30_000);
    expect(during).toMatchObject({ outcome: 'locked', retryInS: 30 });
    expect(during.state).toEqual(locked);
    expect(recordAttempt(locked, true, LOCKOUT_MS).outcome).toBe('ok');
  });

  it('after a lock runs out the count starts again', () => {
    const locked = recordAttempt({ wrong: 2, lockedUntilMs: 0 }, false, 0).state;
    const after = recordAttempt(locked, false, LOCKOUT_MS + 1);
    expect(after.outcome).toBe('wrong');
    expect(after.state).toEqual({ wrong: 1, lockedUntilMs: 0 });
  });

  it('a right PIN clears the count', () => {
    const two = recordAttempt({ wrong: 1, lockedUntilMs: 0 }, false, 0).state;
    expect(recordAttempt(two, true, 1).state).toEqual(INITIAL_LOCKOUT);
  });

  it('never lets more than three wrong PINs through in any 60 s', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30_000 }), { maxLength: 40 }), (gaps) => {
        let state = INITIAL_LOCKOUT;
        let now = 0;
        const checked: number[] = [];
        for (const gap of gaps) {
          now += gap;
          if (!lockoutStatus(state, now).locked) checked.push(now);
          state = recordAttempt(state, false, now).state;
        }
        for (let i = 3; i < checked.length; i++) {
          expect((checked[i] as number) - (checked[i - 3] as number)).toBeGreaterThanOrEqual(LOCKOUT_MS);
        }
      }),
    );
  });
});

describe('createOperatorExit', () => {
  it('quits on the right PIN', () => {
    const quit = vi.fn();
    const exit = createOperatorExit({ pinHash: HASH, now: () => 0, quit });
    expect(exit('2468')).toEqual({ outcome: 'ok', retryInS: 0 });
    expect(quit).toHaveBeenCalledOnce();
  });

  it('three wrong PINs (junk included) lock it; the right PIN waits 60 s', () => {
    let now = 0;
    const quit = vi.fn();
    const verify = vi.fn(verifyPin);
    const exit = createOperatorExit({ pinHash: HASH, now: () => now, quit, verify });
    expect(exit('1111').outcome).toBe('wrong');
    expect(exit('not a pin').outcome).toBe('wrong');
    expect(exit('3333')).toEqual({ outcome: 'locked', retryInS: 60 });
    now = 59_000;
    expect(exit('2468')).toEqual({ outcome: 'locked', retryInS: 1 });
    expect(verify).toHaveBeenCalledTimes(2); // junk and locked attempts are never hashed
    expect(quit).not.toHaveBeenCalled();
    now = 60_000;
    expect(exit('2468').outcome).toBe('ok');
    expect(quit).toHaveBeenCalledOnce();
  });

  it('without a usable hash the kiosk cannot be left from the screen', () => {
    const quit = vi.fn();
    const exit = createOperatorExit({ pinHash: null, now: () => 0, quit });
    expect(exit('2468')).toEqual({ outcome: 'no-pin', retryInS: 0 });
    expect(quit).not.toHaveBeenCalled();
  });
});
