type Tree = { [key: string]: string | Tree };

function isTree(value: unknown): value is Tree {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Each area of the app keeps its strings in its own file (assets/locales/en/*.json); they are
 * merged into one tree. Two files defining the same key is a mistake, reported rather than
 * silently letting one win.
 */
export function mergeLocales(files: Record<string, unknown>): { tree: Tree; conflicts: string[] } {
  const tree: Tree = {};
  const conflicts: string[] = [];
  const merge = (target: Tree, source: Tree, path: string, file: string) => {
    for (const [key, value] of Object.entries(source)) {
      const here = path ? `${path}.${key}` : key;
      const existing = target[key];
      if (isTree(value)) {
        if (existing === undefined) target[key] = {};
        const next = target[key];
        if (isTree(next)) merge(next, value, here, file);
        else conflicts.push(`${here} (${file})`);
      } else if (typeof value === 'string') {
        if (existing !== undefined) conflicts.push(`${here} (${file})`);
        else target[key] = value;
      } else {
        conflicts.push(`${here} is not text (${file})`);
      }
    }
  };
  for (const [file, content] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    if (isTree(content)) merge(tree, content, '', file);
    else conflicts.push(`${file} is not a JSON object`);
  }
  return { tree, conflicts };
}
