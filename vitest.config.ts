import { defineConfig } from 'vitest/config';

/**
 * unit: node tests of shared/, main/ and renderer state, on real temp folders.
 * e2e: needs `npm run build` first: the CLI, packaging, and the built renderer in Debian's
 * Chromium through the preview server.
 */
export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'test-output/vitest-results.json' },
    projects: [
      // Generous limits: CI machines have two cores and the suites run side by side. Speed is
      // measured by the benchmark, never by these timeouts.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000, expect: { poll: { timeout: 10_000 } } } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
