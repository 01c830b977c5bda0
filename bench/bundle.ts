// Size of the JavaScript a person's machine loads: every chunk, raw and gzip-compressed, and what
// every start loads (the chunks index.html names).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Chunk {
  file: string;
  rawBytes: number;
  gzipBytes: number;
  /** Loaded by index.html itself; the others load later, when something needs them (a worker). */
  startup: boolean;
  /** The language of a translation chunk (`locale-de-….js`), loaded only when a person chooses it; else null. */
  language: string | null;
}

export interface BundleResult {
  chunks: Chunk[];
  totalRawBytes: number;
  totalGzipBytes: number;
  /** What every start of the app loads: the chunks index.html names. */
  startupGzipBytes: number;
  /** The largest translation chunk (one per language other than English); 0 when there is none. */
  largestLanguageGzipBytes: number;
  /** Translation chunks index.html loads at every start: should be none. */
  startupLanguageChunks: number;
}

/** Measures `dir/assets/*.js`, largest first; gzip at zlib's default level, as a web server sends it. */
export function measureBundle(dir: string): BundleResult {
  const assets = join(dir, 'assets');
  const indexPath = join(dir, 'index.html');
  const index = existsSync(indexPath) ? readFileSync(indexPath, 'utf8') : '';
  const chunks = readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .map((file) => {
      const bytes = readFileSync(join(assets, file));
      return {
        file,
        rawBytes: bytes.length,
        gzipBytes: gzipSync(bytes).length,
        startup: index.includes(`assets/${file}`),
        language: /^locale-([a-z]{2,3}(?:-[A-Za-z]+)?)-/.exec(file)?.[1] ?? null,
      };
    })
    .sort((a, b) => b.rawBytes - a.rawBytes);
  // Translations are budgeted apart (bench/budgets.ts): a person loads at most one of them.
  const code = chunks.filter((c) => c.language === null);
  const languages = chunks.filter((c) => c.language !== null);
  return {
    chunks,
    totalRawBytes: code.reduce((sum, c) => sum + c.rawBytes, 0),
    totalGzipBytes: code.reduce((sum, c) => sum + c.gzipBytes, 0),
    startupGzipBytes: chunks.reduce((sum, c) => sum + (c.startup ? c.gzipBytes : 0), 0),
    largestLanguageGzipBytes: Math.max(0, ...languages.map((c) => c.gzipBytes)),
    startupLanguageChunks: languages.filter((c) => c.startup).length,
  };
}
