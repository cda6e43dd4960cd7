import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serializeJourney } from '../../shared/document/serialize';
import { VersionStore } from '../../main/services/version-store';
import { SCREENSHOTS } from '../helpers/browser';
import { beforeAndAfter } from '../helpers/compare-maps';
import { cardsInView, withOpenJourney } from '../helpers/editor';

const { before, after } = beforeAndAfter();
const idOf = (text: string) => [...before.cards, ...after.cards].find((c) => c.text === text)!.id;

/** Cards a compare pane lists as in view, as [text, mark] pairs. */
const marked = async (pane: Locator) => pane.locator('[data-testid=compare-cards-in-view] li').evaluateAll((items) =>
  items.map((li) => [li.getAttribute('data-card-id') ?? '', li.getAttribute('data-mark') ?? ''] as const));

/** Each compare canvas's cards by id, with the y each is drawn at (side by side: before, then after). */
const drawnCardYs = (page: Page): Promise<Map<string, number>[]> =>
  page.evaluate(() => {
    type Node = { getAttr(name: string): unknown; y(): number };
    const konva = (window as unknown as { Konva: { stages: { find(selector: string): Node[]; container(): HTMLElement }[] } }).Konva;
    return konva.stages.filter((stage) => stage.container().closest('.compare-pane') !== null)
      .map((stage) => stage.find('.card').map((card) => [String(card.getAttr('cardId')), card.y()] as [string, number]));
  }).then((stages) => stages.map((cards) => new Map(cards)));

/** The map after is open; the map before is its saved version "Before the workshop". */
const open = withOpenJourney(after, 'Bike');

async function saveVersionBeside(path: string): Promise<void> {
  await new VersionStore().save(path, before, { name: 'Before the workshop', note: '', author: 'Ana' });
}

async function openCompare(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Versions' }).click();
  const panel = page.getByRole('region', { name: 'Versions of this map' });
  const chooser = panel.getByRole('form', { name: 'Compare' });
  await expect.poll(() => chooser.getByRole('combobox', { name: 'From' }).inputValue()).not.toBe('file');
  await chooser.getByRole('button', { name: 'Compare' }).click();
  const screen = page.getByRole('dialog', { name: 'Comparing Before the workshop → This map now' });
  await expect.poll(() => screen.isVisible()).toBe(true);
  return screen;
}

describe('comparing versions and maps in the app (Chromium through the preview)', () => {
  it('side by side and overlaid: every kind of change marked, the list jumps to a change, Escape closes', async () => {
    const { page } = open.session;
    const path = open.path;
    await saveVersionBeside(path);
    await page.reload();
    await expect.poll(() => page.locator('.canvas-host canvas').count()).toBeGreaterThan(0);
    const screen = await openCompare(page);

    // Side by side: the map before marks what went, moved or changed; the map after what came, moved or changed.
    const [left, right] = [screen.getByRole('region', { name: 'Before: Before the workshop' }), screen.getByRole('region', { name: 'After: This map now' })];
    await expect.poll(async () => new Map(await marked(left)).get(idOf('Calls support'))).toBe('removed');
    expect(new Map(await marked(left)).get(idOf('Queue at the till'))).toBe('moved');
    const rightMarks = new Map(await marked(right));
    expect(['Compares prices', 'Pays by card', 'Queue at the till', 'Reads reviews'].map((text) => rightMarks.get(idOf(text)))).toEqual(['added', 'changed', 'moved', '']);
    expect(rightMarks.has(idOf('Calls support'))).toBe(false);
    expect(await screen.getByRole('region', { name: 'Stages and lanes' }).textContent()).toMatch(/stage “Recommend”: renamed from “Leave”.*lane “Thoughts”: added/);
    // Rows line up: the card added above "Queue at the till" in the map after makes its lane taller on both sides.
    await expect.poll(async () => {
      const [was, now] = await drawnCardYs(page);
      return [was?.get(idOf('Queue at the till')), was?.get(idOf('Writes a review'))].every((y, i) => y !== undefined && y === now?.get([idOf('Queue at the till'), idOf('Writes a review')][i]!));
    }).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'compare-side-by-side.png') });

    // Overlaid: one canvas holds all four kinds, the removed card where it was.
    await screen.getByRole('radio', { name: 'Overlaid' }).click();
    const overlay = screen.locator('.compare-pane');
    await expect.poll(() => overlay.count()).toBe(1);
    const marks = new Map(await marked(overlay));
    expect([idOf('Compares prices'), idOf('Calls support'), idOf('Queue at the till'), idOf('Pays by card')].map((id) => marks.get(id))).toEqual(['added', 'removed', 'moved', 'changed']);
    // The moved card's old place is ghosted: listed as where it was, drawn dashed with an arrow to the card.
    expect(await overlay.locator('[data-testid=compare-cards-in-view] li[data-mark=moved-from]').allTextContents()).toEqual(['Queue at the till (where it was before the move)']);
    const ghost = await page.evaluate((id) => {
      type Node = { getAttr(name: string): unknown; getClientRect(): { x: number; y: number } };
      const konva = (window as unknown as { Konva: { stages: { find(selector: string): Node[] }[] } }).Konva;
      const find = (selector: string) => konva.stages.flatMap((stage) => stage.find(selector)).find((n) => n.getAttr('cardId') === id)?.getClientRect();
      return { ghost: find('.ghost-mark'), card: find('.card-mark') };
    }, idOf('Queue at the till'));
    expect(ghost.ghost).toBeDefined();
    expect(ghost.ghost?.x).toBeLessThan(ghost.card?.x ?? 0);
    await page.screenshot({ path: join(SCREENSHOTS, 'compare-overlay.png') });
    expect(await screen.getByRole('list', { name: 'What the marks mean' }).textContent()).toBe('+Added−Removed»Moved~ChangedWhere a moved card wasEmotion before+12Metric change');

    // Zoomed in and scrolled away: the reworded card is out of view.
    const canvas = overlay.locator('.compare-canvas');
    await canvas.focus();
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('+');
    for (let i = 0; i < 12; i += 1) await page.keyboard.press('ArrowRight');
    for (let i = 0; i < 8; i += 1) await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await marked(overlay)).map(([id]) => id)).not.toContain(idOf('Pays by card'));

    // Through the list by keyboard to the reworded card: it is scrolled into view and selected.
    const list = screen.getByRole('listbox');
    await list.focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 12 && !((await list.locator('[aria-selected=true]').textContent()) ?? '').includes('Pays by card'); i += 1) await page.keyboard.press('ArrowDown');
    expect(await list.locator('[aria-selected=true]').textContent()).toBe('~card (Buy / actions): text “Pays online” → “Pays by card”');
    await page.keyboard.press('Enter');
    const selected = overlay.locator('[data-testid=compare-cards-in-view] li[aria-current=true]');
    await expect.poll(() => selected.getAttribute('data-card-id')).toBe(idOf('Pays by card'));
    expect(await selected.getAttribute('data-mark')).toBe('changed');
    await page.screenshot({ path: join(SCREENSHOTS, 'compare-overlay-jump.png') });

    // The keyboard stays in the comparison: the editor below is out of reach.
    for (let i = 0; i < 16; i += 1) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement === document.body || document.activeElement?.closest('.compare-screen') !== null)).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => screen.count()).toBe(0);
    expect(await cardsInView(page)).toContain('Pays by card');
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('canvas-host'))).toBe(true);
  });

  it('exports the comparison to Markdown and to PDF, whose text stays text', async () => {
    const { page, path, folder } = { ...open.session, path: open.path };
    await saveVersionBeside(path);
    await page.reload();
    await expect.poll(() => page.locator('.canvas-host canvas').count()).toBeGreaterThan(0);
    const screen = await openCompare(page);
    const form = screen.getByRole('form', { name: 'Export the comparison' });
    await form.getByRole('combobox', { name: 'Format' }).selectOption('md');
    await form.getByRole('textbox', { name: 'File name' }).fill('review');
    await form.getByRole('button', { name: 'Export the comparison' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toContain('review.md');
    const markdown = await readFile(join(folder, 'review.md'), 'utf8');
    expect(markdown).toContain('# Comparison: Before the workshop → This map now');
    expect(markdown).toContain('| Recommend | renamed from “Leave” | 0 | 0 | 0 | 0 |');
    expect(markdown).toContain('| Buy | 20 % → 32 % (+12) |');
    expect(markdown).toContain('- card added: “Compares prices” (Discover / actions)');

    await form.getByRole('combobox', { name: 'Format' }).selectOption('pdf');
    await form.getByRole('button', { name: 'Export the comparison' }).click();
    await expect.poll(() => form.getByRole('status').textContent(), { timeout: 20_000 }).toContain('review.pdf');
    const { stdout } = await promisify(execFile)('pdftotext', ['-enc', 'UTF-8', join(folder, 'review.pdf'), '-']);
    // The list says old ➡ new (Noto Sans has no →), and the legend holds every mark the map draws.
    for (const text of ['Comparison Before the workshop to This map now', '»', 'Compares prices', 'Calls support', 'Pays by card', '+12 %', 'Added', 'Removed', 'Moved', 'Changed',
      'Where a moved card was', 'Emotion before', 'Metric change', 'card removed: “Calls support” (Use / actions)', 'stage: name “Leave” ➡ “Recommend”', 'text “Pays online” ➡ “Pays by card”', 'moved from Buy / painPoints to Use / painPoints']) {
      expect(stdout.replace(/\s+/g, ' ')).toContain(text);
    }
    await promisify(execFile)('pdftoppm', ['-png', '-r', '50', join(folder, 'review.pdf'), join(SCREENSHOTS, 'compare-export-pdf')]);
  });

  it('opens a version read-only, with a bar naming it, back to the map, or restores it', async () => {
    const { page, path } = { ...open.session, path: open.path };
    await saveVersionBeside(path);
    await page.reload();
    await expect.poll(() => page.locator('.canvas-host canvas').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Versions' }).click();
    await page.getByRole('region', { name: 'Versions of this map' }).getByRole('button', { name: 'Open', exact: true }).click();
    const viewer = page.getByRole('dialog', { name: 'Version “Before the workshop”, read-only' });
    const bar = viewer.getByRole('region', { name: 'Version shown read-only' });
    await expect.poll(() => bar.textContent()).toMatch(/^Version “Before the workshop” of .+ by Ana, read-only: nothing here can be edited or saved\./);
    const cards = viewer.locator('[data-testid=compare-cards-in-view] li');
    await expect.poll(() => cards.allTextContents()).toContain('Calls support');
    // Nothing edits it: a double-click and typing change neither the version nor the map.
    const box = (await viewer.locator('.compare-canvas').boundingBox())!;
    await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
    await page.keyboard.type('typed');
    await page.keyboard.press('Control+s');
    expect(await cards.allTextContents()).not.toContain('typed');
    await page.screenshot({ path: join(SCREENSHOTS, 'version-read-only.png') });
    await bar.getByRole('button', { name: 'Back to the map' }).click();
    await expect.poll(() => viewer.count()).toBe(0);
    expect(await cardsInView(page)).not.toContain('Calls support');
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(JSON.parse(serializeJourney(after)));

    // The versions panel is still open under the version.
    await page.getByRole('region', { name: 'Versions of this map' }).getByRole('button', { name: 'Open', exact: true }).click();
    page.once('dialog', (dialog) => void dialog.accept());
    await bar.getByRole('button', { name: 'Restore this version' }).click();
    await expect.poll(() => cardsInView(page)).toContain('Calls support');
    expect(await cardsInView(page)).not.toContain('Compares prices');
  });

  it('compares the map with another journey file chosen in the file picker', async () => {
    const { page, folder } = open.session;
    await writeFile(join(folder, 'Future.journey'), serializeJourney(before));
    await page.getByRole('button', { name: 'Versions' }).click();
    const chooser = page.getByRole('region', { name: 'Versions of this map' }).getByRole('form', { name: 'Compare' });
    await chooser.getByRole('combobox', { name: 'From' }).selectOption('current');
    await chooser.getByRole('combobox', { name: 'To' }).selectOption('file');
    await chooser.getByRole('button', { name: 'Compare' }).click();
    await page.getByRole('dialog', { name: 'Open a journey' }).getByRole('button', { name: 'Future', exact: true }).click();
    const screen = page.getByRole('dialog', { name: 'Comparing This map now → Future' });
    await expect.poll(() => screen.getByRole('listbox').textContent()).toContain('card added: “Calls support” (Use / actions)');
  });
});
