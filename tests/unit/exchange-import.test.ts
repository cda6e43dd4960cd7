import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeJourney } from '../../shared/document/serialize';
import { renderExport } from '../../main/exchange/export-journey';
import { importFile } from '../../main/exchange/import-file';
import ExcelJS from 'exceljs';
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

  describe('titles a grid from the file’s own words, not its name', () => {
    const sheetFile = async (name: string, sheet: string, rows: string[][]) => {
      const workbook = new ExcelJS.Workbook();
      const ws = workbook.addWorksheet(sheet);
      for (const row of rows) ws.addRow(row);
      const path = join(await folder(), name);
      await writeFile(path, Buffer.from(await workbook.xlsx.writeBuffer()));
      return path;
    };
    const GRID = [['', 'Upptäcka', 'Köp'], ['Aktiviteter', 'Ser en annons', 'Betalar'], ['Känslor', '1', '-1']];

    it('takes the corner cell, or a title row of its own above the stages', async () => {
      const corner = join(await folder(), 'sv.csv');
      await writeFile(corner, 'Löparskor: från nätet till butiken,Upptäcka,Köp\nAktiviteter,Ser en annons,Betalar\n');
      const fromCorner = (await importFile(corner, t)).document!;
      expect(fromCorner.journey.title).toBe('Löparskor: från nätet till butiken');
      expect(fromCorner.stages.map((s) => s.name)).toEqual(['Upptäcka', 'Köp']);
      const own = join(await folder(), 'el3.csv');
      await writeFile(own, 'Ταξίδι: κράτηση ξενοδοχείου,,\n,Έρευνα,Κράτηση\nΕνέργειες,Συγκρίνει τιμές,Πληρώνει\nΣυναισθήματα,x,1\n');
      const fromRow = await importFile(own, t);
      // The issue names the file's own row, with the title row counted.
      expect(fromRow.issues).toEqual([{ where: 'row 4, column B', message: expect.any(String) }]);
      await writeFile(own, 'Ταξίδι: κράτηση ξενοδοχείου,,\n,Έρευνα,Κράτηση\nΕνέργειες,Συγκρίνει τιμές,Πληρώνει\n');
      const doc = (await importFile(own, t)).document!;
      expect(doc.journey.title).toBe('Ταξίδι: κράτηση ξενοδοχείου');
      expect(doc.stages.map((s) => s.name)).toEqual(['Έρευνα', 'Κράτηση']);
      expect(doc.cards.map((c) => c.text)).toEqual(['Συγκρίνει τιμές', 'Πληρώνει']);
    });

    it('takes a named sheet’s name when the corner is empty, the file’s name only for Sheet1 and the like', async () => {
      const named = await importFile(await sheetFile('sv.xlsx', 'Löparskor 2026', GRID), t);
      expect(named.issues).toEqual([]);
      expect(named.document!.journey.title).toBe('Löparskor 2026');
      for (const generic of ['Sheet1', 'Blad1', 'Arkusz1', 'Φύλλο1', 'Map']) {
        expect((await importFile(await sheetFile('kundresa.xlsx', generic, GRID), t)).document!.journey.title, generic).toBe('kundresa');
      }
      const cornered = [['Kundresa i butik', ...GRID[0]!.slice(1)], ...GRID.slice(1)];
      expect((await importFile(await sheetFile('sv.xlsx', 'Sheet1', cornered), t)).document!.journey.title).toBe('Kundresa i butik');
    });
  });
});
