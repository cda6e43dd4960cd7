import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderExport } from '../../main/exchange/export-journey';
import { loadWorkbook } from '../../main/exchange/xlsx-read';
import { SCREENSHOTS } from '../helpers/browser';
import { HOSTILE, hostileJourney, t } from '../helpers/exchange-journeys';
import { writeHostileSet } from '../helpers/hostile-imports';
import { usePreviewSession } from '../helpers/preview-session';

const GRID_CSV = `,Discover,Buy\nActions,"${HOSTILE.languages}",Pays with ${HOSTILE.emoji}\nEmotions,+1,-2\nPain points,"- Slow checkout\n- Hidden fees",\n`;

describe('File > Import and File > Export in the app (Chromium through the preview server)', () => {
  const preview = usePreviewSession();

  it('imports a grid CSV with a preview, opens it, and exports it as XLSX', async () => {
    const { page, folder } = preview();
    await writeFile(join(folder, 'workshop.csv'), GRID_CSV);
    await page.getByRole('button', { name: 'Import…' }).click();
    const importDialog = page.getByRole('dialog', { name: 'Import a journey' });
    await importDialog.getByRole('textbox', { name: 'File name' }).fill('workshop.csv');
    await importDialog.getByRole('button', { name: 'Choose a file…' }).click();
    await expect.poll(() => importDialog.getByTestId('import-counts').textContent()).toBe('2 stages, 3 lanes, 4 cards');
    await page.screenshot({ path: join(SCREENSHOTS, 'import-preview.png') });
    await importDialog.getByRole('button', { name: 'Import and save as…' }).click();
    const save = page.getByRole('dialog', { name: 'Save the journey as' });
    await save.getByRole('textbox', { name: 'File name' }).fill('Workshop');
    await save.getByRole('button', { name: 'Save' }).click();
    // The imported journey is open in the window, under the name it was saved as.
    await expect.poll(() => page.title()).toBe('Workshop — Waymark');
    const onDisk = JSON.parse(await readFile(join(folder, 'Workshop.journey'), 'utf8')) as { cards: { text: string }[] };
    expect(onDisk.cards.map((c) => c.text)).toEqual([HOSTILE.languages, `Pays with ${HOSTILE.emoji}`, 'Slow checkout', 'Hidden fees']);

    await page.getByRole('button', { name: 'Export…' }).click();
    const exportDialog = page.getByRole('dialog', { name: 'Export the map' });
    await exportDialog.getByRole('combobox', { name: 'Format' }).selectOption('xlsx');
    await expect.poll(() => exportDialog.getByRole('textbox', { name: 'File name' }).inputValue()).toBe('Workshop.xlsx');
    await page.screenshot({ path: join(SCREENSHOTS, 'export-dialog.png') });
    await exportDialog.getByRole('button', { name: 'Export…' }).click();
    await expect.poll(() => exportDialog.getByRole('status').textContent()).toBe(`Exported to ${join(folder, 'Workshop.xlsx')}`);
    const workbook = await loadWorkbook(await readFile(join(folder, 'Workshop.xlsx')));
    expect(workbook.getWorksheet('cards')!.getColumn(4).values).toContain(HOSTILE.languages);
  });

  it('shows the rows it could not read and imports nothing', async () => {
    const { page, folder } = preview();
    await writeFile(join(folder, 'broken.csv'), 'record,stage,lane,text,impact\ncards,A,Touchpoints,ok,3\ncards,A,Touchpoints,bad,lots\n');
    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a journey' });
    await dialog.getByRole('textbox', { name: 'File name' }).fill('broken.csv');
    await dialog.getByRole('button', { name: 'Choose a file…' }).click();
    await expect.poll(() => dialog.getByTestId('import-issues').textContent()).toBe('row 3: impact: "lots" is not a number');
    expect(await dialog.getByRole('button', { name: 'Import and save as…' }).isDisabled()).toBe(true);
  });

  it('a workbook with one cell in XFD1048576 is refused at once, naming the limit and the cell', async () => {
    const { page, folder } = preview();
    const files = await writeHostileSet(folder, { zeroBlockBytes: 1024 });
    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a journey' });
    await dialog.getByRole('textbox', { name: 'File name' }).fill(basename(files['xfd-cell.xlsx'] ?? ''));
    await dialog.getByRole('button', { name: 'Choose a file…' }).click();
    await expect.poll(() => dialog.getByTestId('import-issues').textContent())
      .toBe('sheet Map, cell XFD1048576: the file has more than 120,000 rows; Waymark imports at most 120,000: split the file or remove the rows it does not need');
    expect(await dialog.getByRole('button', { name: 'Import and save as…' }).isDisabled()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'import-limit.png') });
  });

  it('a hostile journey’s HTML report stays inert: no script runs, the text shows as typed', async () => {
    const session = preview();
    const path = join(session.folder, 'report.html');
    await writeFile(path, await renderExport(hostileJourney(), { format: 'html', scale: 1, page: 'poster', orientation: 'landscape' }, t));
    const page = await session.context.newPage();
    const dialogs: string[] = [];
    const requests: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(path).href);
    expect(await page.locator('script').count()).toBe(0);
    const text = await page.locator('body').innerText();
    for (const value of [HOSTILE.script, HOSTILE.formula, HOSTILE.languages, HOSTILE.emoji, HOSTILE.longWord]) expect(text).toContain(value);
    expect(await page.locator('svg text').filter({ hasText: '<script>' }).count()).toBeGreaterThan(0);
    expect(dialogs).toEqual([]);
    expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
    await page.locator('.map').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'html-report-map.png') });
    await page.close();
  });
});
