import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { journeyFrom } from '../helpers/journeys';
import { openContext, openPreview, type PreviewSession } from '../helpers/browser';

describe('the preview in Chromium: the printed address is the only way in', () => {
  let session: PreviewSession | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('the address with the token leaves an HttpOnly, SameSite=Strict cookie and a clean address; the app works through it', async () => {
    session = await openPreview();
    const { page, server, context } = session;
    const origin = new URL(server.url).origin;
    expect(page.url()).toBe(`${origin}/`);
    const cookies = await context.cookies(origin);
    expect(cookies).toEqual([expect.objectContaining({ name: `waymark-preview-${new URL(origin).port}`, path: '/', httpOnly: true, sameSite: 'Strict' })]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    // The app is up, and its API answers a page that has the cookie, in a new tab too.
    expect(await page.getByRole('heading', { name: 'Start a journey map' }).isVisible()).toBe(true);
    const tab = await context.newPage();
    expect((await tab.goto(`${origin}/`))?.status()).toBe(200);
    const answer = await tab.evaluate(async () => (await fetch('/api/getPreferences', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json());
    expect(answer).toMatchObject({ ok: true });
    await tab.close();
  });

  it('a browser without the token gets 403 for the page and the API, and nothing is written', async () => {
    session = await openPreview();
    const origin = new URL(session.server.url).origin;
    const stranger = await openContext();
    try {
      const response = await stranger.page.goto(`${origin}/`);
      expect(response?.status()).toBe(403);
      const wrong = await stranger.page.goto(`${origin}/?token=guess`);
      expect(wrong?.status()).toBe(403);
      const path = join(session.folder, 'planted.journey');
      const status = await stranger.page.evaluate(async ({ path, document }) => {
        const saved = await fetch('/api/saveJourney', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ path, document }) });
        const listed = await fetch('/preview/files');
        return [saved.status, listed.status];
      }, { path, document: journeyFrom('blank') });
      expect(status).toEqual([403, 403]);
      expect(await readdir(session.folder)).toEqual([]);
      expect(await stranger.context.cookies(origin)).toEqual([]);
    } finally {
      await stranger.context.close();
    }
  });
});
