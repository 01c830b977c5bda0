export type Tree = { [key: string]: string | Tree };

/** Who translated a language and whether a clinician has checked it (`"pending"` until one has). */
export interface LocaleMeta {
  translator: string;
  clinicalReview: string;
}

/** The top-level key each translated file carries its metadata under; never a string of the app. */
export const META_KEY = '$meta';

function isTree(value: unknown): value is Tree {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readMeta(value: unknown): LocaleMeta | null {
  if (!isTree(value)) return null;
  const { translator, clinicalReview } = value;
  return typeof translator === 'string' && typeof clinicalReview === 'string'
    ? { translator, clinicalReview }
    : null;
}

export interface MergedLocale {
  tree: Tree;
  conflicts: string[];
  /** Each file's `$meta`, by file name; files without one are absent (English carries none). */
  meta: Record<string, LocaleMeta>;
  /** Files whose `$meta` is there but lacks a translator or review state. */
  metaProblems: string[];
}

/**
 * Each area of the app keeps its strings in its own file (assets/locales/<lang>/*.json); they are
 * merged into one tree. Two files defining the same key is a mistake, reported rather than
 * silently letting one win. A top-level `$meta` (translator, clinical review) is set aside per file.
 */
export function mergeLocales(files: Record<string, unknown>): MergedLocale {
  const tree: Tree = {};
  const conflicts: string[] = [];
  const meta: Record<string, LocaleMeta> = {};
  const metaProblems: string[] = [];
  const merge = (target: Tree, source: Tree, path: string, file: string) => {
    for (const [key, value] of Object.entries(source)) {
      if (path === '' && key === META_KEY) continue;
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
    if (!isTree(content)) {
      conflicts.push(`${file} is not a JSON object`);
      continue;
    }
    if (META_KEY in content) {
      const found = readMeta(content[META_KEY]);
      if (found) meta[file] = found;
      else metaProblems.push(`${file}: "${META_KEY}" needs "translator" and "clinicalReview" text`);
    }
    merge(tree, content, '', file);
  }
  return { tree, conflicts, meta, metaProblems };
}

/** One language's metadata from its files': every translator named once; pending while any file is. */
export function languageMeta(perFile: Record<string, LocaleMeta>): LocaleMeta | null {
  const all = Object.values(perFile);
  if (all.length === 0) return null;
  const translators = [...new Set(all.map((m) => m.translator))].join(', ');
  const pending = all.find((m) => m.clinicalReview === 'pending');
  return { translator: translators, clinicalReview: pending ? 'pending' : (all[0]?.clinicalReview ?? '') };
}

/** Every key path of a tree whose value is text, sorted: `charts.value.mg`, ... */
export function keyPaths(tree: Tree, prefix = ''): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(tree)) {
    const here = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.push(here);
    else out.push(...keyPaths(value, here));
  }
  return out.sort();
}

/** The text at a dotted key path, or undefined. */
export function valueAt(tree: Tree, path: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of path.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}
