import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeLayout, emotionY } from '../../shared/layout/layout';
import { estimateLines, METRICS } from '../../shared/layout/metrics';
import { journeyFrom } from '../helpers/journeys';
import { canvasPoint, openPreview, SCREENSHOTS, type PreviewSession } from '../helpers/browser';

const fixture = await readFile(new URL('../fixtures/v1/bike-sharing.journey', import.meta.url), 'utf8');
/** The middle of the first lane's cell in stage `index`, in map coordinates. */
const cellCentre = (stageIndex: number) => ({ x: METRICS.laneHeaderWidth + METRICS.stageWidth * stageIndex + METRICS.stageWidth / 2, y: METRICS.stageHeaderHeight + 40 });

describe('a consultant’s first journey, in Chromium through the preview server', () => {
  let session: PreviewSession;
  beforeEach(async () => {
    session = await openPreview();
  });
  afterEach(async () => {
    expect(session.pageErrors).toEqual([]);
    // Zero network requests: everything the page loads comes from the preview server.
    const origin = new URL(session.server.url).origin;
    expect(session.requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'))).toEqual([]);
    await session.close();
  });

  it('creates a map from the 5-stage template, adds a card, saves, reopens, and finds the text on disk and on the canvas', async () => {
    const { page, folder } = session;
    await page.getByRole('button', { name: /Buyer journey \(5 stages\)/ }).click();
    const title = page.getByRole('textbox', { name: 'Journey title' });
    await title.fill('Café loyalty — Zażółć');
    await title.press('Enter');

    const cell = await canvasPoint(page, cellCentre(0).x, cellCentre(0).y);
    await page.mouse.dblclick(cell.x, cell.y);
    const editor = page.getByRole('textbox', { name: 'Card text' });
    await expect.poll(() => editor.isVisible()).toBe(true);
    await page.keyboard.type('Sees a poster in the café window');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('cards-in-view').textContent()).toContain('Sees a poster in the café window');
    await expect.poll(() => page.title()).toBe('• Untitled journey — Waymark');

    await page.getByRole('application').focus();
    await page.keyboard.press('Control+s');
    const dialog = page.getByRole('dialog', { name: 'Save the journey as' });
    await dialog.getByRole('textbox', { name: 'File name' }).fill('Loyalty workshop');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByTestId('save-status').textContent()).toMatch(/^Saved at/);
    await expect.poll(() => page.title()).toBe('Loyalty workshop — Waymark');

    const path = join(folder, 'Loyalty workshop.journey');
    const onDisk = JSON.parse(await readFile(path, 'utf8'));
    expect(onDisk.journey.title).toBe('Café loyalty — Zażółć');
    expect(onDisk.cards).toHaveLength(1);
    expect(onDisk.cards[0]).toMatchObject({ text: 'Sees a poster in the café window', stageId: onDisk.stages[0].id, laneId: onDisk.lanes[0].id });
    expect(onDisk.stages.map((s: { name: string }) => s.name)).toEqual(['Awareness', 'Consideration', 'Purchase', 'Retention', 'Advocacy']);
    expect(onDisk.lanes.map((l: { kind: string }) => l.kind)).toEqual(['actions', 'touchpoints', 'emotions', 'opportunities']);

    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: /Loyalty workshop/ }).click();
    await expect.poll(() => page.getByTestId('cards-in-view').textContent()).toContain('Sees a poster in the café window');
    await expect.poll(() => title.inputValue()).toBe('Café loyalty — Zażółć');
    await page.screenshot({ path: join(SCREENSHOTS, 'foundation-roundtrip.png') });
  });

  it('drags an emotion point up, saves the new value, and undoes it as one step', async () => {
    const { page, folder } = session;
    await page.getByRole('button', { name: /Buyer journey \(5 stages\)/ }).click();
    // An empty template has no text to measure, so node's layout matches the page's exactly.
    const layout = computeLayout(journeyFrom('buyer5'), estimateLines);
    const awareness = layout.emotionCurves[0]!.points[0]!;
    const lane = layout.lanes.find((l) => l.kind === 'emotions')!;
    const from = await canvasPoint(page, awareness.x, awareness.y);
    const to = await canvasPoint(page, awareness.x, emotionY(lane, 2));
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x, (from.y + to.y) / 2, { steps: 5 });
    await page.mouse.move(to.x, to.y - 30, { steps: 5 });
    await page.screenshot({ path: join(SCREENSHOTS, 'foundation-emotion-drag.png') });
    await page.mouse.up();

    await page.getByRole('application').focus();
    await page.keyboard.press('Control+s');
    await page.getByRole('dialog').getByRole('textbox', { name: 'File name' }).fill('curve');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('save-status').textContent()).toMatch(/^Saved at/);
    const saved = () => readFile(join(folder, 'curve.journey'), 'utf8').then((t) => JSON.parse(t).emotionPoints as { stageId: string; value: number }[]);
    const stageId = (await saved())[0]!.stageId;
    expect((await saved()).find((p) => p.stageId === stageId)?.value).toBe(2);
    expect((await saved()).filter((p) => p.value !== 0)).toHaveLength(1);

    await page.getByRole('application').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByTestId('save-status').textContent()).toBe('Unsaved changes');
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByTestId('save-status').textContent()).toMatch(/^Saved at/);
    expect((await saved()).every((p) => p.value === 0)).toBe(true);
  });

  it('draws a filled map: stage and lane headers, cards and the emotion curve', async () => {
    const { page, folder } = session;
    await writeFile(join(folder, 'bike.journey'), fixture);
    await page.getByRole('button', { name: 'Open a journey…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'bike' }).click();
    await expect.poll(() => page.title()).toBe('bike — Waymark');
    // The screen readers' grid follows the drawn cards a moment later (a deferred update).
    const listed = () => page.getByTestId('cards-in-view').locator('li').allTextContents();
    await expect.poll(listed).toContain('Googles “bike sharing near me” — ¿dónde? Zażółć gęślą jaźń');
    expect((await listed()).length).toBeGreaterThanOrEqual(10);
    // The canvas never redraws for a late font: every script's glyphs must be loaded up front.
    expect(await page.evaluate(() => ['400', '700'].every((w) => document.fonts.check(`${w} 15px "Noto Sans"`, 'ąęłńśźż ășț åäö ΑαΩω')))).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'foundation-filled-map.png') });
  });

  it.each([
    ['truncated', fixture.slice(0, 400), /cut short/],
    ['wrong-type', fixture.replace('"name": "Awareness"', '"name": 42'), /expected string.*stages\[0\]\.name/],
    ['from-the-future', fixture.replace('"formatVersion": 1', '"formatVersion": 9'), /needs a newer Waymark/],
  ])('refuses the %s file with a message naming it, and leaves it untouched', async (name, content, message) => {
    const { page, folder } = session;
    const path = join(folder, `${name}.journey`);
    await writeFile(path, content);
    await page.getByRole('button', { name: 'Open a journey…' }).click();
    await page.getByRole('dialog').getByRole('button', { name }).click();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain(path);
    expect(await alert.textContent()).toMatch(message);
    expect(await readFile(path, 'utf8')).toBe(content);
    expect(await page.getByRole('heading', { name: 'Start a journey map' }).isVisible()).toBe(true);
  });
});
