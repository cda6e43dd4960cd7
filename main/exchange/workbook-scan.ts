import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { SaxesParser } from 'saxes';
import yauzl from 'yauzl';
import { ImportLimitError, type ImportLimits } from '../../shared/exchange/import-limits';
import { columnLetter } from '../../shared/exchange/grid-import';
import { said } from '../../shared/exchange/issue-text';

/** The file is not a zip archive (or a broken one): not a workbook at all. */
export class NotAWorkbookError extends Error {}

const isSheet = (name: string) => /^\/?xl\/worksheets\/[^/]+\.xml$/i.test(name);
const isSharedStrings = (name: string) => /^\/?xl\/sharedStrings\.xml$/i.test(name);
/** `x:c` and `c` alike: some writers prefix SpreadsheetML's names. */
const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** `XFD12` as its 1-based column and row; null for anything else. */
export function cellPosition(ref: string): { column: number; row: number } | null {
  const match = /^([A-Z]{1,3})(\d{1,7})$/.exec(ref);
  if (!match) return null;
  let column = 0;
  for (const letter of match[1] ?? '') column = column * 26 + (letter.charCodeAt(0) - 64);
  return { column, row: Number(match[2]) };
}

/**
 * Measures a worksheet's used range as its XML streams in: only cells holding a value count,
 * so a styled empty cell in column XFD (or a dimension claiming XFD1048576) widens nothing.
 * The range's area, summed over the sheets, is what a reader allocates; the first limit met
 * stops the scan.
 */
class SheetCounter {
  private readonly parser = new SaxesParser();
  private row = 0;
  private column = 0;
  private inCell: { column: number; row: number } | null = null;
  private hasValue = false;
  private rows = 0;
  private columns = 0;

  constructor(
    private readonly sheet: string,
    private readonly totals: { cells: number },
    private readonly limits: ImportLimits,
  ) {
    this.parser.on('opentag', (tag) => this.open(localName(tag.name), tag.attributes));
    this.parser.on('closetag', (tag) => {
      if (localName(tag.name) !== 'c' || !this.inCell) return;
      if (this.hasValue) this.countCell(this.inCell);
      this.inCell = null;
    });
  }

  write(chunk: string): void {
    this.parser.write(chunk);
  }

  /** Adds the sheet's area to the workbook's. */
  end(): void {
    this.parser.close();
    this.totals.cells += this.rows * this.columns;
  }

  private open(name: string, attributes: Record<string, string>): void {
    if (name === 'row') {
      const r = Number(attributes['r']);
      this.row = Number.isInteger(r) && r > 0 ? r : this.row + 1;
      this.column = 0;
    } else if (name === 'c') {
      const at = cellPosition(attributes['r'] ?? '');
      this.column = at ? at.column : this.column + 1;
      this.inCell = { column: this.column, row: at ? at.row : this.row };
      this.hasValue = false;
    } else if (this.inCell && (name === 'v' || name === 'is' || name === 'f')) {
      this.hasValue = true;
    }
  }

  private countCell({ column, row }: { column: number; row: number }): void {
    const where = said('sheetCell', { sheet: this.sheet, cell: `${columnLetter(column - 1)}${row}` });
    if (row > this.limits.rows) throw new ImportLimitError('rows', where);
    if (column > this.limits.columns) throw new ImportLimitError('columns', where);
    this.rows = Math.max(this.rows, row);
    this.columns = Math.max(this.columns, column);
    if (this.totals.cells + this.rows * this.columns > this.limits.cells) throw new ImportLimitError('cells', where);
  }
}

/** Counts the strings of the shared-string table: no more of them than cells are read. */
class StringCounter {
  private readonly parser = new SaxesParser();
  private strings = 0;

  constructor(limits: ImportLimits) {
    this.parser.on('opentag', (tag) => {
      if (localName(tag.name) === 'si' && ++this.strings > limits.cells) throw new ImportLimitError('cells', said('file'));
    });
  }

  write(chunk: string): void {
    this.parser.write(chunk);
  }

  end(): void {
    this.parser.close();
  }
}

const openZip = (bytes: Buffer) =>
  new Promise<yauzl.ZipFile>((done, failed) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, zip) => (error ? failed(new NotAWorkbookError(error.message)) : done(zip))),
  );

const openEntry = (zip: yauzl.ZipFile, entry: yauzl.Entry) =>
  new Promise<Readable>((done, failed) => zip.openReadStream(entry, (error, stream) => (error ? failed(new NotAWorkbookError(error.message)) : done(stream))));

/** Visits each file entry of the zip in order; `visit` may inflate it with inflateEntry. */
async function eachEntry(zip: yauzl.ZipFile, visit: (entry: yauzl.Entry) => Promise<void>): Promise<void> {
  for (;;) {
    const entry = await new Promise<yauzl.Entry | null>((done, failed) => {
      zip.once('entry', done).once('end', () => done(null)).once('error', (error: Error) => failed(new NotAWorkbookError(error.message)));
      zip.readEntry();
    });
    zip.removeAllListeners('entry').removeAllListeners('end').removeAllListeners('error');
    if (entry === null) return;
    if (!entry.fileName.endsWith('/')) await visit(entry);
  }
}

/** Larger workbook.xml or rels parts are not read for names: the part names stand in. */
const NAMES_PART_BYTES = 1024 * 1024;
const partPath = (name: string) => name.replace(/^\//, '').toLowerCase();

/**
 * The tab name of each worksheet part ("xl/worksheets/sheet1.xml" -> "Journey"), read from
 * xl/workbook.xml and its relationships, so a limit names the sheet as the user sees it.
 */
async function sheetTabNames(bytes: Buffer): Promise<Map<string, string>> {
  const idToName = new Map<string, string>();
  const idToTarget = new Map<string, string>();
  const zip = await openZip(bytes);
  try {
    await eachEntry(zip, async (entry) => {
      const part = partPath(entry.fileName);
      if ((part !== 'xl/workbook.xml' && part !== 'xl/_rels/workbook.xml.rels') || entry.uncompressedSize > NAMES_PART_BYTES) return;
      const parser = new SaxesParser();
      parser.on('opentag', (tag) => {
        const attribute = (wanted: string) => Object.entries(tag.attributes).find(([key]) => key === wanted || localName(key) === wanted)?.[1];
        const id = part === 'xl/workbook.xml' ? attribute('r:id') ?? attribute('id') : attribute('Id');
        if (typeof id !== 'string') return;
        if (localName(tag.name) === 'sheet' && typeof attribute('name') === 'string') idToName.set(id, String(attribute('name')));
        if (localName(tag.name) === 'Relationship' && typeof attribute('Target') === 'string') idToTarget.set(id, String(attribute('Target')));
      });
      const text = new StringDecoder('utf8');
      let read = 0;
      await inflateEntry(await openEntry(zip, entry), (chunk) => {
        read += chunk.length;
        if (read > NAMES_PART_BYTES) throw new NotAWorkbookError(`${part} is larger than it says`);
        parser.write(text.write(chunk));
      });
      parser.write(text.end()).close();
    });
  } finally {
    zip.close();
  }
  const names = new Map<string, string>();
  for (const [id, name] of idToName) {
    const target = idToTarget.get(id);
    if (target !== undefined) names.set(partPath(target.startsWith('/') ? target : `xl/${target}`), name.slice(0, 100));
  }
  return names;
}

/**
 * Reads a workbook's zip, inflating entry by entry, before any spreadsheet library sees
 * it: the count of entries, the bytes each inflates to (its declared size first, then what
 * really comes out, so a lying header stops as soon as it lies), and the cells of every sheet
 * (see SheetCounter) are held to `limits`. A first pass reads only the sheets' tab names.
 * Throws ImportLimitError at the first limit met and NotAWorkbookError for a broken archive
 * or malformed XML.
 */
export async function scanWorkbook(bytes: Buffer, limits: ImportLimits): Promise<void> {
  const zip = await openZip(bytes);
  try {
    if (zip.entryCount > limits.zipEntries) throw new ImportLimitError('zipEntries', said('file'));
    const tabNames = await sheetTabNames(bytes);
    const totals = { cells: 0, inflated: 0 };
    await eachEntry(zip, async (entry) => {
      const where = said('zipEntry', { entry: entry.fileName.slice(0, 200) });
      if (entry.uncompressedSize > limits.zipEntryBytes) throw new ImportLimitError('zipEntryBytes', where);
      if (totals.inflated + entry.uncompressedSize > limits.zipTotalBytes) throw new ImportLimitError('zipTotalBytes', where);
      const sheetName = tabNames.get(partPath(entry.fileName)) ?? entry.fileName.replace(/^.*\/|\.xml$/gi, '');
      const counter = isSheet(entry.fileName) ? new SheetCounter(sheetName, totals, limits) : isSharedStrings(entry.fileName) ? new StringCounter(limits) : null;
      const text = new StringDecoder('utf8');
      await inflateEntry(await openEntry(zip, entry), (chunk) => {
        totals.inflated += chunk.length;
        if (totals.inflated > limits.zipTotalBytes) throw new ImportLimitError('zipTotalBytes', where);
        counter?.write(text.write(chunk));
      });
      counter?.write(text.end());
      counter?.end();
    });
  } finally {
    zip.close();
  }
}

/** Streams one entry through `onChunk`; the stream is destroyed on the first throw. */
function inflateEntry(stream: Readable, onChunk: (chunk: Buffer) => void): Promise<void> {
  return new Promise((done, failed) => {
    stream.on('data', (chunk: Buffer) => {
      try {
        onChunk(chunk);
      } catch (error) {
        stream.destroy();
        failed(error instanceof ImportLimitError ? error : new NotAWorkbookError(String(error)));
      }
    });
    stream.once('end', () => done());
    stream.once('error', (error) => failed(new NotAWorkbookError(error.message)));
  });
}
