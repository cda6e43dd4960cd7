import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { serializeJourney } from '../../shared/document/serialize';
import { contentSecurityPolicy } from '../../main/csp';
import type { RecoveryEntry } from '../../shared/ipc/recovery';
import { openContext, openPreview, previewAddress, requestsLeavingLoopback, SCREENSHOTS } from '../helpers/browser';
import { at, cardsInView, gridJourney, layoutOf } from '../helpers/editor';
import { startPreviewProcess, type PreviewProcess } from '../helpers/preview-process';
import { useTempFolders } from '../helpers/temp-folder';

const grid = gridJourney(['Discover', 'Sign up'], ['actions'], [[0, 0, 'Hears of it'], [0, 1, 'Fills the form']]);
const interviews = { ...grid, journey: { ...grid.journey, title: 'Interviews' } };
const formCard = layoutOf(interviews).cards.find((c) => c.text === 'Fills the form')!;

async function journals(userData: string): Promise<RecoveryEntry[]> {
  const folder = join(userData, 'recovery');
  const names = (await readdir(folder).catch(() => [] as string[])).filter((n) => n.endsWith('.journal.json'));
  return Promise.all(names.map(async (n) => (JSON.parse(await readFile(join(folder, n), 'utf8')) as { entry: RecoveryEntry }).entry));
}

async function retitle(page: Page, title: string): Promise<void> {
  const field = page.getByRole('textbox', { name: 'Journey title' });
  await field.fill(title);
  await field.press('Enter');
}

/**
 * The app is killed mid-edit (SIGKILL of the preview process, and its pages with it); the
 * next start offers each map's unsaved edits with the time of the last edit, and restores
 * them complete: untitled maps and saved files alike. Discarding takes a confirmation.
 */
describe('recovery after the app is killed mid-edit', () => {
  const tempFolder = useTempFolders();
  const stops: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const stop of stops.splice(0).reverse()) await stop();
  });

  it('offers every map’s unsaved edits at the next start, restores them complete, and discards on request', async () => {
    const [folder, userData] = [await tempFolder(), await tempFolder()];
    const filePath = join(folder, 'Interviews.journey');
    await writeFile(filePath, serializeJourney(interviews));

    // First run: three maps in three windows, edited, then the app dies.
    let app: PreviewProcess = await startPreviewProcess(folder, userData);
    stops.push(() => app.kill());
    const first = await openContext();
    const untitled = first.page;
    await untitled.goto(app.url);
    await untitled.getByRole('button', { name: /Buyer journey \(5 stages\)/ }).click();
    await retitle(untitled, 'Café loyalty — recovered');

    // Each window comes to the front before it is used, as a user would click into it.
    const edited = await first.context.newPage();
    await edited.bringToFront();
    await edited.goto(previewAddress(app.url, { open: filePath }));
    await expect.poll(() => edited.title()).toBe('Interviews — Waymark');
    // With autosave on, a file's edits go straight to disk; off, they wait for Save and are journaled.
    await edited.getByRole('checkbox', { name: 'Autosave' }).uncheck();
    const card = await at(edited, formCard.x + 40, formCard.y + formCard.height / 2);
    await edited.mouse.dblclick(card.x, card.y);
    await edited.keyboard.press('End');
    await edited.keyboard.type(' (twice, it timed out)');
    await edited.keyboard.press('Enter');
    await expect.poll(() => cardsInView(edited)).toContain('Fills the form (twice, it timed out)');

    const doomed = await first.context.newPage();
    await doomed.bringToFront();
    await doomed.goto(app.url);
    await doomed.getByRole('button', { name: /Buyer journey \(5 stages\)/ }).click();
    const lastEdit = Date.now();
    await retitle(doomed, 'Scratch map');

    // About a second after each last change, all three are journaled.
    await expect.poll(async () => (await journals(userData)).map((j) => j.document.journey.title).sort(), { timeout: 5_000 })
      .toEqual(['Café loyalty — recovered', 'Interviews', 'Scratch map'].sort());
    expect(requestsLeavingLoopback(first.requests)).toEqual([]);
    expect(first.pageErrors).toEqual([]);
    await app.kill();
    await first.context.close();
    const journaled = await journals(userData);
    const scratch = journaled.find((j) => j.document.journey.title === 'Scratch map')!;
    expect(Date.parse(scratch.editedAt)).toBeGreaterThanOrEqual(lastEdit - 1);
    expect(Date.parse(scratch.editedAt)).toBeLessThanOrEqual(Date.now());

    // Next start: each map is offered with the time of its last edit.
    app = await startPreviewProcess(folder, userData);
    const second = await openContext();
    stops.push(() => second.context.close());
    const { page } = second;
    const response = await page.goto(app.url);
    expect(response?.headers()['content-security-policy']).toBe(contentSecurityPolicy("'self'"));
    const panel = page.getByRole('region', { name: 'Unsaved work from last time' });
    await expect.poll(() => panel.getByRole('listitem').count()).toBe(3);
    for (const entry of journaled) {
      const item = panel.getByRole('listitem', { name: `${entry.document.journey.title} (${entry.name})` });
      const shown = await page.evaluate((iso) => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)), entry.editedAt);
      expect(await item.textContent()).toContain(`Last edited ${shown}`);
      expect(await item.textContent()).toContain(entry.path ?? 'Never saved');
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'recovery-offered.png') });

    // Discarding asks once more, then the journal is gone for good.
    const scratchItem = panel.getByRole('listitem', { name: 'Scratch map (Untitled journey)' });
    await scratchItem.getByRole('button', { name: 'Discard…' }).click();
    await scratchItem.getByRole('button', { name: 'Discard', exact: true }).click();
    await expect.poll(() => panel.getByRole('listitem').count()).toBe(2);
    expect((await journals(userData)).map((j) => j.document.journey.title).sort()).toEqual(['Café loyalty — recovered', 'Interviews']);

    // The saved file's edits come back complete, still unsaved, and save over the file.
    await panel.getByRole('listitem', { name: 'Interviews (Interviews)' }).getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => cardsInView(page)).toContain('Fills the form (twice, it timed out)');
    expect(await page.getByTestId('save-status').textContent()).toBe('Unsaved changes');
    await page.screenshot({ path: join(SCREENSHOTS, 'recovery-restored.png') });
    const restoredEntry = journaled.find((j) => j.path === filePath)!;
    await page.locator('.canvas-host').focus();
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByTestId('save-status').textContent()).toMatch(/^Saved at/);
    expect(await readFile(filePath, 'utf8')).toBe(serializeJourney(restoredEntry.document));
    await page.getByRole('button', { name: 'Close' }).click();

    // The untitled map comes back too, and saves as a new file.
    await panel.getByRole('listitem', { name: 'Café loyalty — recovered (Untitled journey)' }).getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Journey title' }).inputValue()).toBe('Café loyalty — recovered');
    await page.locator('.canvas-host').focus();
    await page.keyboard.press('Control+s');
    const dialog = page.getByRole('dialog', { name: 'Save the journey as' });
    await dialog.getByRole('textbox', { name: 'File name' }).fill('Loyalty');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByTestId('save-status').textContent()).toMatch(/^Saved at/);
    const untitledEntry = journaled.find((j) => j.document.journey.title === 'Café loyalty — recovered')!;
    expect(await readFile(join(folder, 'Loyalty.journey'), 'utf8')).toBe(serializeJourney(untitledEntry.document));
    await expect.poll(() => journals(userData)).toEqual([]);
    expect(requestsLeavingLoopback(second.requests)).toEqual([]);
    expect(second.pageErrors).toEqual([]);
  });

  it('asks before closing a map with unsaved edits: Esc keeps it, Save saves it, Don’t Save drops the edits (and nothing is offered for recovery)', async () => {
    const session = await openPreview();
    stops.push(() => session.close());
    const { page, folder } = session;
    const dialog = page.getByRole('alertdialog', { name: 'Save changes?' });
    const startHeading = () => page.getByRole('heading', { level: 1 }).textContent();
    // Without edits, Close just closes.
    await page.getByRole('button', { name: /Buyer journey \(5 stages\)/ }).click();
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await expect.poll(startHeading).toBe('Start a journey map');
    expect(await dialog.count()).toBe(0);

    await page.getByRole('button', { name: /Buyer journey \(5 stages\)/ }).click();
    await retitle(page, 'Closed in a hurry');
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.textContent()).toContain('Do you want to save the changes to “Closed in a hurry”?');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Save');
    await page.screenshot({ path: join(SCREENSHOTS, 'close-prompt.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.getByRole('textbox', { name: 'Journey title' }).inputValue()).toBe('Closed in a hurry');

    // Save: through the picker, then closed; the file holds the edits.
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    const picker = page.getByRole('dialog', { name: 'Save the journey as' });
    await picker.getByRole('textbox', { name: 'File name' }).fill('Hurry');
    await picker.getByRole('button', { name: 'Save' }).click();
    await expect.poll(startHeading).toBe('Start a journey map');
    expect(JSON.parse(await readFile(join(folder, 'Hurry.journey'), 'utf8')).journey.title).toBe('Closed in a hurry');

    // Don't Save: back to the start screen, the edits gone, not offered for recovery.
    await page.getByRole('button', { name: /Buyer journey \(5 stages\)/ }).click();
    await retitle(page, 'Thrown away');
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await dialog.getByRole('button', { name: 'Don’t Save' }).click();
    await expect.poll(startHeading).toBe('Start a journey map');
    // The start screen lists recent files and recovery at once: once Recent shows the saved map, recovery has answered too.
    await expect.poll(() => page.getByRole('button', { name: /Hurry/ }).count()).toBe(1);
    await page.waitForTimeout(300);
    expect(await page.getByText('Thrown away').count()).toBe(0);
    expect(session.pageErrors).toEqual([]);
    expect(requestsLeavingLoopback(session.requests)).toEqual([]);
  });
});
