import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LaneKind } from '../../shared/document/schema';
import { SCREENSHOTS, type PreviewSession } from '../helpers/browser';
import { at, cardsInView, gridJourney, layoutOf, withOpenJourney } from '../helpers/editor';
import { SHORTCUTS } from '../../renderer/editor/shortcuts';

const STAGES = ['Discover', 'Research', 'Compare', 'Evaluate', 'Decide', 'Buy', 'Onboard', 'Use', 'Renew', 'Recommend'];
const LANES: LaneKind[] = ['actions', 'touchpoints', 'channels', 'thoughts', 'painPoints', 'opportunities', 'frontstage', 'backstage'];
/** A consultant's afternoon: 10 stages, 8 lanes, 3 cards in most cells. */
const dense = gridJourney(STAGES, LANES, LANES.flatMap((_, lane) => STAGES.flatMap((_, stage) => Array.from({ length: (lane + stage) % 4 }, (_, i) => [lane, stage, `L${lane + 1}S${stage + 1}-${i + 1}`] as [number, number, string]))));
const zoomLabel = (session: PreviewSession) => session.page.getByRole('status', { name: 'Zoom level' }).or(session.page.locator('output.zoom-level')).first().textContent();

describe('moving around a big map', () => {
  const open = withOpenJourney(dense, 'dense');

  it('zooms around the pointer with Ctrl+wheel, resets, fits, and scrolls with the wheel and space+drag', async () => {
    const { page } = open.session;
    await page.screenshot({ path: join(SCREENSHOTS, 'editor-dense-map.png') });
    expect(dense.cards.length).toBeGreaterThan(100);
    expect(await zoomLabel(open.session)).toBe('100%');
    const centre = await at(page, 600, 400);
    await page.mouse.move(centre.x, centre.y);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await expect.poll(() => zoomLabel(open.session)).not.toBe('100%');
    const zoomed = Number.parseInt((await zoomLabel(open.session)) ?? '0', 10);
    expect(zoomed).toBeGreaterThan(100);
    await page.locator('.canvas-host').focus();
    await page.keyboard.press('Control+0');
    await expect.poll(() => zoomLabel(open.session)).toBe('100%');
    await page.keyboard.press('Shift+!');
    await expect.poll(() => zoomLabel(open.session)).not.toBe('100%');
    expect(Number.parseInt((await zoomLabel(open.session)) ?? '0', 10)).toBeLessThan(100);
    // At the fitted zoom every card is in view; back at 100% the right-hand stages are not.
    expect(await cardsInView(page)).toHaveLength(dense.cards.length);
    await page.keyboard.press('Control+0');
    await expect.poll(async () => (await cardsInView(page)).some((t) => t.startsWith('L1S10'))).toBe(false);
    await page.mouse.wheel(2000, 0);
    await expect.poll(async () => (await cardsInView(page)).some((t) => t.startsWith('L1S10'))).toBe(true);
    expect(await cardsInView(page)).not.toContain('L2S5-1');
    await page.keyboard.down('Space');
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.down();
    await page.mouse.move(centre.x + 900, centre.y, { steps: 6 });
    await page.mouse.up();
    await page.keyboard.up('Space');
    // Dragging right by 900 px brings the middle stages back into view.
    await expect.poll(async () => (await cardsInView(page)).includes('L2S5-1')).toBe(true);
  });

  it('lists every shortcut in the ? overlay, and closes it with Esc', async () => {
    const { page } = open.session;
    await page.locator('.canvas-host').focus();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.locator('kbd').count()).toBe(SHORTCUTS.length);
    await page.screenshot({ path: join(SCREENSHOTS, 'editor-shortcut-overlay.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('autosaves about a second after the last change to a file that has a open.path', async () => {
    const { page } = open.session;
    const layout = layoutOf(dense);
    const first = layout.cards[0]!;
    const p = await at(page, first.x + 30, first.y + 10);
    await page.mouse.click(p.x, p.y);
    await page.keyboard.press('Delete');
    await expect.poll(async () => JSON.parse(await readFile(open.path, 'utf8')).cards.length, { timeout: 5000 }).toBe(dense.cards.length - 1);
    await expect.poll(() => page.getByTestId('save-status').textContent()).toMatch(/^Saved at/);
    await page.getByRole('checkbox', { name: 'Autosave' }).uncheck();
    await page.locator('.canvas-host').focus();
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(1500);
    expect(JSON.parse(await readFile(open.path, 'utf8')).cards.length).toBe(dense.cards.length - 1);
    expect(await page.getByTestId('save-status').textContent()).toBe('Unsaved changes');
  });

  it('opens the next map with autosave as the user left it, from the one reading of the preferences the window makes', async () => {
    const { page } = open.session;
    await page.getByRole('checkbox', { name: 'Autosave' }).uncheck();
    const reads: string[] = [];
    page.on('request', (request) => request.url().endsWith('/api/getPreferences') && reads.push(request.url()));
    await page.reload();
    await expect.poll(() => cardsInView(page).then((cards) => cards.length)).toBeGreaterThan(0);
    // Unchecked from the first draw: the map is not drawn with the default (on) first.
    expect(await page.getByRole('checkbox', { name: 'Autosave' }).isChecked()).toBe(false);
    expect(reads).toHaveLength(1);
    await page.getByRole('checkbox', { name: 'Autosave' }).check();
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: /dense/ }).first().click();
    await expect.poll(() => cardsInView(page).then((cards) => cards.length)).toBeGreaterThan(0);
    expect(await page.getByRole('checkbox', { name: 'Autosave' }).isChecked()).toBe(true);
  });
});
