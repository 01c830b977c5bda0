import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layering written in the README, checked on the source: imports only point down,
 * `ui → store → domain` and `scene → store/runtime → domain`.
 */
const SRC = resolve(__dirname, '../../../renderer/src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

interface Import {
  file: string;
  specifier: string;
  /** For relative imports: the imported path relative to renderer/src (e.g. 'store/appStore'). */
  target: string | null;
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/g;

function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const found: Import[] = [];
  for (const match of text.matchAll(IMPORT)) {
    const specifier = match[1] as string;
    const target = specifier.startsWith('.') ? relative(SRC, resolve(dirname(file), specifier)) : null;
    found.push({ file: relative(SRC, file), specifier, target });
  }
  return found;
}

const ALL = sourceFiles(SRC).flatMap(importsOf);

function layerOf(target: string): string {
  return target.split('/')[0] as string;
}

function violations(fromLayers: readonly string[], forbidden: (i: Import) => boolean): string[] {
  return ALL.filter((i) => fromLayers.includes(layerOf(i.file)) && forbidden(i)).map(
    (i) => `${i.file} imports ${i.specifier}`,
  );
}

const DOMAIN = ['procedure', 'physiology', 'anatomy', 'explore'];
const FRAMEWORKS = /^(react|react-dom|@react-three\/|zustand)(\/|$)/;

describe('import layering', () => {
  it('finds the source files and their imports', () => {
    expect(ALL.length).toBeGreaterThan(200);
    expect(ALL.some((i) => i.file.startsWith('explore/'))).toBe(true);
  });

  it('keeps the domain free of React, react-three-fiber, zustand, stores, the runtime, the scene and the UI', () => {
    expect(
      violations(
        DOMAIN,
        (i) =>
          FRAMEWORKS.test(i.specifier) ||
          (i.target !== null && ['store', 'runtime', 'scene', 'ui', 'commands'].includes(layerOf(i.target))),
      ),
    ).toEqual([]);
  });

  it('keeps the stores free of the scene, the UI and the runtime', () => {
    expect(
      violations(
        ['store'],
        (i) => i.target !== null && ['scene', 'ui', 'runtime'].includes(layerOf(i.target)),
      ),
    ).toEqual([]);
  });

  it('keeps the runtime and the commands below the scene and the UI', () => {
    expect(
      violations(
        ['runtime', 'commands'],
        (i) =>
          /^(react|react-dom|@react-three\/)/.test(i.specifier) ||
          (i.target !== null && ['scene', 'ui'].includes(layerOf(i.target))),
      ),
    ).toEqual([]);
  });

  it('keeps the UI away from the scene, and the scene away from the UI', () => {
    expect(violations(['ui'], (i) => i.target !== null && layerOf(i.target) === 'scene')).toEqual([]);
    expect(violations(['scene'], (i) => i.target !== null && layerOf(i.target) === 'ui')).toEqual([]);
  });

  it('lets nothing in the app read the test probe', () => {
    const readers = ALL.filter((i) => i.target === 'runtime/probe' && i.file !== 'runtime/index.ts');
    expect(readers.map((i) => i.file)).toEqual([]);
    const text = sourceFiles(SRC)
      .filter((f) => !f.endsWith('probe.ts'))
      .filter((f) => readFileSync(f, 'utf8').includes('__hepatic'));
    expect(text.map((f) => relative(SRC, f))).toEqual([]);
  });
});

describe('controls', () => {
  /** Native form controls that are not commands: text and number fields, sliders, the hidden file input. */
  const NOT_COMMANDS = /type="(range|file|text|number)"|type=\{/;

  it('renders buttons, checkboxes, radios and drop-downs only through the command controls', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(SRC).filter((f) => f.endsWith('.tsx'))) {
      const name = relative(SRC, file);
      if (name.startsWith('ui/commands/')) continue;
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/<(button|select|input)\b[^>]*>/gs)) {
        const tag = match[0];
        if (match[1] === 'input' && NOT_COMMANDS.test(tag)) continue;
        offenders.push(`${name}: ${tag.slice(0, 60).replace(/\s+/g, ' ')}`);
      }
      if (/role=["']?(button|menuitem|checkbox|radio)/.test(text))
        offenders.push(`${name}: a role that acts as a button`);
    }
    expect(offenders).toEqual([]);
  });
});
