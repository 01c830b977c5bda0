// Reading JSON that a person or another program wrote: procedure files, the desktop config file,
// saved tumour lists, handouts and settings. Every limit is checked before the expensive step it
// guards (size before reading, depth and string length before parsing, time between phases), so a
// hostile file costs little and gets a plain answer instead of a crash. Nothing here throws, and
// nothing recurses over the input: the scan is one loop over the text.
// No 'electron' or DOM import: the main process, the renderer, its worker and Node tests share it.

export interface JsonLimits {
  /** Largest file, in UTF-8 bytes; checked before reading where the size is known. */
  maxBytes: number;
  /** Deepest nesting of arrays and objects; JSON.parse and validators recurse, so this guards the stack. */
  maxDepth: number;
  /** Longest string value or key, in characters: a huge string would flood every message that echoes it. */
  maxStringLength: number;
  /** Most values in the whole file (each array item, object member and the top value). */
  maxValues: number;
  /** Time for the whole check, ms; a synchronous caller can only test it between phases. */
  timeLimitMs: number;
}

/** A desktop or renderer settings-like file: small, shallow, hand-written. */
export const SMALL_FILE_LIMITS: Readonly<JsonLimits> = {
  maxBytes: 64 * 1024,
  maxDepth: 16,
  maxStringLength: 2_000,
  maxValues: 5_000,
  timeLimitMs: 1_000,
};

/** Validation problems listed in a message; the rest are counted. */
export const MAX_LISTED_ISSUES = 5;

/**
 * Keys that reach a prototype when a parsed value is later copied by plain assignment
 * (`target[key] = value`, Object.assign, a deep merge): dropped from every file.
 */
export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor'];

export type JsonProblem =
  | { kind: 'tooLarge'; bytes: number; limit: number }
  | { kind: 'tooDeep'; limit: number; line: number }
  | { kind: 'stringTooLong'; limit: number; line: number }
  | { kind: 'tooManyValues'; limit: number }
  | { kind: 'syntax'; detail: string }
  | { kind: 'timeout'; limitMs: number }
  | { kind: 'invalid'; issues: string[]; more: number }
  | { kind: 'unreadable'; detail: string };

export type JsonRead<T> =
  | { ok: true; value: T /** Forbidden keys that were dropped (the first few). */; droppedKeys: string[] }
  | { ok: false; problem: JsonProblem };

/** What a validator says: the checked value, or one line per issue ("path: what is wrong"). */
export type Validation<T> = { ok: true; value: T } | { ok: false; issues: string[] };
export type Validator<T> = (value: unknown) => Validation<T>;

/** A clock in ms; injectable so tests can make time pass. */
export type Clock = () => number;
const systemClock: Clock = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** The size check that runs before a file is read (File.size, fs.stat). */
export function checkSize(bytes: number, limits: Pick<JsonLimits, 'maxBytes'>): JsonProblem | null {
  if (!Number.isFinite(bytes) || bytes < 0) return { kind: 'unreadable', detail: 'unknown size' };
  return bytes > limits.maxBytes ? { kind: 'tooLarge', bytes, limit: limits.maxBytes } : null;
}

/** UTF-8 length of a string without allocating it; stops counting once past `stopAbove`. */
export function utf8Length(text: string, stopAbove = Number.POSITIVE_INFINITY): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stopAbove; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;
const OPEN_ARRAY = 0x5b;
const OPEN_OBJECT = 0x7b;
const CLOSE_ARRAY = 0x5d;
const CLOSE_OBJECT = 0x7d;
const COMMA = 0x2c;

/**
 * One pass over the text, before JSON.parse: nesting depth, string length and value count. It
 * does not check the syntax (JSON.parse does, once the shape is known to be safe to hand it), so
 * it only needs to know whether it is inside a string.
 */
export function scanJson(text: string, limits: JsonLimits): JsonProblem | null {
  let depth = 0;
  let values = 1;
  let line = 1;
  let inString = false;
  let stringStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === NEWLINE) line++;
    if (inString) {
      if (code === BACKSLASH) i++;
      else if (code === QUOTE) {
        inString = false;
        if (i - stringStart - 1 > limits.maxStringLength) {
          return { kind: 'stringTooLong', limit: limits.maxStringLength, line };
        }
      }
      continue;
    }
    if (code === QUOTE) {
      inString = true;
      stringStart = i;
    } else if (code === OPEN_ARRAY || code === OPEN_OBJECT) {
      depth++;
      if (depth > limits.maxDepth) return { kind: 'tooDeep', limit: limits.maxDepth, line };
    } else if ((code === CLOSE_ARRAY || code === CLOSE_OBJECT) && depth > 0) depth--;
    else if (code === COMMA) {
      values++;
      if (values > limits.maxValues) return { kind: 'tooManyValues', limit: limits.maxValues };
    }
  }
  // An unterminated string: JSON.parse names it; its length still must not be echoed in full.
  if (inString && text.length - stringStart - 1 > limits.maxStringLength) {
    return { kind: 'stringTooLong', limit: limits.maxStringLength, line };
  }
  return null;
}

/** JSON.parse's own message, cut short: engines quote the text around the error. */
function syntaxDetail(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > 120 ? `${message.slice(0, 117)}...` : message;
}

/**
 * Parses text within the limits. Forbidden keys (`__proto__`, `constructor`) are
 * dropped while parsing and reported, so no later copy of the value can reach a prototype.
 */
export function parseUntrustedJson(
  text: string,
  limits: JsonLimits,
  clock: Clock = systemClock,
): JsonRead<unknown> {
  const started = clock();
  if (typeof text !== 'string') return { ok: false, problem: { kind: 'unreadable', detail: 'not text' } };
  // UTF-8 never has fewer bytes than UTF-16 code units, so a long string is too large already.
  const bytes = text.length > limits.maxBytes ? text.length : utf8Length(text, limits.maxBytes);
  const size = checkSize(bytes, limits);
  if (size) return { ok: false, problem: size };
  const shape = scanJson(text, limits);
  if (shape) return { ok: false, problem: shape };
  const dropped: string[] = [];
  let value: unknown;
  try {
    // A BOM is common in files saved by Windows editors and means nothing here.
    value = JSON.parse(
      text.charCodeAt(0) === 0xfeff ? text.slice(1) : text,
      function (this: unknown, key, inner) {
        if (
          FORBIDDEN_KEYS.includes(key) &&
          this !== null &&
          typeof this === 'object' &&
          !Array.isArray(this)
        ) {
          dropped.push(key);
          return undefined; // a reviver returning undefined deletes the key
        }
        return inner;
      },
    );
  } catch (error) {
    return { ok: false, problem: { kind: 'syntax', detail: syntaxDetail(error) } };
  }
  if (clock() - started > limits.timeLimitMs)
    return { ok: false, problem: { kind: 'timeout', limitMs: limits.timeLimitMs } };
  return { ok: true, value, droppedKeys: dropped.slice(0, MAX_LISTED_ISSUES) };
}

/** The first few issues, and how many more there were. */
export function capIssues(
  issues: readonly string[],
  max = MAX_LISTED_ISSUES,
): { issues: string[]; more: number } {
  return { issues: issues.slice(0, max), more: Math.max(0, issues.length - max) };
}

/**
 * Parse then validate, under one time limit. The entry point for any file with a schema (saved
 * tumour lists, handouts, settings): `readUntrustedJson(text, LIMITS, zodValidator(schema))`.
 */
export function readUntrustedJson<T>(
  text: string,
  limits: JsonLimits,
  validate: Validator<T>,
  clock: Clock = systemClock,
): JsonRead<T> {
  const started = clock();
  const parsed = parseUntrustedJson(text, limits, clock);
  if (!parsed.ok) return parsed;
  let checked: Validation<T>;
  try {
    checked = validate(parsed.value);
  } catch (error) {
    // A validator is ours, but a RangeError from a pathological value must still be an answer.
    return {
      ok: false,
      problem: { kind: 'invalid', issues: [`(top level): ${syntaxDetail(error)}`], more: 0 },
    };
  }
  if (clock() - started > limits.timeLimitMs)
    return { ok: false, problem: { kind: 'timeout', limitMs: limits.timeLimitMs } };
  if (!checked.ok) return { ok: false, problem: { kind: 'invalid', ...capIssues(checked.issues) } };
  return { ok: true, value: checked.value, droppedKeys: parsed.droppedKeys };
}

/** The structural part of a zod issue this module needs: a path and a message. */
interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
}
interface SchemaLike<T> {
  safeParse(
    value: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: readonly IssueLike[] } };
}

/** "steps.0.camera: must be ..." — the field's path and what is wrong with it. */
export function describeIssue(issue: IssueLike): string {
  const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)';
  return `${path}: ${issue.message}`;
}

/** A validator from a zod schema (anything with zod's safeParse shape). */
export function zodValidator<T>(schema: SchemaLike<T>): Validator<T> {
  return (value) => {
    const result = schema.safeParse(value);
    return result.success
      ? { ok: true, value: result.data }
      : { ok: false, issues: result.error.issues.map(describeIssue) };
  };
}

function kib(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * The problem in plain English, for logs, the desktop shell's warnings and command-line tools.
 * The renderer shows the localised form (assets/locales/en/robustness.json) instead.
 */
export function describeJsonProblem(problem: JsonProblem): string {
  switch (problem.kind) {
    case 'tooLarge':
      return `file is too large (${kib(problem.bytes)}; the limit is ${kib(problem.limit)})`;
    case 'tooDeep':
      return `nested more than ${problem.limit} levels deep (line ${problem.line})`;
    case 'stringTooLong':
      return `a text value is longer than ${problem.limit} characters (line ${problem.line})`;
    case 'tooManyValues':
      return `more than ${problem.limit} values`;
    case 'syntax':
      return `not valid JSON (${problem.detail})`;
    case 'timeout':
      return `checking took longer than ${problem.limitMs / 1000} s`;
    case 'invalid':
      return `${problem.issues.join('; ')}${problem.more > 0 ? ` (and ${problem.more} more)` : ''}`;
    case 'unreadable':
      return `could not be read (${problem.detail})`;
  }
}

/**
 * A file a person chose (a tumour list, a handout, saved settings): size first, then read, parse
 * and validate. Runs on the calling thread; a file that may be large belongs in a worker, as
 * procedure files are (renderer/src/procedure/openProcedureFile.ts).
 */
export async function readUntrustedFile<T>(
  file: Blob,
  limits: JsonLimits,
  validate: Validator<T>,
): Promise<JsonRead<T>> {
  const tooLarge = checkSize(file.size, limits);
  if (tooLarge) return { ok: false, problem: tooLarge };
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return { ok: false, problem: { kind: 'unreadable', detail: syntaxDetail(error) } };
  }
  return readUntrustedJson(text, limits, validate);
}
