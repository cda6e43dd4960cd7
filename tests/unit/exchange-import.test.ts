import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeJourney } from '../../shared/document/serialize';
import { renderExport } from '../../main/exchange/export-journey';
import { importFile } from '../../main/exchange/import-file';
import { loadWorkbook } from '../../main/exchange/xlsx-read';
import { fullJourney, t } from '../helpers/exchange-journeys';
import { useTempFolders } from '../helpers/temp-folder';

describe('importing files', () => {
  const folder = useTempFolders();
  const xlsxOf = async () => renderExport(fullJourney(), { format: 'xlsx', scale: 1, page: 'poster', orientation: 'landscape' }, t);

  it('reads an exported workbook back exactly, with nothing to note', async () => {
    const path = join(await folder(), 'map.xlsx');
    await writeFile(path, await xlsxOf());
    const result = await importFile(path, t);
    expect(result.issues).toEqual([]);
    expect(result.notes).toEqual([]);
    expect(serializeJourney(result.document!)).toBe(serializeJourney(fullJourney()));
  });

  it('says so when the Map sheet was edited, since the record sheets are what it reads', async () => {
    const workbook = await loadWorkbook(await xlsxOf());
    workbook.getWorksheet('Map')!.getCell('B2').value = 'Changed in Excel';
    const path = join(await folder(), 'edited.xlsx');
    await writeFile(path, Buffer.from(await workbook.xlsx.writeBuffer()));
    const result = await importFile(path, t);
    expect(result.document).not.toBeNull();
    expect(result.notes).toEqual([{ where: 'sheet Map', message: expect.stringContaining('differs from the record sheets') }]);
  });

  it('refuses a CSV saved in a legacy code page, naming the first line that is not UTF-8', async () => {
    const path = join(await folder(), 'ansi.csv');
    await writeFile(path, Buffer.concat([Buffer.from(',Köp\nActions,ok\nThoughts,'), Buffer.from([0x4b, 0xf6, 0x70]), Buffer.from('\n')]));
    expect(await importFile(path, t)).toEqual({ document: null, notes: [], issues: [{ where: 'line 3', message: expect.stringContaining('not UTF-8') }] });
  });

  it('names unknown, missing and oversized inputs in one message', async () => {
    const dir = await folder();
    await writeFile(join(dir, 'notes.txt'), 'hello');
    expect((await importFile(join(dir, 'notes.txt'), t)).issues).toEqual([{ where: 'file', message: 'Waymark imports .csv, .xlsx and .mmd files, not “.txt”' }]);
    expect((await importFile(join(dir, 'gone.csv'), t)).issues).toEqual([{ where: 'file', message: 'the file does not exist' }]);
  });
});
