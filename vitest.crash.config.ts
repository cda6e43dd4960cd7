import { defineConfig } from 'vitest/config';

/** `npm run test:crash`: the long fault-injection run (1,000 SIGKILLs); `npm test` runs 200. */
export default defineConfig({
  test: {
    include: ['tests/e2e/crash-save.test.ts'],
    environment: 'node',
    env: { WAYMARK_CRASH_KILLS: '1000' },
    testTimeout: 900_000,
    hookTimeout: 60_000,
  },
});
