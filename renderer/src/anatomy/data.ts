import bodyJson from '@assets/anatomy/body.json';
import branchesJson from '@assets/anatomy/branches.json';
import circuitJson from '@assets/anatomy/circuit.json';
import gallbladderJson from '@assets/anatomy/gallbladder.json';
import liverJson from '@assets/anatomy/liver.json';
import neighboursJson from '@assets/anatomy/neighbours.json';
import segmentsJson from '@assets/anatomy/segments.json';
import vesselsJson from '@assets/anatomy/vessels.json';
import type { z } from 'zod';
import {
  type BodyFile,
  type BranchesFile,
  bodyFileSchema,
  branchesFileSchema,
  type CircuitFile,
  circuitFileSchema,
  type GallbladderFile,
  gallbladderFileSchema,
  type LiverFile,
  liverFileSchema,
  type NeighboursFile,
  neighboursFileSchema,
  type SegmentsFile,
  segmentsFileSchema,
  type VesselsFile,
  vesselsFileSchema,
} from './schema';

/** Everything the anatomy builders read, one validated value per file. */
export interface AnatomyData {
  vessels: VesselsFile;
  circuit: CircuitFile;
  liver: LiverFile;
  gallbladder: GallbladderFile;
  segments: SegmentsFile;
  branches: BranchesFile;
  body: BodyFile;
  neighbours: NeighboursFile;
}
export type AnatomyFileKind = keyof AnatomyData;

const FILES: { [K in AnatomyFileKind]: { schema: z.ZodType<AnatomyData[K]>; bundled: unknown } } = {
  vessels: { schema: vesselsFileSchema, bundled: vesselsJson },
  circuit: { schema: circuitFileSchema, bundled: circuitJson },
  liver: { schema: liverFileSchema, bundled: liverJson },
  gallbladder: { schema: gallbladderFileSchema, bundled: gallbladderJson },
  segments: { schema: segmentsFileSchema, bundled: segmentsJson },
  branches: { schema: branchesFileSchema, bundled: branchesJson },
  body: { schema: bodyFileSchema, bundled: bodyJson },
  neighbours: { schema: neighboursFileSchema, bundled: neighboursJson },
};

export const ANATOMY_FILE_KINDS = Object.keys(FILES) as AnatomyFileKind[];

/** Where a file lives in the repository, for messages. */
export function anatomySource(kind: AnatomyFileKind): string {
  return `assets/anatomy/${kind}.json`;
}

export type AnatomyParseResult<K extends AnatomyFileKind> =
  | { ok: true; value: AnatomyData[K] }
  | { ok: false; error: string };

/** Validates one anatomy file; never throws. The message names the file and the field. */
export function parseAnatomyFile<K extends AnatomyFileKind>(
  kind: K,
  data: unknown,
  source: string = anatomySource(kind),
): AnatomyParseResult<K> {
  const result = FILES[kind].schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  const issues = result.error.issues;
  const lines = issues.slice(0, 5).map((issue) => {
    const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)';
    return `${path}: ${issue.message}`;
  });
  const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
  return { ok: false, error: `${source}: ${lines.join('; ')}${more}` };
}

export interface AnatomyLoadResult {
  data: AnatomyData;
  /** One line per replacement file that was rejected (the bundled file was used instead). */
  warnings: string[];
}

/**
 * The anatomy data: the bundled files, or replacements where given and valid. A rejected replacement
 * is reported and the bundled file used instead; a broken bundled file is a programming error and throws.
 */
export function loadAnatomyData(
  replacements: Partial<Record<AnatomyFileKind, unknown>> = {},
): AnatomyLoadResult {
  const warnings: string[] = [];
  const data: Partial<AnatomyData> = {};
  for (const kind of ANATOMY_FILE_KINDS) {
    const replacement = replacements[kind];
    if (replacement !== undefined) {
      const parsed = parseAnatomyFile(kind, replacement, `${kind}.json (replacement)`);
      if (parsed.ok) {
        (data as Record<AnatomyFileKind, unknown>)[kind] = parsed.value;
        continue;
      }
      warnings.push(`${parsed.error}; using the built-in ${anatomySource(kind)}`);
    }
    const bundled = parseAnatomyFile(kind, FILES[kind].bundled);
    if (!bundled.ok) throw new Error(bundled.error);
    (data as Record<AnatomyFileKind, unknown>)[kind] = bundled.value;
  }
  return { data: data as AnatomyData, warnings };
}
