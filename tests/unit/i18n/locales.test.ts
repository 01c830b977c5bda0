import ihp from '@assets/procedures/ihp.json';
import php from '@assets/procedures/php.json';
import { describe, expect, it } from 'vitest';
import { mergeLocales } from '../../../renderer/src/i18n/mergeLocales';

const files = import.meta.glob('../../../assets/locales/en/*.json', { eager: true, import: 'default' });
const { tree, conflicts } = mergeLocales(files);

function lookup(key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}

function keysIn(value: unknown, out: string[] = []): string[] {
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key.endsWith('Key') && typeof inner === 'string') out.push(inner);
      else keysIn(inner, out);
    }
  }
  return out;
}

describe('locales', () => {
  it('merge without two files defining the same key', () => {
    expect(conflicts).toEqual([]);
  });

  it('reports a key defined twice', () => {
    const merged = mergeLocales({ 'a.json': { x: { y: '1' } }, 'b.json': { x: { y: '2' } } });
    expect(merged.conflicts).toEqual(['x.y (b.json)']);
  });

  it.each([
    ['php', php],
    ['ihp', ihp],
  ])('has every string the %s procedure file refers to', (_, procedure) => {
    const missing = keysIn(procedure).filter((key) => typeof lookup(key) !== 'string');
    expect(missing).toEqual([]);
  });
});
