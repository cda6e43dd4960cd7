import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serializeJourney } from '../../shared/document/serialize';
import type { JourneyDocument } from '../../shared/document/schema';
import { openPreview, previewAddress, SCREENSHOTS, type PreviewSession } from '../helpers/browser';
import { at, cardsInView, gridJourney, layoutOf } from '../helpers/editor';
import { isAvailable, makeFileReadOnly, makeFolderUnwritable, type MadeReadOnly } from '../helpers/read-only';

const grid = gridJourney(['Discover', 'Sign up'], ['actions'], [[0, 0, 'Hears of it'], [0, 1, 'Fills the form']]);
const workshop = { ...grid, journey: { ...grid.journey, title: 'Workshop' } };
const formCard = layoutOf(workshop).cards.find((c) => c.text === 'Fills the form')!;

const MEDIUM_NOTICE = 'This map is read-only: the folder cannot be written. Save a copy with Save as…';
const PERMISSION_NOTICE = 'This map is read-only: you do not have permission to change this file. Save a copy with Save as…';

/** Every file in a folder (dot files too) with a hash of its bytes. */
async function snapshot(folder: string): Promise<Record<string, string>> {
  const names = (await readdir(folder)).sort();
  return Object.fromEntries(await Promise.all(names.map(async (n) => [n, createHash('sha256').update(await readFile(join(folder, n))).digest('hex')] as const)));
}

const apiCalls = (session: PreviewSession, method: string) => session.requests.filter((url) => new URL(url).pathname === `/api/${method}`).length;

/**
 * A map on a read-only medium, or a file the user may not write, opens read-only: a labelled
 * notice with Save as…, edits in memory (journaled), no autosave, Ctrl+S asks where to save,
 * and the copy saved somewhere writable is a normal map again.
 */
describe('read-only maps in the browser', () => {
  let session: PreviewSession | null = null;
  const undo: MadeReadOnly[] = [];
  afterEach(async () => {
    // The read-only state goes first, or the preview's folder could not be removed.
    for (const made of undo.splice(0)) await made.undo();
    if (!session) return;
    expect(session.pageErrors).toEqual([]);
    await session.close();
    session = null;
  });

  it('opens a map on a read-only medium read-only, edits it in memory, and Ctrl+S saves a writable copy', async () => {
    session = await openPreview({ viewport: { width: 1280, height: 800 } });
    const { page, folder } = session;
    const usb = join(folder, 'usb');
    await mkdir(usb);
    const path = join(usb, 'Workshop.journey');
    await writeFile(path, serializeJourney(workshop));
    const made = await makeFolderUnwritable(usb);
    if (!isAvailable(made)) throw new Error(`no read-only folder can be made on this machine: ${made.unavailable}`);
    undo.push(made);
    if (made.tried) console.warn(`read-only medium: ${made.tried}; using a folder with chattr +i (the "no permission" notice) instead`);
    else console.info(`read-only medium: real, made with ${made.how}`);
    const notice = made.how === 'mount' ? MEDIUM_NOTICE : PERMISSION_NOTICE;
    const before = await snapshot(usb);

    await page.goto(previewAddress(session.server.url, { open: path }));
    await expect.poll(() => page.title()).toBe('Workshop (read-only) — Waymark');
    const bar = page.getByRole('status', { name: 'Read-only map' });
    await expect.poll(() => bar.textContent()).toContain(notice);
    expect(await bar.getByRole('button', { name: 'Save as…' }).isVisible()).toBe(true);
    await expect.poll(() => page.locator('.canvas-host canvas').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'read-only-notice.png') });
    expect(await snapshot(usb)).toEqual(before); // no lock file beside it

    // Edits are allowed in memory and journaled, but nothing tries to write the file.
    const card = await at(page, formCard.x + 40, formCard.y + formCard.height / 2);
    await page.mouse.dblclick(card.x, card.y);
    await page.keyboard.press('End');
    await page.keyboard.type(' at the stand');
    await page.keyboard.press('Enter');
    await expect.poll(() => cardsInView(page)).toContain('Fills the form at the stand');
    await expect.poll(() => page.title()).toBe('• Workshop (read-only) — Waymark');
    expect(await page.getByRole('checkbox', { name: 'Autosave' }).isChecked()).toBe(true);
    await expect.poll(() => apiCalls(session!, 'writeRecovery'), { timeout: 5_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(1_500); // past the autosave delay
    expect(apiCalls(session, 'saveJourney')).toBe(0);
    expect(await page.getByTestId('save-status').textContent()).toBe('Unsaved changes');
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await snapshot(usb)).toEqual(before);

    // Ctrl+S asks where to save; the copy goes to the preview's (writable) folder.
    await page.locator('.canvas-host').focus();
    await page.keyboard.press('Control+s');
    const dialog = page.getByRole('dialog', { name: 'Save the journey as' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(apiCalls(session, 'saveJourney')).toBe(0);
    await dialog.getByRole('textbox', { name: 'File name' }).fill('Workshop copy');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByTestId('save-status').textContent()).toMatch(/^Saved at/);
    await expect.poll(() => bar.count()).toBe(0);
    expect(await page.title()).toBe('Workshop copy — Waymark');
    const copy = JSON.parse(await readFile(join(folder, 'Workshop copy.journey'), 'utf8')) as JourneyDocument;
    expect(copy.cards.map((c) => c.text).sort()).toEqual(['Fills the form at the stand', 'Hears of it']);
    expect(await snapshot(usb)).toEqual(before);

    // Now a normal map: the next edit autosaves into the copy (the map moved up with the notice gone).
    const moved = await at(page, formCard.x + 40, formCard.y + formCard.height / 2);
    expect(moved.y).toBeLessThan(card.y);
    await page.mouse.dblclick(moved.x, moved.y);
    await page.keyboard.press('End');
    await page.keyboard.type(', twice');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (JSON.parse(await readFile(join(folder, 'Workshop copy.journey'), 'utf8')) as JourneyDocument).cards.map((c) => c.text),
      { timeout: 5_000 }).toContain('Fills the form at the stand, twice');
    expect(await snapshot(usb)).toEqual(before);
  });

  it('turns a map read-only when its folder stops being writable while it is open', async () => {
    session = await openPreview({ viewport: { width: 1280, height: 800 } });
    const { page, folder } = session;
    const usb = join(folder, 'usb');
    await mkdir(usb);
    const path = join(usb, 'Workshop.journey');
    await writeFile(path, serializeJourney(workshop));
    await page.goto(previewAddress(session.server.url, { open: path }));
    await expect.poll(() => page.title()).toBe('Workshop — Waymark');
    await expect.poll(() => page.locator('.canvas-host canvas').count()).toBeGreaterThan(0);
    const made = await makeFolderUnwritable(usb);
    if (!isAvailable(made)) throw new Error(`no read-only folder can be made on this machine: ${made.unavailable}`);
    undo.push(made);
    if (made.tried) console.warn(`read-only medium: ${made.tried}; using a folder with chattr +i instead`);
    const before = await snapshot(usb);

    // The edit's autosave is refused before anything is written; the map says so and stops trying.
    const card = await at(page, formCard.x + 40, formCard.y + formCard.height / 2);
    await page.mouse.dblclick(card.x, card.y);
    await page.keyboard.press('End');
    await page.keyboard.type(' at the stand');
    await page.keyboard.press('Enter');
    const bar = page.getByRole('status', { name: 'Read-only map' });
    await expect.poll(() => bar.textContent(), { timeout: 5_000 }).toContain(made.how === 'mount' ? MEDIUM_NOTICE : PERMISSION_NOTICE);
    expect(await page.title()).toBe('• Workshop (read-only) — Waymark');
    expect(await page.getByRole('alert').count()).toBe(0);
    const refused = apiCalls(session, 'saveJourney');
    expect(refused).toBe(1);
    await page.waitForTimeout(1_500);
    expect(apiCalls(session, 'saveJourney')).toBe(refused);
    expect(await snapshot(usb)).toEqual(before);
  });

  it('opens a file the user may not write from the picker with the permission notice, its Save as… reachable by keyboard', async () => {
    session = await openPreview({ viewport: { width: 1280, height: 800 } });
    const { page, folder } = session;
    const path = join(folder, 'Workshop.journey');
    await writeFile(path, serializeJourney(workshop));
    const made = await makeFileReadOnly(path);
    if (!isAvailable(made)) throw new Error(`no read-only file can be made on this machine: ${made.unavailable}`);
    undo.push(made);
    console.info(`read-only file: real, made with ${made.how}`);
    const before = await snapshot(folder);

    await page.getByRole('button', { name: 'Open a journey…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Workshop' }).click();
    await expect.poll(() => page.title()).toBe('Workshop (read-only) — Waymark');
    const bar = page.getByRole('status', { name: 'Read-only map' });
    await expect.poll(() => bar.textContent()).toContain(PERMISSION_NOTICE);
    expect(await snapshot(folder)).toEqual(before); // the folder is writable, yet no lock: the window will never write the file

    // The keyboard lands on the map when it opens; the notice's button comes before the toolbar
    // and the map in the tab order, so Shift+Tab from the map reaches it through the toolbar.
    const focused = () => page.evaluate(() => (document.activeElement?.className.includes('canvas-host') ? 'the map' : document.activeElement?.textContent ?? ''));
    await expect.poll(focused).toBe('the map');
    const walked: string[] = [];
    while (walked.length < 60 && walked.at(-1) !== 'Save as…') {
      await page.keyboard.press('Shift+Tab');
      walked.push(await focused());
    }
    expect(walked.at(-1), walked.join(' ← ')).toBe('Save as…');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Save the journey as' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await bar.isVisible()).toBe(true);
    expect(apiCalls(session, 'saveJourney')).toBe(0);
    expect(await snapshot(folder)).toEqual(before);
  });
});
