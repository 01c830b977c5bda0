import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Stands in for the changing value while the message is translated; no message contains it. */
const MARKER = '\u0001';

type Translate = (key: string, values: Record<string, string>) => string;

/**
 * The message `key` as a function of its value `name`, the other values fixed: translated once,
 * then each call only joins three strings. Falls back to translating each time when the message
 * does not hold the value exactly once.
 */
export function fillIn(
  t: Translate,
  key: string,
  name: string,
  fixed?: Readonly<Record<string, string>>,
): (value: string) => string {
  const parts = t(key, { ...fixed, [name]: MARKER }).split(MARKER);
  if (parts.length !== 2) return (value: string) => t(key, { ...fixed, [name]: value });
  const [before, after] = parts as [string, string];
  return (value: string) => before + value + after;
}

/**
 * A message with one value that changes often (a clock ticking 10 times a second), translated once
 * per language and set of `fixed` values, instead of running the translator's lookup and
 * interpolation on every update. Pass `fixed` memoised: a new object translates again.
 */
export function useFillIn(
  key: string,
  name: string,
  fixed?: Readonly<Record<string, string>>,
): (value: string) => string {
  const { t } = useTranslation();
  return useMemo(() => fillIn(t as Translate, key, name, fixed), [t, key, name, fixed]);
}
