import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@assets': resolve(import.meta.dirname, 'assets') } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    // Property tests run thousands of cases; on a shared 2-core machine the default 5 s is too tight.
    testTimeout: 30_000,
  },
});
