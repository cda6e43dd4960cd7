import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium-path';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the e2e run's one Chromium listens for the test files (tests/helpers/browser.ts). */
    chromiumEndpoint: string;
  }
}

/**
 * The e2e project's global set-up: one Chromium for the whole run. Each session opens its own
 * context in it (a fresh profile: its own storage, cookies, permissions, viewport and locale),
 * which costs a fraction of starting a browser per session.
 */
export default async function startChromium(project: TestProject): Promise<() => Promise<void>> {
  const server = await chromium.launchServer({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return () => server.close();
}
