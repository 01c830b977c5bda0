// The operator's exit PIN: stored in the config file only as a salted scrypt hash, checked in
// constant time. Format: scrypt$N$r$p$<salt base64>$<key base64>, so the cost can be raised later
// without breaking hashes already written into config files.
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

/** A PIN is 4 to 12 digits: easy on a touch keypad, long enough with the lockout below. */
export const PIN_PATTERN = /^\d{4,12}$/;

const COST = { N: 16384, r: 8, p: 1 } as const;
const KEY_BYTES = 32;
const SALT_BYTES = 16;
const HASH_PATTERN = /^scrypt\$(\d{1,7})\$(\d{1,2})\$(\d{1,2})\$([A-Za-z0-9+/]{22}==)\$([A-Za-z0-9+/]{43}=)$/;

export function isValidPin(pin: unknown): pin is string {
  return typeof pin === 'string' && PIN_PATTERN.test(pin);
}

interface ParsedHash {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  key: Buffer;
}

function parseHash(stored: string): ParsedHash | null {
  const match = HASH_PATTERN.exec(stored);
  if (!match) return null;
  const [, n, r, p, salt, key] = match;
  const N = Number(n);
  // scrypt needs N a power of two above 1; the bounds keep a hostile config from costing minutes.
  if (N < 1024 || N > 1_048_576 || (N & (N - 1)) !== 0) return null;
  const rr = Number(r);
  const pp = Number(p);
  if (rr < 1 || rr > 32 || pp < 1 || pp > 16) return null;
  return {
    N,
    r: rr,
    p: pp,
    salt: Buffer.from(salt as string, 'base64'),
    key: Buffer.from(key as string, 'base64'),
  };
}

/** True for text shaped like a hash this module wrote (it says nothing about which PIN). */
export function isPinHash(value: unknown): value is string {
  return typeof value === 'string' && parseHash(value) !== null;
}

/** Hashes a valid PIN with a fresh random salt (a salt can be passed for tests). */
export function hashPin(pin: string, salt: Buffer = randomBytes(SALT_BYTES)): string {
  if (!isValidPin(pin)) throw new Error('A PIN is 4 to 12 digits');
  const key = scryptSync(pin, salt, KEY_BYTES, { ...COST, maxmem: 64 * 1024 * 1024 });
  return `scrypt$${COST.N}$${COST.r}$${COST.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

/** True when `pin` matches the stored hash; false for anything malformed. Never throws. */
export function verifyPin(pin: unknown, stored: string): boolean {
  if (!isValidPin(pin)) return false;
  const parsed = parseHash(stored);
  if (!parsed) return false;
  try {
    const key = scryptSync(pin, parsed.salt, parsed.key.length, {
      N: parsed.N,
      r: parsed.r,
      p: parsed.p,
      maxmem: 256 * 1024 * 1024,
    });
    return timingSafeEqual(key, parsed.key);
  } catch {
    return false;
  }
}
