import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Builds the baseline page into out/bench-empty with the same bundler settings as the renderer.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  publicDir: false,
  logLevel: 'warn',
  plugins: [react()],
  build: {
    outDir: resolve(import.meta.dirname, '../../out/bench-empty'),
    emptyOutDir: true,
    minify: true,
    chunkSizeWarningLimit: 2000,
  },
});
