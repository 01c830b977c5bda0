// Size of the JavaScript a person's machine loads: every chunk, raw and gzip-compressed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Chunk {
  file: string;
  rawBytes: number;
  gzipBytes: number;
}

export interface BundleResult {
  chunks: Chunk[];
  totalRawBytes: number;
  totalGzipBytes: number;
}

/** Measures `dir/assets/*.js`, largest first; gzip at zlib's default level, as a web server sends it. */
export function measureBundle(dir: string): BundleResult {
  const assets = join(dir, 'assets');
  const chunks = readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .map((file) => {
      const bytes = readFileSync(join(assets, file));
      return { file, rawBytes: bytes.length, gzipBytes: gzipSync(bytes).length };
    })
    .sort((a, b) => b.rawBytes - a.rawBytes);
  return {
    chunks,
    totalRawBytes: chunks.reduce((sum, c) => sum + c.rawBytes, 0),
    totalGzipBytes: chunks.reduce((sum, c) => sum + c.gzipBytes, 0),
  };
}
