/**
 * Three laptops edit one map live (issue 28): three preview servers (each its own "main", as
 * three laptops are), one Chromium with a context per laptop. The host shares its map with
 * "Edit together…"; two guests join from the start screen with the address and code. They
 * edit at once (cards, a stage, an emotion), one works apart, edits, reconnects; all three
 * show the same map and the host's file on disk validates with every edit in it.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreviewServer, type PreviewServer } from '../../main/preview/server';
import { parseJourneyText } from '../../shared/document/parse';
import { serializeJourney } from '../../shared/document/serialize';
import { emotionY } from '../../shared/layout/layout';
import { CHROMIUM, CHROMIUM_ARGS, previewAddress, recordedPage, SCREENSHOTS, waitForApp, WORKSHOP_WORKER } from '../helpers/browser';
import { cardsInView, gridJourney, layoutOf } from '../helpers/editor';

const RENDERER = new URL('../../out/renderer', import.meta.url).pathname;
const STAGES = ['Aware', 'Consider', 'Buy', 'Receive', 'Use', 'Support', 'Renew', 'Leave'];
const doc = gridJourney(STAGES, ['actions', 'emotions'], [[0, 0, 'Sees an ad']]);
const layout = layoutOf(doc);
const cellOf = (stage: number) => ({ x: layout.columns[stage]!.x + layout.columns[stage]!.width / 2, y: layout.lanes[0]!.y + layout.lanes[0]!.height - 16 });

interface Laptop { server: PreviewServer; folder: string; page: Page; pageErrors: string[] }

let browser: Browser;
const laptops: Laptop[] = [];
const temp: string[] = [];

async function laptop(): Promise<Laptop> {
  const folder = await mkdtemp(join(tmpdir(), 'waymark-coedit-'));
  temp.push(folder);
  const server = await startPreviewServer({ folder, rendererDir: RENDERER, workshopWorker: WORKSHOP_WORKER, userDataFolder: join(folder, '.user-data') });
  const context = await browser.newContext({ viewport: { width: 1920, height: 900 } });
  const { page, pageErrors } = await recordedPage(context);
  const made = { server, folder, page, pageErrors };
  laptops.push(made);
  return made;
}

async function at(page: Page, point: { x: number; y: number }): Promise<{ x: number; y: number }> {
  const box = await page.locator('.canvas-host').boundingBox();
  if (!box) throw new Error('no canvas');
  return { x: box.x + point.x, y: box.y + point.y };
}

async function addCard(page: Page, stage: number, text: string): Promise<void> {
  const p = await at(page, cellOf(stage));
  await page.mouse.dblclick(p.x, p.y);
  await page.keyboard.type(text);
  await page.keyboard.press('Control+Enter');
}

const label = (page: Page) => page.locator('.canvas-host').getAttribute('aria-label');
const texts = async (page: Page) => (await cardsInView(page)).sort();

describe('three laptops editing one map', () => {
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser.close();
    for (const entry of laptops) await entry.server.close();
    for (const folder of temp) await rm(folder, { recursive: true, force: true });
  });

  it('edits at once, works apart and comes back: all converge and the host file validates', async () => {
    const [host, ana, ben] = [await laptop(), await laptop(), await laptop()];
    const path = join(host.folder, 'team.journey');
    await writeFile(path, serializeJourney(doc));
    await host.page.goto(previewAddress(host.server.url, { open: path }));
    await expect.poll(() => host.page.title()).toBe('team — Waymark');

    // The host shares the map on loopback (the preview offers it, for tests).
    await host.page.getByRole('button', { name: 'Edit together…' }).click();
    await host.page.getByRole('radio', { name: /127\.0\.0\.1/ }).check();
    await host.page.getByRole('button', { name: 'Start editing together' }).click();
    const address = await host.page.locator('[data-coedit-address]').first().getAttribute('data-coedit-address');
    const code = await host.page.locator('[data-coedit-code]').getAttribute('data-coedit-code');
    await host.page.screenshot({ path: join(SCREENSHOTS, 'coedit-host-share.png') });
    await host.page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

    for (const guest of [ana, ben]) {
      await guest.page.goto(guest.server.url);
      await waitForApp(guest.page);
      await guest.page.getByLabel('Host’s address').fill(address ?? '');
      await guest.page.getByLabel('Code').fill(code ?? '');
      await guest.page.getByRole('button', { name: 'Join', exact: true }).click();
      await expect.poll(() => guest.page.locator('.canvas-host canvas').count(), { timeout: 20_000 }).toBeGreaterThan(0);
      await expect.poll(() => guest.page.locator('[data-coedit-connection]').getAttribute('data-coedit-connection')).toBe('online');
    }
    await expect.poll(() => host.page.locator('.coedit-bar').textContent()).toContain('2 other laptops');

    // At once: two cards, a stage and an emotion point from three laptops.
    const emotion = { x: layout.columns[2]!.x + layout.columns[2]!.width / 2, y: emotionY(layout.lanes[1]!, 1) };
    await Promise.all([
      addCard(host.page, 1, 'Host card'),
      addCard(ben.page, 4, 'Ben card'),
      (async () => {
        const p = await at(ana.page, emotion);
        await ana.page.mouse.dblclick(p.x, p.y);
        await addCard(ana.page, 2, 'Ana card');
        // Last: adding a stage scrolls Ana's view to it.
        await ana.page.getByRole('button', { name: 'Add stage' }).click();
      })(),
    ]);

    // Ben works apart, edits, and comes back while the host edits on.
    await ben.page.getByRole('button', { name: 'Work apart' }).click();
    await expect.poll(() => ben.page.locator('[data-coedit-connection]').getAttribute('data-coedit-connection')).toBe('offline');
    await addCard(ben.page, 3, 'Ben offline card');
    await addCard(host.page, 0, 'Host while Ben is away');
    await expect.poll(() => texts(host.page)).toContain('Host while Ben is away');
    expect(await texts(ben.page)).not.toContain('Host while Ben is away');
    await ben.page.screenshot({ path: join(SCREENSHOTS, 'coedit-guest-offline.png') });
    await ben.page.getByRole('button', { name: 'Reconnect' }).click();

    const expected = ['Ana card', 'Ben card', 'Ben offline card', 'Host card', 'Host while Ben is away', 'Sees an ad'];
    // Ana's view follows the stage she added: the cards in view are compared where the view is the same.
    for (const each of [host, ben]) await expect.poll(() => texts(each.page), { timeout: 20_000 }).toEqual(expected);
    const hostLabel = await label(host.page);
    expect(hostLabel).toContain('9 stages');
    for (const each of [ana, ben]) await expect.poll(() => label(each.page)).toBe(hostLabel);
    await host.page.screenshot({ path: join(SCREENSHOTS, 'coedit-host-converged.png') });
    await ana.page.screenshot({ path: join(SCREENSHOTS, 'coedit-guest-converged.png') });

    // The host's autosave writes its file; it validates and holds every laptop's edits.
    await expect.poll(async () => parseJourneyText(await readFile(path, 'utf8')).cards.map((c) => c.text).sort(), { timeout: 20_000 }).toEqual(expected);
    const saved = parseJourneyText(await readFile(path, 'utf8'));
    expect(saved.stages).toHaveLength(9);
    expect(saved.emotionPoints.some((point) => point.stageId === doc.stages[2]!.id)).toBe(true);
    // Undo takes back only your own change: the host's last card goes everywhere, the others' stay.
    await host.page.locator('.canvas-host').focus();
    await host.page.keyboard.press('Control+z');
    const undone = expected.filter((text) => text !== 'Host while Ben is away');
    for (const each of [host, ben]) await expect.poll(() => texts(each.page), { timeout: 20_000 }).toEqual(undone);
    // Guests never wrote the host's file: their maps are untitled.
    for (const each of [ana, ben]) expect(await each.page.title()).not.toContain('team');
    for (const each of [host, ana, ben]) expect(each.pageErrors).toEqual([]);
  }, 180_000);
});
