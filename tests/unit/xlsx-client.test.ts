import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderExport } from '../../main/exchange/export-journey';
import { readXlsx } from '../../main/exchange/xlsx-read';
import { TABLE_NAMES } from '../../shared/exchange/record-tables';
import { createI18n } from '../../shared/i18n/i18n';
import { richSwedishJourney } from '../helpers/rich-journey';

const sv = createI18n('sv');
const svT = sv.t.bind(sv);

async function swedishBook(): Promise<{ data: Buffer; book: ExcelJS.Workbook }> {
  const data = await renderExport(await richSwedishJourney(), { format: 'xlsx', scale: 1, page: 'poster', orientation: 'landscape' }, svT, 'sv');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(data as unknown as ArrayBuffer);
  return { data, book };
}

/** "A1:M40" as its last column (1-based) and row. */
function areaEnd(area: string | undefined): { column: number; row: number } {
  const m = /:\$?([A-Z]+)\$?(\d+)$/.exec(area ?? '');
  expect(m, area).not.toBeNull();
  const column = [...m![1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { column, row: Number(m![2]) };
}

describe('XLSX for the client', () => {
  it('puts the client’s sheets first, in the workbook’s language, and hides the record sheets import reads', { timeout: 30_000 }, async () => {
    const { data, book } = await swedishBook();
    const sheets = book.worksheets.map((s) => ({ name: s.name, state: s.state }));
    expect(sheets.slice(0, 3)).toEqual([
      { name: svT('exchange.sheet.map'), state: 'visible' },
      { name: svT('exchange.sheet.actionPlan'), state: 'visible' },
      { name: svT('exchange.sheet.cards'), state: 'visible' },
    ]);
    expect(['Karta', 'Handlingsplan', 'Alla kort']).toEqual(sheets.slice(0, 3).map((s) => s.name));
    expect(sheets.slice(3).map((s) => s.name)).toEqual([...TABLE_NAMES]);
    expect(sheets.slice(3).every((s) => s.state === 'hidden')).toBe(true);
    // The hidden sheets still carry everything: the workbook imports back.
    const read = await readXlsx(data, svT);
    expect(read.kind).toBe('records');
    expect(read.kind === 'records' ? read.rows.filter((r) => r.table === 'cards').length : 0).toBeGreaterThan(40);
  });

  it('prints each client sheet to fit the page across, header repeated, the map with its chart', { timeout: 30_000 }, async () => {
    const { data, book } = await swedishBook();
    for (const sheet of book.worksheets.slice(0, 3)) {
      expect(sheet.pageSetup, sheet.name).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
    }
    const [map] = book.worksheets;
    expect(map!.pageSetup.paperSize).toBe(8);
    // The chart's anchor (drawing XML) lies inside the map's print area.
    const files = unzipSync(new Uint8Array(data));
    const drawing = Object.keys(files).find((name) => /^xl\/drawings\/drawing\d+\.xml$/.test(name));
    expect(drawing).toBeDefined();
    const xml = strFromU8(files[drawing!]!);
    const to = [...xml.matchAll(/<xdr:to><xdr:col>(\d+)<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>(\d+)<\/xdr:row>/g)].map((m) => ({ column: Number(m[1]), row: Number(m[2]) }));
    expect(to.length).toBeGreaterThan(0);
    const end = areaEnd(map!.pageSetup.printArea);
    for (const anchor of to) {
      expect(anchor.column).toBeLessThanOrEqual(end.column);
      expect(anchor.row).toBeLessThanOrEqual(end.row);
    }
    // The grid is inside it too.
    expect(end.row).toBeGreaterThanOrEqual(map!.actualRowCount);
    expect(end.column).toBeGreaterThanOrEqual(map!.actualColumnCount);
    // The workbook's sheet XML says fit to page (sheetPr), which Excel and LibreOffice obey.
    expect(strFromU8(files['xl/worksheets/sheet1.xml']!)).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
  });
});
