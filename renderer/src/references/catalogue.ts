import { z } from 'zod';

export const referenceSchema = z.object({
  id: z.string().min(1),
  citation: z.string().min(10),
  url: z.string().url().optional(),
});
export type Reference = z.infer<typeof referenceSchema>;

export interface ReferenceCatalogue {
  references: Reference[];
  problems: string[];
}

/**
 * Each area keeps its sources in its own file (assets/references/*.json). Merged here; a file
 * that is not a list of references, or an id defined twice, is reported by file name.
 */
export function mergeReferences(files: Record<string, unknown>): ReferenceCatalogue {
  const byId = new Map<string, Reference>();
  const problems: string[] = [];
  for (const [file, content] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const parsed = z.array(referenceSchema).safeParse(content);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      problems.push(`${file}: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}`);
      continue;
    }
    for (const reference of parsed.data) {
      if (byId.has(reference.id)) problems.push(`${file}: reference "${reference.id}" is defined twice`);
      else byId.set(reference.id, reference);
    }
  }
  return { references: [...byId.values()], problems };
}

/** Which references are cited and by what (ids of steps, parameters …); unknown ids are listed. */
export function citationIndex(
  catalogue: ReferenceCatalogue,
  citations: ReadonlyArray<{ by: string; references: readonly string[] }>,
): { usedBy: Map<string, string[]>; missing: string[] } {
  const known = new Set(catalogue.references.map((r) => r.id));
  const usedBy = new Map<string, string[]>();
  const missing: string[] = [];
  for (const { by, references } of citations) {
    for (const id of references) {
      if (!known.has(id)) missing.push(`${by} cites unknown reference "${id}"`);
      const list = usedBy.get(id) ?? [];
      if (!list.includes(by)) list.push(by);
      usedBy.set(id, list);
    }
  }
  return { usedBy, missing };
}
