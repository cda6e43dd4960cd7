import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { HeavyFirstSequencer } from './tests/helpers/heavy-first-sequencer';

/**
 * Test files at once, unit and e2e from one pool: on a two-core CI machine two, so a browser
 * test waiting on Chromium leaves the other core to a unit file. (Vitest's default, cores - 1,
 * ran every file one after another there.) Both projects must name the same number to share
 * the pool.
 */
const FILES_AT_ONCE = Number(process.env['WAYMARK_FILES_AT_ONCE'] ?? Math.max(2, availableParallelism() - 1));

/** Unit files that replace a module with vi.mock: they must not share their modules. */
const MOCKING = ['tests/unit/app-hardening.test.ts'];
const unit = {
  include: ['tests/unit/**/*.test.ts'], environment: 'node' as const, maxWorkers: FILES_AT_ONCE, testTimeout: 30_000, expect: { poll: { timeout: 10_000 } },
};

/**
 * unit: node tests of shared/, main/ and renderer state, on real temp folders.
 * e2e: needs `npm run build` first: the CLI, packaging, and the built renderer in Debian's
 * Chromium through the preview server.
 */
export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'test-output/vitest-results.json' },
    sequence: { sequencer: HeavyFirstSequencer },
    projects: [
      // Generous limits: CI machines have two cores and the suites run side by side. Speed is
      // measured by the benchmark, never by these timeouts.
      // A worker's files share their modules (isolate: false): importing them anew for every file
      // cost about a third of the suite. A file that mocks a module runs in a fork of its own.
      { test: { ...unit, name: 'unit', exclude: MOCKING, isolate: false } },
      { test: { ...unit, name: 'unit-mocks', include: MOCKING, isolate: true } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // One Chromium for the run; every session is a fresh context in it.
          globalSetup: ['tests/helpers/chromium-server.ts'],
          environment: 'node',
          // A test that runs a dozen CLI processes took 60 s on a 2-core machine under load.
          testTimeout: 120_000,
          hookTimeout: 60_000,
          // Each file has its own folders, preview server and browser contexts; a session that
          // uses the clipboard (the browser's, shared by its contexts) gets a browser of its own.
          maxWorkers: FILES_AT_ONCE,
          // As unit: Playwright, main's services and the schemas are imported once per worker.
          isolate: false,
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
