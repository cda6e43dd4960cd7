import { execFileSync } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../main/exchange/import-file';
import { readXlsx } from '../../main/exchange/xlsx-read';
import { readCsv } from '../../shared/exchange/csv';
import { columnLetter } from '../../shared/exchange/grid-import';
import { IMPORT_LIMITS, limitIssue, type ImportLimits, type LimitName } from '../../shared/exchange/import-limits';
import { sayIssue } from '../../shared/exchange/issue-text';
import { createI18n } from '../../shared/i18n/i18n';
import { inlineCell, workbookEntries, workbookWithZeroBlock, withSheetData, writeHostileSet, zipEntries } from '../helpers/hostile-imports';
import { useTempFolders } from '../helpers/temp-folder';

const i18n = createI18n('en');
const t = i18n.t.bind(i18n);
const limitText = (name: LimitName, limits: ImportLimits = IMPORT_LIMITS) => sayIssue(t, limitIssue(name, limits));
/** The limit an issue message names, if any. */
const LIMIT_NAMES: LimitName[] = ['rows', 'lines', 'columns', 'cells', 'zipEntries', 'zipEntryBytes', 'zipTotalBytes', 'seconds', 'heapMegabytes', 'fileBytes'];
const limitNamed = (message: string | undefined, limits: ImportLimits): LimitName | null => LIMIT_NAMES.find((name) => message === limitText(name, limits)) ?? null;

const baseEntries = await workbookEntries();
const xlsxOf = (sheetData: string, extra: Record<string, Uint8Array> = {}) => Buffer.from(zipEntries({ ...withSheetData(baseEntries, sheetData), ...extra }));

describe('hostile imports are refused by the limit they meet, before what they describe is allocated', () => {
  const tempFolder = useTempFolders();

  it('the hostile set of issue 13: each file names its limit and where it was met', async () => {
    const files = await writeHostileSet(await tempFolder(), { zeroBlockBytes: 200 * 1024 * 1024 });
    const issueOf = async (name: string) => {
      const result = await importFile(files[name] ?? '', t);
      expect(result.document).toBeNull();
      expect(result.issues).toHaveLength(1);
      return result.issues[0];
    };
    expect(await issueOf('xfd-cell.xlsx')).toEqual({ where: 'sheet Map, cell XFD1048576', message: limitText('rows') });
    expect(await issueOf('xfd-rows.xlsx')).toEqual({ where: 'sheet Map, cell XFD1', message: limitText('columns') });
    expect(await issueOf('zero-block.xlsx')).toEqual({ where: 'workbook part xl/media/image1.png', message: limitText('zipEntryBytes') });
    expect(await issueOf('big-grid.csv')).toEqual({ where: `row ${IMPORT_LIMITS.rows + 1}`, message: limitText('rows') });
    expect(await issueOf('many-tasks.mmd')).toEqual({ where: `line ${IMPORT_LIMITS.rows + 1}`, message: limitText('lines') });
    expect(limitText('zipEntryBytes')).toBe('a part of the workbook unpacks to more than 128 MB, so Waymark stopped reading it');
    // Writing and reading the real hostile files (a 200 MB zero block among them) takes a loaded
    // two-core machine well past the default limit.
  }, 120_000);

  it('a zip entry that inflates past what its header declares is stopped as a broken workbook', async () => {
    const bytes = Buffer.from(await workbookWithZeroBlock(4 * 1024 * 1024, 'xl/media/big.bin'));
    // Declare 100 bytes in both the local header and the central directory.
    const name = Buffer.from('xl/media/big.bin');
    for (const [signature, sizeAt] of [[0x04034b50, 22], [0x02014b50, 24]] as const) {
      for (let at = bytes.indexOf(name); at !== -1; at = bytes.indexOf(name, at + 1)) {
        const header = bytes.lastIndexOf(Buffer.from(new Uint32Array([signature]).buffer), at);
        if (header !== -1 && at - header === (signature === 0x04034b50 ? 30 : 46)) bytes.writeUInt32LE(100, header + sizeAt);
      }
    }
    const read = await readXlsx(bytes, t, { ...IMPORT_LIMITS, zipEntryBytes: 1024 * 1024 });
    expect(read).toEqual({ kind: 'error', issue: { where: 'file', message: 'the file is not a readable XLSX workbook' } });
  });

  it('entries count and their inflated total are held to the limits, entry by entry', async () => {
    const part = new Uint8Array(300 * 1024);
    const extra = { 'xl/media/a.bin': part, 'xl/media/b.bin': part, 'xl/media/c.bin': part };
    const total = { ...IMPORT_LIMITS, zipEntryBytes: 400 * 1024, zipTotalBytes: 700 * 1024 };
    expect(await readXlsx(xlsxOf(inlineCell('A1', 'x'), extra), t, total)).toMatchObject({ kind: 'error', issue: { message: limitText('zipTotalBytes', total) } });
    const entries = { ...IMPORT_LIMITS, zipEntries: Object.keys(baseEntries).length + 2 };
    expect(await readXlsx(xlsxOf(inlineCell('A1', 'x'), extra), t, entries)).toMatchObject({ kind: 'error', issue: { where: 'file', message: limitText('zipEntries', entries) } });
  });

  it('names the sheet by its tab, wherever workbook.xml lies in the zip, and by its part when the names are missing', async () => {
    const sheet = `<row r="1"><c r="XFD1" t="inlineStr"><is><t>x</t></is></c></row>`;
    const { 'xl/workbook.xml': workbookXml, ...rest } = withSheetData(baseEntries, sheet);
    // The sheet's entry comes first and the workbook's last: a one-pass reader would not know the name yet.
    const sheetFirst: Record<string, Uint8Array> = { 'xl/worksheets/sheet1.xml': rest['xl/worksheets/sheet1.xml']!, ...rest, 'xl/workbook.xml': workbookXml! };
    expect(await readXlsx(Buffer.from(zipEntries(sheetFirst)), t)).toMatchObject({ kind: 'error', issue: { where: 'sheet Map, cell XFD1' } });
    const { 'xl/_rels/workbook.xml.rels': _rels, ...noRels } = sheetFirst;
    expect(await readXlsx(Buffer.from(zipEntries(noRels)), t)).toMatchObject({ kind: 'error', issue: { where: 'sheet sheet1, cell XFD1' } });
  });

  it('the used range comes from the cells holding a value, never from the dimension or a styled empty cell', async () => {
    const sheet = `<row r="1">${inlineCell('A1', 'Stage')}${inlineCell('B1', 'Two')}<c r="XFD1" s="0"/></row><row r="1048576"><c r="XFD1048576" s="0"/></row>`;
    const entries = withSheetData(baseEntries, sheet);
    const name = 'xl/worksheets/sheet1.xml';
    const xml = new TextDecoder().decode(entries[name]).replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>');
    const read = await readXlsx(Buffer.from(zipEntries({ ...entries, [name]: strToU8(xml) })), t);
    expect(read).toEqual({ kind: 'grid', sheet: 'Map', grid: [['Stage', 'Two']] });
  });

  it('CSV rows, columns and cells stop the parse at the row that meets them', () => {
    const limits = { ...IMPORT_LIMITS, rows: 3, columns: 4, cells: 10 };
    expect(readCsv('a,b\nc,d\ne,f\ng,h\n', t, limits)).toEqual({ kind: 'error', issue: { where: 'row 4', message: limitText('rows', limits) } });
    expect(readCsv('a,b\nc,d,e,f,g\n', t, limits)).toEqual({ kind: 'error', issue: { where: 'row 2', message: limitText('columns', limits) } });
    expect(readCsv('a,b,c,d\ne,f,g,h\ni,j,k\n', t, limits)).toEqual({ kind: 'error', issue: { where: 'row 3', message: limitText('cells', limits) } });
    expect(readCsv('a,b,c\nd,e,f\ng,h,i\n', t, limits)).toMatchObject({ kind: 'grid' });
  });

  it('only regular files are read: a pipe, a device behind a link and a folder are refused at once', async () => {
    const folder = await tempFolder();
    execFileSync('mkfifo', [join(folder, 'pipe.csv')]);
    await symlink('/dev/zero', join(folder, 'zero.xlsx'));
    await mkdir(join(folder, 'folder.mmd'));
    const notAFile = t('error.problem.not-a-file');
    for (const name of ['pipe.csv', 'zero.xlsx', 'folder.mmd']) {
      expect(await importFile(join(folder, name), t), name).toEqual({ document: null, notes: [], issues: [{ where: 'file', message: notAFile }] });
    }
  });

  it('a grid larger than a journey holds is refused before a row is made per cell', async () => {
    const folder = await tempFolder();
    const lanes = Array.from({ length: 150 }, (_, r) => `Lane ${r},x,y`).join('\n');
    await writeFile(join(folder, 'lanes.csv'), `,One,Two\n${lanes}\n`);
    expect((await importFile(join(folder, 'lanes.csv'), t)).issues).toEqual([{ where: 'row 1, column A', message: 'the first column names more than 100 lanes, the most a journey holds' }]);
    const stages = Array.from({ length: 250 }, (_, c) => `S${c}`).join(',');
    await writeFile(join(folder, 'stages.csv'), `,${stages}\nActions,x\n`);
    expect((await importFile(join(folder, 'stages.csv'), t)).issues).toEqual([{ where: 'row 1, column GT', message: 'the first row names more than 200 stages, the most a journey holds' }]);
  });
});

describe('import bounds, property-tested over file structure', () => {
  it('CSV of any size and width: refused by a limit exactly when it exceeds one, and by one it exceeds', () => {
    const shape = fc.record({
      rows: fc.integer({ min: 1, max: 70 }),
      widths: fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 70, maxLength: 70 }),
      limits: fc.record({ rows: fc.integer({ min: 1, max: 60 }), columns: fc.integer({ min: 1, max: 25 }), cells: fc.integer({ min: 1, max: 1200 }) }),
    });
    fc.assert(
      fc.property(shape, ({ rows, widths, limits: own }) => {
        const limits = { ...IMPORT_LIMITS, ...own };
        const lines = Array.from({ length: rows }, (_, r) => Array.from({ length: widths[r] ?? 1 }, (_, c) => `r${r}c${c}`).join(','));
        const read = readCsv(`${lines.join('\n')}\n`, t, limits);
        const used = widths.slice(0, rows);
        const exceeded = new Set<LimitName>();
        if (rows > limits.rows) exceeded.add('rows');
        if (used.slice(0, limits.rows).some((w) => w > limits.columns)) exceeded.add('columns');
        if (used.reduce((sum, w) => sum + w, 0) > limits.cells) exceeded.add('cells');
        const named = read.kind === 'error' ? limitNamed(read.issue.message, limits) : null;
        if (exceeded.size === 0) {
          expect(read.kind).toBe('grid');
          if (read.kind === 'grid') expect(read.grid.map((row) => row.length)).toEqual(used);
        } else {
          expect(named).not.toBeNull();
          expect(exceeded.has(named as LimitName)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('sparse, wide workbooks with extra zip entries: the used range is exact, or the read names a limit the file exceeds', async () => {
    const cell = fc.record({ row: fc.integer({ min: 1, max: 300 }), column: fc.integer({ min: 1, max: 80 }), value: fc.boolean() });
    const shape = fc.record({
      cells: fc.uniqueArray(cell, { minLength: 1, maxLength: 40, selector: (c) => `${c.row}:${c.column}` }),
      extra: fc.array(fc.integer({ min: 0, max: 120 * 1024 }), { maxLength: 6 }),
      limits: fc.record({
        rows: fc.integer({ min: 1, max: 280 }), columns: fc.integer({ min: 1, max: 70 }), cells: fc.integer({ min: 1, max: 20_000 }),
        zipEntries: fc.integer({ min: 8, max: 16 }), zipEntryBytes: fc.integer({ min: 20 * 1024, max: 150 * 1024 }), zipTotalBytes: fc.integer({ min: 100 * 1024, max: 500 * 1024 }),
      }),
    });
    await fc.assert(
      fc.asyncProperty(shape, async ({ cells, extra, limits: own }) => {
        const limits = { ...IMPORT_LIMITS, ...own };
        const byRow = new Map<number, typeof cells>();
        for (const c of [...cells].sort((a, b) => a.row - b.row || a.column - b.column)) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c]);
        const ref = (c: { row: number; column: number }) => `${columnLetter(c.column - 1)}${c.row}`;
        const sheetData = [...byRow].map(([row, list]) => `<row r="${row}">${list.map((c) => (c.value ? inlineCell(ref(c), 'v') : `<c r="${ref(c)}" s="0"/>`)).join('')}</row>`).join('');
        const media = Object.fromEntries(extra.map((size, i) => [`xl/media/m${i}.bin`, new Uint8Array(size).fill(i + 1)]));
        const entries = { ...withSheetData(baseEntries, sheetData), ...media };
        const read = await readXlsx(Buffer.from(zipEntries(entries)), t, limits);

        const valued = cells.filter((c) => c.value);
        const maxRow = Math.max(0, ...valued.map((c) => c.row));
        const maxColumn = Math.max(0, ...valued.map((c) => c.column));
        const sizes = Object.values(entries).map((data) => data.length);
        const exceeded = new Set<LimitName>();
        if (maxRow > limits.rows) exceeded.add('rows');
        if (maxColumn > limits.columns) exceeded.add('columns');
        if (maxRow * maxColumn > limits.cells) exceeded.add('cells');
        if (sizes.length > limits.zipEntries) exceeded.add('zipEntries');
        if (sizes.some((s) => s > limits.zipEntryBytes)) exceeded.add('zipEntryBytes');
        if (sizes.reduce((a, b) => a + b, 0) > limits.zipTotalBytes) exceeded.add('zipTotalBytes');

        if (exceeded.size > 0) {
          expect(read.kind).toBe('error');
          const named = read.kind === 'error' ? limitNamed(read.issue.message, limits) : null;
          expect(named !== null && exceeded.has(named)).toBe(true);
        } else {
          expect(read.kind).toBe('grid');
          if (read.kind !== 'grid') return;
          expect(read.grid.length).toBe(maxRow);
          for (const row of read.grid) expect(row.length).toBe(maxColumn);
          for (const c of valued) expect(read.grid[c.row - 1]?.[c.column - 1]).toBe('v');
        }
      }),
      { numRuns: 60 },
    );
  });
});
