// Shared test settings. graphql must be one module instance: Node loads its CommonJS build for every
// importer, and so must the tests (Vite would otherwise hand ESM importers the .mjs build).
import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each file opens its own database; two at a time keep a 2-core machine busy without thrashing.
    maxWorkers: 2,
  },
});
