// renderer/index.html must carry the same policy as the header the main process sends:
// for file:// pages the <meta> tag is what Chromium reliably enforces.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, parseCsp } from '../../../electron/shared/csp';

const html = readFileSync(resolve(import.meta.dirname, '../../../renderer/index.html'), 'utf8');

function cspMetaContents(source: string): string[] {
  const found: string[] = [];
  for (const [tag] of source.matchAll(/<meta\b[^>]*>/gis)) {
    if (!/http-equiv\s*=\s*["']content-security-policy["']/i.test(tag)) continue;
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/is.exec(tag);
    found.push((content?.[1] ?? content?.[2] ?? '').replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"'));
  }
  return found;
}

describe('renderer/index.html CSP meta tag', () => {
  const metas = cspMetaContents(html);

  it('has exactly one Content-Security-Policy meta tag', () => {
    expect(metas).toHaveLength(1);
  });

  it('equals the exported policy (line breaks and spacing aside)', () => {
    const meta = (metas[0] ?? '')
      .replace(/\s+/g, ' ')
      .replace(/\s*;\s*/g, '; ')
      .trim();
    // The directive maps first: their diff shows which directive differs.
    expect(parseCsp(meta)).toEqual(parseCsp(CONTENT_SECURITY_POLICY));
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
  });

  it('comes before any script in the document', () => {
    const metaAt = html.search(/http-equiv\s*=\s*["']content-security-policy["']/i);
    const scriptAt = html.search(/<script\b/i);
    expect(metaAt).toBeGreaterThan(-1);
    if (scriptAt !== -1) expect(metaAt).toBeLessThan(scriptAt);
  });
});
