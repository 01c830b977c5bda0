// What a person sees when a string is missing: never a raw key. A key a translation lacks falls
// back to English (i18next's fallbackLng); in a development build it is marked so a translator
// spots it. A key missing in English too becomes readable words from its last part.
import { keyPaths, type Tree, valueAt } from './mergeLocales';

/** Put before English text standing in for a missing translation, in development builds. */
export const FALLBACK_MARKER = '⟦en⟧';

/**
 * A copy of `translated` where every English key it lacks holds the English text with the marker,
 * and the list of those keys. Used in development builds only; production relies on fallbackLng.
 */
export function markMissing(english: Tree, translated: Tree): { tree: Tree; missing: string[] } {
  const tree = structuredClone(translated);
  const missing: string[] = [];
  for (const path of keyPaths(english)) {
    if (valueAt(translated, path) !== undefined) continue;
    missing.push(path);
    const parts = path.split('.');
    const last = parts.pop() as string;
    let node: Tree = tree;
    for (const part of parts) {
      const next = node[part];
      if (typeof next === 'string') break;
      if (next === undefined) node[part] = {};
      node = node[part] as Tree;
    }
    node[last] = `${FALLBACK_MARKER} ${valueAt(english, path)}`;
  }
  return { tree, missing };
}

/** `controls.openProcedure` → `Open procedure`: a last resort that still reads as words. */
export function readableKey(key: string): string {
  const last = key.split('.').pop() ?? key;
  const words = last
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : '…';
}
