import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { generateJourney } from '../bench/generate-journey';
import { openPreview, RENDERER, type PreviewSession } from '../helpers/browser';
import { cardsInView, openPreviewOn } from '../helpers/editor';

/** Text that only each deferred library's code holds, whichever chunk the bundler puts it in. */
const DEFERRED = {
  yjs: 'Yjs was already imported',
  templates: 'Retail: running shoes, online to store',
  qrCode: 'Invalid version: ',
} as const;
type Deferred = keyof typeof DEFERRED;

/** Which of the deferred libraries the scripts this page has loaded so far contain. */
async function deferredLoaded(page: Page): Promise<Deferred[]> {
  const scripts = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.endsWith('.js')));
  expect(scripts.length).toBeGreaterThan(0);
  const code = await Promise.all(scripts.map((path) => readFile(join(RENDERER, path), 'utf8')));
  return (Object.keys(DEFERRED) as Deferred[]).filter((name) => code.some((text) => text.includes(DEFERRED[name])));
}

/**
 * The first draw waits for the app's code to be parsed: co-editing (Yjs), the template library
 * and the QR code drawer are chunks of their own, loaded when they are first needed.
 */
describe('code the first draw does not need', () => {
  let session: PreviewSession | null = null;
  afterEach(async () => {
    expect(session?.pageErrors).toEqual([]);
    await session?.close();
    session = null;
  });

  it('is not loaded to open a map from a file', async () => {
    ({ session } = await openPreviewOn(generateJourney({ cards: 200, seed: 3 })));
    await expect.poll(() => cardsInView(session!.page).then((cards) => cards.length)).toBeGreaterThan(0);
    expect(await deferredLoaded(session.page)).toEqual([]);
  });

  it('is loaded when needed: the start screen brings the templates, and only them', async () => {
    session = await openPreview();
    await expect.poll(() => session!.page.locator('.template-card').count()).toBeGreaterThan(0);
    expect(await deferredLoaded(session.page)).toEqual(['templates']);
  });
});
