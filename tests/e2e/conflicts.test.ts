import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeJourney } from '../../shared/document/serialize';
import { startPreviewServer } from '../../main/preview/server';
import { openContext, previewAddress, previewServerOptions, requestsLeavingLoopback, SCREENSHOTS, type PreviewSession } from '../helpers/browser';
import { at, cardsInView, gridJourney, layoutOf, openPreviewOn } from '../helpers/editor';
import { useTempFolders } from '../helpers/temp-folder';

const mine = gridJourney(['Visit', 'Buy'], ['actions'], [[0, 0, 'Browses the shelf'], [0, 1, 'Queues at the till']]);
const queue = layoutOf(mine).cards.find((c) => c.text === 'Queues at the till')!;
/** What "another program" (a sync client, a colleague's editor) writes into the file. */
const theirs = (text: string) => serializeJourney({ ...mine, cards: mine.cards.map((c) => (c.text === 'Browses the shelf' ? { ...c, text } : c)) });

describe('files changed on disk by another program, in Chromium through the preview server', () => {
  const tempFolder = useTempFolders();
  let session: PreviewSession;
  let path: string;
  beforeEach(async () => {
    ({ session, path } = await openPreviewOn(mine, 'shop'));
  });
  afterEach(async () => {
    expect(session.pageErrors).toEqual([]);
    expect(requestsLeavingLoopback(session.requests)).toEqual([]);
    await session.close();
  });

  /** An edit that leaves the map unsaved (autosave off, so only Save writes). */
  async function editQueueCard(suffix: string): Promise<void> {
    const { page } = session;
    const autosave = page.getByRole('checkbox', { name: 'Autosave' });
    if (await autosave.isChecked()) await autosave.uncheck();
    const p = await at(page, queue.x + 40, queue.y + queue.height / 2);
    await page.mouse.dblclick(p.x, p.y);
    await page.keyboard.press('End');
    await page.keyboard.type(suffix);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('save-status').textContent()).toBe('Unsaved changes');
  }

  async function saveIntoConflict() {
    const { page } = session;
    await page.locator('.canvas-host').focus();
    await page.keyboard.press('Control+s');
    const dialog = page.getByRole('alertdialog', { name: '“shop” was changed by another program' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    return dialog;
  }

  it('reloads an unmodified map by itself when its file changes on disk', async () => {
    const { page } = session;
    await writeFile(path, theirs('Browses the shelf (from the sync)'));
    await expect.poll(() => cardsInView(page), { timeout: 10_000 }).toContain('Browses the shelf (from the sync)');
    expect(await page.getByRole('status').filter({ hasText: 'has been reloaded' }).count()).toBe(1);
    expect(await page.title()).toBe('shop — Waymark');
  });

  it('keeps unsaved edits when the file changes, says so, and on save offers a copy, which keeps both versions', async () => {
    const { page, folder } = session;
    await editQueueCard(' for ages');
    await writeFile(path, theirs('Their edit'));
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saving will ask what to do' }).count(), { timeout: 10_000 }).toBe(1);
    expect(await cardsInView(page)).toContain('Queues at the till for ages');
    const dialog = await saveIntoConflict();
    await page.screenshot({ path: join(SCREENSHOTS, 'conflict-dialog.png') });
    expect(await readFile(path, 'utf8')).toBe(theirs('Their edit'));

    await dialog.getByRole('button', { name: 'Save my version as a copy…' }).click();
    const picker = page.getByRole('dialog', { name: 'Save the journey as' });
    await picker.getByRole('textbox', { name: 'File name' }).fill('shop (mine)');
    await picker.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByTestId('save-status').textContent()).toMatch(/^Saved at/);
    const copy = JSON.parse(await readFile(join(folder, 'shop (mine).journey'), 'utf8')) as typeof mine;
    expect(copy.cards.map((c) => c.text).sort()).toEqual(['Browses the shelf', 'Queues at the till for ages']);
    expect(await readFile(path, 'utf8')).toBe(theirs('Their edit'));
    expect(await page.title()).toBe('shop (mine) — Waymark');
  });

  it('overwrites the other version when the user chooses to', async () => {
    const { page } = session;
    await editQueueCard(' (mine wins)');
    await writeFile(path, theirs('Their edit'));
    const dialog = await saveIntoConflict();
    await dialog.getByRole('button', { name: 'Overwrite it with my version' }).click();
    await expect.poll(() => page.getByTestId('save-status').textContent()).toMatch(/^Saved at/);
    const saved = JSON.parse(await readFile(path, 'utf8')) as typeof mine;
    expect(saved.cards.map((c) => c.text).sort()).toEqual(['Browses the shelf', 'Queues at the till (mine wins)']);
    // The next save checks against what was just written, and goes through.
    await editQueueCard('!');
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByTestId('save-status').textContent()).toMatch(/^Saved at/);
  });

  it('reloads the other version and drops the edits when the user chooses to', async () => {
    const { page } = session;
    await editQueueCard(' (dropped)');
    await writeFile(path, theirs('Their edit'));
    const dialog = await saveIntoConflict();
    await dialog.getByRole('button', { name: 'Reload it and drop my changes' }).click();
    await expect.poll(() => cardsInView(page)).toContain('Their edit');
    expect(await cardsInView(page)).not.toContain('Queues at the till (dropped)');
    expect(await page.getByTestId('save-status').textContent()).not.toBe('Unsaved changes');
    expect(await readFile(path, 'utf8')).toBe(theirs('Their edit'));
  });

  it('lets only one Waymark write a file: a second instance is told where it is open', async () => {
    const other = await startPreviewServer(previewServerOptions(session.folder, await tempFolder()));
    const browser = await openContext();
    try {
      await browser.page.goto(previewAddress(other.url, { open: path }));
      const alert = browser.page.getByRole('alert');
      await expect.poll(() => alert.textContent()).toMatch(/open in another Waymark .*process \d+/);
      expect(await browser.page.getByRole('heading', { name: 'Start a journey map' }).isVisible()).toBe(true);
      await session.page.getByRole('button', { name: 'Close' }).click();
      await browser.page.goto(previewAddress(other.url, { open: path }));
      await expect.poll(() => browser.page.title()).toBe('shop — Waymark');
      expect(requestsLeavingLoopback(browser.requests)).toEqual([]);
    } finally {
      await browser.context.close();
      await other.close();
    }
  });
});
