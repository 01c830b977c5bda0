// Shared generators and helpers for the hostile-input property tests.
import fc from 'fast-check';

/** Every property runs at least 1,000 generated cases; FUZZ_RUNS=100000 digs deeper by hand. */
export const RUNS = { numRuns: Math.max(1000, Number(process.env.FUZZ_RUNS) || 0) } as const;

/** Per-test time limit, ms: generous on a busy 2-core machine, unbounded for a deep run. */
export const TIMEOUT_MS = process.env.FUZZ_RUNS ? 24 * 3600_000 : 30_000;

/** Values that have broken parsers elsewhere: prototype names, non-finite numbers, huge and odd strings. */
export const nastyValue: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  null,
  undefined,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  5e-324,
  '',
  ' ',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '\u0000',
  '\uD800',
  '\u202E',
  'x'.repeat(100_000),
  '1e999',
  [],
  {},
  { __proto__: { polluted: true } },
  JSON.parse('{"__proto__": {"polluted": true}}'),
  true,
  false,
  0n,
  Symbol('hostile'),
  () => 1,
  new Date(Number.NaN),
);

/** Any JSON value, or one of the nasty ones that only a JavaScript caller could pass. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.jsonValue(), weight: 4 },
  { arbitrary: nastyValue, weight: 1 },
);

/** Text that is mostly not JSON, sometimes almost JSON. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.json(),
  fc.json().map((text) => text.slice(0, Math.max(0, text.length - 1))),
  fc.constantFrom('', '{', '[', '{"a":', '\uFEFF{}', '{}garbage', 'null', '1e999', '[1,]', '"\\ud800"'),
  fc.nat(5000).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
);

export type Path = (string | number)[];

/** Every path in a JSON tree, root first. */
export function allPaths(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) allPaths(item, [...path, i], out);
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) allPaths(inner, [...path, key], out);
  }
  return out;
}

export type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'addKey'; at: number; key: string; value: unknown }
  | { kind: 'duplicate'; at: number }
  | { kind: 'swap'; at: number; other: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: hostileValue }),
  fc.record({
    kind: fc.constant('addKey' as const),
    at: fc.nat(),
    key: fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('__proto__', 'constructor', 'toString', 'id'),
    ),
    value: hostileValue,
  }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), other: fc.nat() }),
);

function parentOf(root: unknown, path: Path): unknown {
  let node = root;
  for (const part of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[part];
  return node;
}

/** Applies mutations to a deep copy; each picks its target among the copy's current paths. */
export function mutate(original: unknown, mutations: readonly Mutation[]): unknown {
  const box: { root: unknown } = { root: structuredClone(original) };
  for (const m of mutations) {
    const paths = allPaths(box.root, ['root']);
    const path = paths[m.at % paths.length] as Path;
    const parent = parentOf(box, path) as Record<string | number, unknown>;
    const key = path[path.length - 1] as string | number;
    switch (m.kind) {
      case 'delete':
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key];
        break;
      case 'replace':
        parent[key] = m.value;
        break;
      case 'addKey': {
        const target = parent[key];
        if (target && typeof target === 'object' && !Array.isArray(target)) {
          // defineProperty: a plain assignment to "__proto__" would change the prototype instead.
          Object.defineProperty(target, m.key, {
            value: m.value,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
        break;
      }
      case 'duplicate':
        if (Array.isArray(parent)) parent.splice(key as number, 0, structuredCloneSafe(parent[key]));
        break;
      case 'swap':
        if (Array.isArray(parent) && parent.length > 0) {
          const other = m.other % parent.length;
          [parent[key as number], parent[other]] = [parent[other], parent[key as number]];
        }
        break;
    }
  }
  return box.root;
}

function structuredCloneSafe(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return value; // functions and symbols cannot be cloned; sharing them is fine here
  }
}

/**
 * Whether a dotted issue path points into the data, or at a missing key of an object there. Keys
 * may themselves contain dots, so every way of grouping the parts is tried.
 */
export function pathReaches(data: unknown, dotted: string): boolean {
  if (dotted === '(top level)') return true;
  const parts = dotted.split('.');
  const walk = (node: unknown, from: number): boolean => {
    if (from === parts.length) return true;
    if (node === null || typeof node !== 'object') return false;
    for (let to = from + 1; to <= parts.length; to++) {
      const key = parts.slice(from, to).join('.');
      if (Object.hasOwn(node, key)) {
        if (walk((node as Record<string, unknown>)[key], to)) return true;
      } else if (to === parts.length) return true;
    }
    return false;
  };
  return walk(data, 0);
}

/** Whether some reading of "`source`: path: message" has a path that reaches into the data. */
export function errorNamesAPlace(error: string, source: string, data: unknown): boolean {
  if (!error.startsWith(`${source}: `)) return false;
  const rest = error.slice(source.length + 2);
  for (let at = rest.indexOf(': '); at >= 0; at = rest.indexOf(': ', at + 1)) {
    if (pathReaches(data, rest.slice(0, at))) return true;
  }
  return false;
}

/** Keys a polluted Object.prototype or Array.prototype would show; none may ever appear. */
export function expectNoPollution(): void {
  const probe = {} as Record<string, unknown>;
  for (const key of ['polluted', 'isAdmin', 'x', 'a']) {
    if (probe[key] !== undefined || ([] as unknown as Record<string, unknown>)[key] !== undefined) {
      throw new Error(`prototype polluted with "${key}"`);
    }
  }
  for (const proto of [Object.prototype, Array.prototype, Function.prototype]) {
    const own = Object.getOwnPropertyNames(proto).filter((name) => !BASELINE_KEYS.get(proto)?.has(name));
    if (own.length > 0) throw new Error(`prototype gained ${own.join(', ')}`);
  }
}
const BASELINE_KEYS = new Map<object, Set<string>>(
  [Object.prototype, Array.prototype, Function.prototype].map((p) => [
    p,
    new Set(Object.getOwnPropertyNames(p)),
  ]),
);

/** Values that put a forbidden key where a careless merge would follow it. */
const protoKeyed: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('__proto__', 'constructor'), fc.jsonValue(), fc.jsonValue({ maxDepth: 2 }))
  .map(([key, inner, around]) => {
    const poison =
      key === '__proto__' ? `{"polluted": ${JSON.stringify(inner)}}` : '{"prototype": {"polluted": true}}';
    return `{"${key}": ${poison}, "keep": ${JSON.stringify(around)}}`;
  });

/**
 * Whole files as a careless or malicious person makes them: valid JSON, truncated, with bytes
 * changed, nested thousands deep (arrays, objects, or both, balanced or not), huge strings,
 * `__proto__`/`constructor` keys, and plain non-JSON.
 */
export const hostileFileText: fc.Arbitrary<string> = fc.oneof(
  hostileText,
  fc.json({ maxDepth: 6 }),
  fc
    .tuple(fc.json({ maxDepth: 4 }), fc.nat(), fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }))
    .map(([text, at, bytes]) => {
      const i = at % (text.length + 1);
      return text.slice(0, i) + bytes + text.slice(i + 1);
    }),
  fc
    .tuple(fc.integer({ min: 1, max: 30_000 }), fc.constantFrom('[', '{"a":', '[{"b":'), fc.boolean())
    .map(([depth, open, balanced]) => {
      const close = open === '[' ? ']' : open === '{"a":' ? '}' : '}]';
      return open.repeat(depth) + (balanced ? `0${close.repeat(depth)}` : '');
    }),
  fc
    .tuple(fc.integer({ min: 0, max: 200_000 }), fc.constantFrom('x', '€', '\\"', '\\u0000'))
    .map(([length, unit]) => `{"name": "${unit.repeat(length)}"}`),
  protoKeyed,
);
