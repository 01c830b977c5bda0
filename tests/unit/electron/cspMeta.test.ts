// The page must carry the same policy as the header the main process sends: for file://
// pages the <meta> tag is what Chromium reliably enforces. renderer/index.html holds a
// placeholder (or the literal policy); the build's 'hepatic-csp' plugin in
// electron.vite.config.ts writes the exported policy in. Both halves are checked here.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY, parseCsp } from '../../../electron/shared/csp';
import viteConfig from '../../../electron.vite.config';

const PLACEHOLDER = 'CSP_PLACEHOLDER';
const sourceHtml = readFileSync(resolve(import.meta.dirname, '../../../renderer/index.html'), 'utf8');

function cspMetaContents(html: string): string[] {
  const found: string[] = [];
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gis)) {
    if (!/http-equiv\s*=\s*["']content-security-policy["']/i.test(tag)) continue;
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/is.exec(tag);
    found.push((content?.[1] ?? content?.[2] ?? '').replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"'));
  }
  return found;
}

/** A <meta> policy cannot express frame-ancestors (Chromium ignores it there), so it may be left out. */
function asMetaDirectives(policy: string): Map<string, string> {
  const directives = parseCsp(policy);
  directives.delete('frame-ancestors');
  return directives;
}

type Hook<A extends unknown[], R> = ((...args: A) => R) | { handler: (...args: A) => R };
type CspPlugin = {
  name: string;
  configResolved?: Hook<[{ command: 'build' | 'serve' }], unknown>;
  transformIndexHtml?: Hook<[string, unknown], unknown>;
};

function call<A extends unknown[], R>(hook: Hook<A, R> | undefined, ...args: A): R | undefined {
  if (!hook) return undefined;
  return typeof hook === 'function' ? hook(...args) : hook.handler(...args);
}

/** Runs the renderer's HTML plugins the way `vite build` (or `vite serve`) would. */
async function transformed(command: 'build' | 'serve'): Promise<string> {
  const config = viteConfig as unknown as { renderer?: { plugins?: unknown[] } };
  const plugins = (config.renderer?.plugins ?? []).flat(3) as CspPlugin[];
  const plugin = plugins.find((p) => p?.name === 'hepatic-csp');
  if (!plugin) return sourceHtml; // no plugin: the source must then carry the literal policy
  call(plugin.configResolved, { command });
  const result = await call(plugin.transformIndexHtml, sourceHtml, {});
  return typeof result === 'string' ? result : sourceHtml;
}

describe('renderer/index.html CSP meta tag', () => {
  const metas = cspMetaContents(sourceHtml);

  it('has exactly one Content-Security-Policy meta tag, before any script', () => {
    expect(metas).toHaveLength(1);
    const metaAt = sourceHtml.search(/http-equiv\s*=\s*["']content-security-policy["']/i);
    const scriptAt = sourceHtml.search(/<script\b/i);
    if (scriptAt !== -1) expect(metaAt).toBeLessThan(scriptAt);
  });

  it('holds the exported policy or the placeholder the build replaces', () => {
    const content = (metas[0] ?? '').trim();
    if (content !== PLACEHOLDER)
      expect(asMetaDirectives(content)).toEqual(asMetaDirectives(CONTENT_SECURITY_POLICY));
  });

  it('the built page carries exactly the exported policy', async () => {
    const built = cspMetaContents(await transformed('build'));
    expect(built).toHaveLength(1);
    expect(built[0]).not.toContain(PLACEHOLDER);
    expect(asMetaDirectives(built[0] ?? '')).toEqual(asMetaDirectives(CONTENT_SECURITY_POLICY));
  });

  it('the dev server page differs only by the React Refresh allowance', async () => {
    const served = cspMetaContents(await transformed('serve'));
    expect(asMetaDirectives(served[0] ?? '')).toEqual(asMetaDirectives(DEV_CONTENT_SECURITY_POLICY));
  });
});
