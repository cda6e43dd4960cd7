import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { startPreviewServer, type PreviewServer } from '../../main/preview/server';

import { CHROMIUM, CHROMIUM_ARGS } from './chromium-path';

export { CHROMIUM, CHROMIUM_ARGS };
// Apart, so the bench can use it without this module's vitest hooks.
export { previewAddress } from './preview-address';
import { previewAddress } from './preview-address';
const IMPORT_WORKER = new URL('../../out/cli/import-worker.js', import.meta.url);
/** The built workshop thread: the preview runs the live workshop there, as the app does. */
export const WORKSHOP_WORKER = new URL('../../out/cli/workshop-worker.js', import.meta.url);
export const SCREENSHOTS = new URL('../../test-output/screenshots/', import.meta.url).pathname;
/** The built renderer the preview serves. */
export const RENDERER = new URL('../../out/renderer', import.meta.url).pathname;

export interface PreviewSession {
  server: PreviewServer;
  context: BrowserContext;
  page: Page;
  folder: string;
  /** The preview's user-data folder (settings.json, recovery/). */
  userData: string;
  /** Every URL the page asked for, to prove it never leaves 127.0.0.1. */
  requests: string[];
  pageErrors: string[];
  close(): Promise<void>;
}

/** The preview server over `folder` as the tests run it: the built renderer and workers, user data in `userDataFolder`. */
export const previewServerOptions = (folder: string, userDataFolder: string) => ({ folder, rendererDir: RENDERER, importWorker: IMPORT_WORKER, workshopWorker: WORKSHOP_WORKER, userDataFolder });

export interface PreviewOptions {
  viewport?: { width: number; height: number };
  locale?: string;
  clipboard?: boolean;
  /** Writes a file into the preview's folder and answers its path: the page opens it at launch. */
  launch?: (folder: string) => Promise<string>;
}

/**
 * The built renderer served by the real preview server over a temp folder, in Debian's
 * Chromium with a fresh profile and no background networking.
 */
export async function openPreview(options: PreviewOptions = {}): Promise<PreviewSession> {
  const folder = await mkdtemp(join(tmpdir(), 'waymark-e2e-'));
  const userData = await mkdtemp(join(tmpdir(), 'waymark-user-data-'));
  // Imports are read in the bundled worker, as in the app.
  const server = await startPreviewServer(previewServerOptions(folder, userData));
  // The clipboard is the browser's, shared by all its contexts: a session using it gets its own.
  const browser = options.clipboard ? await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS }) : await sharedChromium();
  const { context, page, requests, pageErrors } = await contextIn(browser, options.viewport, options.locale);
  if (options.clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
  // A map to open at launch is the first page load (loading the app twice cost a second a test).
  const launch = await options.launch?.(folder);
  await page.goto(launch ? previewAddress(server.url, { open: launch }) : server.url);
  await waitForApp(page);
  await mkdir(SCREENSHOTS, { recursive: true });
  return {
    server, context, page, folder, userData, requests, pageErrors,
    async close() {
      await context.close();
      if (options.clipboard) await browser.close();
      await server.close();
      await rm(folder, { recursive: true, force: true });
      await rm(userData, { recursive: true, force: true });
    },
  };
}


/** Until the app has drawn its first screen: it mounts after its own chunk, the language and the fonts arrive, which can be after the page's load event. */
/** Closes a session a test opened itself (at a size or in a language of its own); the test fails if its page threw. */
export async function closeChecked(session: PreviewSession | null): Promise<void> {
  if (!session) return;
  const { pageErrors } = session;
  await session.close();
  expect(pageErrors).toEqual([]);
}

export async function waitForApp(page: Page): Promise<void> {
  await page.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0);
}

/** The context's first page, noting every URL it asks for and every error it throws. */
export async function recordedPage(context: BrowserContext): Promise<{ page: Page; requests: string[]; pageErrors: string[] }> {
  const page = context.pages()[0] ?? (await context.newPage());
  const requests: string[] = [];
  const pageErrors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { page, requests, pageErrors };
}

/**
 * The run's one Chromium (started by tests/helpers/chromium-server.ts), connected once per
 * worker: browser files share their modules within a worker (isolate: false), so this
 * connection serves every file the worker runs, and ends with the worker.
 */
let connected: Promise<Browser> | null = null;
async function sharedChromium(): Promise<Browser> {
  const browser = await (connected ??= chromium.connect(inject('chromiumEndpoint')));
  if (browser.isConnected()) return browser;
  connected = null;
  return sharedChromium();
}

/**
 * A fresh profile in the run's Chromium (its own storage, cookies and permissions), with the
 * window size and OS languages (navigator.languages) given, recording requests and page errors.
 */
export async function openContext(viewport?: { width: number; height: number }, locale?: string, options: BrowserContextOptions = {}) {
  return contextIn(await sharedChromium(), viewport, locale, options);
}

async function contextIn(browser: Browser, viewport = { width: 1440, height: 900 }, locale?: string, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ viewport, ...(locale ? { locale } : {}), ...options });
  return { context, ...(await recordedPage(context)) };
}

/** Page coordinates of a point given in map content coordinates (no scroll). */
export async function canvasPoint(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
  const box = await page.locator('.canvas-host').boundingBox();
  if (!box) throw new Error('no canvas on the page');
  return { x: box.x + x, y: box.y + y };
}

/** Requests that left 127.0.0.1 (the page's own server) or inline data: there must be none. */
export const requestsLeavingLoopback = (requests: readonly string[]): string[] =>
  requests.filter((url) => !/^http:\/\/127\.0\.0\.1:\d+\//.test(url) && !url.startsWith('data:') && !url.startsWith('blob:'));
