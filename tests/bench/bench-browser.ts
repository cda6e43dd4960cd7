import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../helpers/chromium-path';
import { firstDrawSteps, type FirstDrawSteps } from './first-draw-steps';
import { awaitFirstDraw, recordFirstDraw, resourceTimings, type PageKind } from './page-probes';

export const VIEWPORT = { width: 1280, height: 800 } as const;

/** Headless Debian Chromium, software rendering, no background traffic; a fixed 1280x800 window. */
export function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, `--window-size=${VIEWPORT.width},${VIEWPORT.height}`],
  });
}

export interface MapPage {
  page: Page;
  /** Navigation to the first complete draw, in milliseconds. */
  firstDrawMs: number;
  steps: FirstDrawSteps;
  /** Every URL the page asked for, to check that none left 127.0.0.1. */
  requests: string[];
  pageErrors: string[];
  close(): Promise<void>;
}

/**
 * The Waymark preview's address carries a token that its first load trades for a cookie and a
 * redirect. The context makes that trade beforehand (its request API shares the context's
 * cookies), so the timed navigation is the page alone, as it was before the token and as the
 * peer's is; the address without the token is returned.
 */
async function tradeToken(context: BrowserContext, url: string): Promise<string> {
  const address = new URL(url);
  if (!address.searchParams.has('token')) return url;
  const response = await context.request.get(url, { maxRedirects: 0 });
  if (response.status() !== 303) throw new Error(`the preview refused its own token: ${response.status()}`);
  address.searchParams.delete('token');
  return address.href;
}

/** Opens `url` in a fresh context and waits for the map's first complete draw. */
export async function openMapPage(browser: Browser, kind: PageKind, url: string, timeoutMs = 180_000): Promise<MapPage> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const requests: string[] = [];
  const pageErrors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.addInitScript(recordFirstDraw, kind);
  await page.goto(await tradeToken(context, url));
  const firstDrawMs = await page.evaluate(awaitFirstDraw, timeoutMs);
  if (firstDrawMs === undefined) throw new Error(`no first draw on ${url}`);
  const steps = firstDrawSteps(kind, await page.evaluate(resourceTimings));
  return { page, firstDrawMs, steps, requests, pageErrors, close: () => context.close() };
}

/** JS heap in use after a full garbage collection, in MB. */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

/** URLs that did not go to 127.0.0.1 (data: and blob: URLs stay in the page). */
export const offHostRequests = (requests: readonly string[]): string[] =>
  requests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).hostname !== '127.0.0.1');
