import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vitest/config';

// The conformance suite over HTTP (scripts/test-contract.mjs): plain Node and real fetch, no msw
// and no DOM, one file at a time because the scenarios share the target's state.
export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
    },
  },
  test: {
    environment: 'node',
    include: ['e2e/contract/**/*.contract.ts'],
    fileParallelism: false,
    sequence: { concurrent: false, shuffle: false },
    // A demo backend with injected latency, or a real one far away, is slower than a unit test.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
