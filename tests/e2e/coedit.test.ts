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
import { axeViolations } from '../helpers/axe';
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

/** Presses Tab until the focused control's name matches: the control is reachable by keyboard. */
async function tabTo(page: Page, name: RegExp): Promise<void> {
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const active = document.activeElement;
      const labelled = active?.getAttribute('aria-labelledby');
      return active?.getAttribute('aria-label') ?? (labelled ? document.getElementById(labelled)?.textContent : null) ?? (active instanceof HTMLInputElement ? active.labels?.[0]?.textContent : null) ?? active?.textContent ?? '';
    });
    if (name.test(focused ?? '')) return;
  }
  throw new Error(`no control named ${String(name)} within 80 Tabs`);
}

/** The texts of the other laptops' presence drawn on the canvas (name tags, "… is typing"). */
const presenceDrawn = (page: Page) => page.evaluate(() => {
  type Node = { text?: () => string; getParent(): { name(): string } | null };
  const stage = (window as unknown as { Konva: { stages: { find(s: string): Node[] }[] } }).Konva.stages[0];
  return (stage?.find('Text') ?? []).filter((n) => n.getParent()?.name().startsWith('presence')).map((n) => n.text?.() ?? '').sort();
});
const texts = async (page: Page) => (await cardsInView(page)).sort();

interface DrawnLayer { on(event: string, listener: () => void): void; findOne(selector: string): unknown; name(): string }
interface WithCounts { layerDraws: { content: number; live: number } }
/** From now on, counts how often the page draws its cards' layer and its layer of live marks. */
const countLayerDraws = (page: Page) => page.evaluate(() => {
  const stage = (window as unknown as { Konva: { stages: { getLayers(): DrawnLayer[] }[] } }).Konva.stages[0]!;
  const counts = { content: 0, live: 0 };
  for (const layer of stage.getLayers()) {
    if (layer.findOne('.canvas-content')) layer.on('draw', () => void (counts.content += 1));
    if (layer.name() === 'live-marks') layer.on('draw', () => void (counts.live += 1));
  }
  (window as unknown as WithCounts).layerDraws = counts;
});
const layerDraws = (page: Page) => page.evaluate(() => ({ ...(window as unknown as WithCounts).layerDraws }));
/** Where the other laptop's pointer is drawn, in map coordinates (null: not drawn). */
const peerPointer = (page: Page) => page.evaluate(() => {
  const stage = (window as unknown as { Konva: { stages: { findOne(s: string): { x(): number; y(): number } | undefined }[] } }).Konva.stages[0];
  const pointer = stage?.findOne('.presence-pointer');
  return pointer ? { x: pointer.x(), y: pointer.y() } : null;
});

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
    await host.page.getByLabel('Your name (the others see it)').fill('Hana');
    await host.page.getByRole('radio', { name: /127\.0\.0\.1/ }).check();
    await host.page.getByRole('button', { name: 'Start editing together' }).click();
    const address = await host.page.locator('[data-coedit-address]').first().getAttribute('data-coedit-address');
    const code = await host.page.locator('[data-coedit-code]').getAttribute('data-coedit-code');
    await host.page.screenshot({ path: join(SCREENSHOTS, 'coedit-host-share.png') });
    await host.page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

    for (const [guest, name] of [[ana, 'Ana'], [ben, 'Ben']] as const) {
      await guest.page.goto(guest.server.url);
      await waitForApp(guest.page);
      await guest.page.getByLabel('Your name (the others see it)').fill(name);
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

  it('shows who is here: B\'s selection, pointer and typing at A, the card held while B types; reachable and labelled', async () => {
    const [host, ben] = [await laptop(), await laptop()];
    const path = join(host.folder, 'presence.journey');
    await writeFile(path, serializeJourney(doc));
    await host.page.goto(previewAddress(host.server.url, { open: path }));
    await expect.poll(() => host.page.title()).toBe('presence — Waymark');

    // Edit together… is reached with Tab and opened with Enter; the dialog asks the name once.
    await host.page.locator('.canvas-host').focus();
    await tabTo(host.page, /^Edit together…$/);
    await host.page.keyboard.press('Enter');
    const dialog = host.page.getByRole('dialog');
    await dialog.getByLabel('Your name (the others see it)').fill('Hana');
    await dialog.getByRole('radio', { name: /127\.0\.0\.1/ }).check();
    expect(await axeViolations(host.page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Start editing together' }).click();
    const address = await host.page.locator('[data-coedit-address]').first().getAttribute('data-coedit-address');
    const code = await host.page.locator('[data-coedit-code]').getAttribute('data-coedit-code');
    expect(await axeViolations(host.page)).toEqual([]);
    await host.page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);

    // Ben joins from the start screen by keyboard alone.
    await ben.page.goto(ben.server.url);
    await waitForApp(ben.page);
    expect(await axeViolations(ben.page)).toEqual([]);
    await tabTo(ben.page, /Your name/);
    await ben.page.keyboard.type('Ben');
    await ben.page.keyboard.press('Tab');
    await ben.page.keyboard.type(address ?? '');
    await ben.page.keyboard.press('Tab');
    await ben.page.keyboard.type(code ?? '');
    await ben.page.keyboard.press('Enter');
    await expect.poll(() => ben.page.locator('[data-coedit-connection]').getAttribute('data-coedit-connection'), { timeout: 20_000 }).toBe('online');

    // Who is here, in the bar of each, labelled for screen readers; one laptop, in the singular.
    const hostBar = host.page.getByRole('region', { name: 'Editing together' });
    await expect.poll(() => hostBar.textContent()).toContain('1 other laptop connected');
    await expect.poll(() => hostBar.getByRole('list', { name: '2 people editing this map' }).textContent()).toContain('Ben');
    await expect.poll(() => ben.page.getByRole('list', { name: '2 people editing this map' }).textContent()).toContain('Hana');
    expect(await axeViolations(host.page)).toEqual([]);
    expect(await axeViolations(ben.page)).toEqual([]);
    await ben.page.locator('.canvas-host').focus();
    await tabTo(ben.page, /^Work apart$/);

    // Ben selects the card: Hana sees it outlined with his name, and his pointer.
    const card = layout.cards[0]!;
    const onCard = await at(ben.page, { x: card.x + card.width / 2, y: card.y + card.height / 2 });
    await ben.page.mouse.click(onCard.x, onCard.y);
    await expect.poll(() => presenceDrawn(host.page)).toEqual(['Ben', 'Ben']);

    // His pointer moves on a layer of its own: Hana's cards are not drawn again for it.
    await countLayerDraws(host.page);
    let last = await peerPointer(host.page);
    for (const step of [1, 2, 3]) {
      await ben.page.mouse.move(onCard.x + step * 40, onCard.y + step * 10);
      await expect.poll(async () => JSON.stringify(await peerPointer(host.page))).not.toBe(JSON.stringify(last));
      last = await peerPointer(host.page);
    }
    // Konva draws a changed layer at the next frame (moves may share one): let those frames pass.
    await host.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const draws = await layerDraws(host.page);
    expect(draws.content).toBe(0);
    expect(draws.live).toBeGreaterThanOrEqual(1);

    // Ben types in it: Hana sees "Ben is typing", and opening the card asks her to wait.
    await ben.page.mouse.dblclick(onCard.x, onCard.y);
    await ben.page.keyboard.type(' on the bus');
    await expect.poll(() => presenceDrawn(host.page)).toContain('Ben is typing');
    await expect.poll(() => hostBar.textContent()).toContain('Ben is typing');
    const hostOnCard = await at(host.page, { x: card.x + card.width / 2, y: card.y + card.height / 2 });
    await host.page.mouse.move(hostOnCard.x + 200, hostOnCard.y + 40);
    await host.page.screenshot({ path: join(SCREENSHOTS, 'coedit-presence-host.png') });
    await host.page.mouse.dblclick(hostOnCard.x, hostOnCard.y);
    const lock = host.page.getByRole('dialog', { name: 'Ben is typing in this card' });
    await expect.poll(() => lock.count()).toBe(1);
    expect(await host.page.locator('.canvas-host textarea').count()).toBe(0);
    expect(await axeViolations(host.page)).toEqual([]);
    await host.page.screenshot({ path: join(SCREENSHOTS, 'coedit-presence-lock.png') });

    // Ben stops typing: after a few idle seconds the card is free and opens for Hana by itself.
    await expect.poll(() => lock.count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => host.page.locator('.canvas-host textarea').count()).toBe(1);
    await host.page.keyboard.press('Escape');

    // Ben types again, then drops off the network: his selection, pointer and hold go at once.
    await ben.page.keyboard.type('!');
    await expect.poll(() => presenceDrawn(host.page)).toContain('Ben is typing');
    await ben.page.getByRole('button', { name: 'Work apart' }).click();
    await expect.poll(() => presenceDrawn(host.page), { timeout: 4_000 }).toEqual([]);
    await expect.poll(() => hostBar.textContent()).not.toContain('Ben');
    await host.page.mouse.dblclick(hostOnCard.x, hostOnCard.y);
    await expect.poll(() => host.page.locator('.canvas-host textarea').count()).toBe(1);
    expect(await lock.count()).toBe(0);
    // Presence is session state: nothing of it is in the host's file.
    await host.page.keyboard.press('Escape');
    await expect.poll(async () => (await readFile(path, 'utf8')).length).toBeGreaterThan(0);
    expect(await readFile(path, 'utf8')).not.toMatch(/Hana|"Ben"/);
    for (const each of [host, ben]) expect(each.pageErrors).toEqual([]);
  }, 180_000);
});
