import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY } from './electron/shared/csp';

/** Policies a <meta> tag may carry: browsers ignore frame-ancestors there and warn about it. */
export function metaPolicy(policy: string): string {
  return policy
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part && !part.startsWith('frame-ancestors'))
    .join('; ');
}

/** `assets/locales/de/app.json` → `locale-de`; English stays in the start-up code, everything else as it was. */
export function localeChunkName(moduleId: string): string | null {
  const language = /[\\/]assets[\\/]locales[\\/]([a-z]{2,3}(?:-[A-Za-z]+)?)[\\/][^\\/]+\.json$/.exec(
    moduleId,
  )?.[1];
  return language && language !== 'en' ? `locale-${language}` : null;
}

/** Writes the app's one CSP into index.html: strict in the build, React Refresh allowed in dev. */
function contentSecurityPolicy(): Plugin {
  let serving = false;
  return {
    name: 'hepatic-csp',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    transformIndexHtml(html) {
      const policy = metaPolicy(serving ? DEV_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY);
      return html.replace('CSP_PLACEHOLDER', policy);
    },
  };
}

// One build for the three parts of the app. Main comes out as an ES module; the preload is
// forced to CommonJS (.cjs), the only format a sandboxed preload can run. The renderer is a
// plain web page with relative asset paths, so it loads over app:// in Electron and over
// http in a browser.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: { input: { index: resolve(import.meta.dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    publicDir: false,
    resolve: { alias: { '@assets': resolve(import.meta.dirname, 'assets') } },
    plugins: [react(), contentSecurityPolicy()],
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      minify: true,
      chunkSizeWarningLimit: 2000,
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'renderer/index.html') },
        // One chunk per translated language (all its files), loaded only when a person chooses it.
        output: { codeSplitting: { groups: [{ name: localeChunkName }] } },
      },
    },
  },
});
