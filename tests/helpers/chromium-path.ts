import { detectSystem, findChromium } from '../preflight/system-tools.mjs';

/** The browser `npm test`'s preflight found (tests/preflight): CHROMIUM_PATH, the system's Chromium, Chrome or Edge, or Playwright's. */
export const CHROMIUM = findChromium(detectSystem()).path ?? '/usr/bin/chromium';

/**
 * The browser's own address-bar popup, a WebUI page since Chromium ~140: every new context's
 * window loads it in the background (some 400 chrome:// modules), which cost 0.7 s of CPU per
 * context on a 2-core machine, competing with the page under test. Electron has no address bar.
 */
const NO_OMNIBOX_POPUP = '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup';

/** Headless Chromium on these machines: no sandbox or GPU, no traffic of its own, no browser UI pages. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', NO_OMNIBOX_POPUP];
