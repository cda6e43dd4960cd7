import { detectSystem, findChromium } from '../preflight/system-tools.mjs';

/** The browser `npm test`'s preflight found (tests/preflight): CHROMIUM_PATH, the system's Chromium, Chrome or Edge, or Playwright's. */
export const CHROMIUM = findChromium(detectSystem()).path ?? '/usr/bin/chromium';

/** Headless Chromium on these machines: no sandbox or GPU, and no traffic of its own. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
