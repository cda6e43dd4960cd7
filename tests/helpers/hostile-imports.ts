import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate, zipSync } from 'fflate';

/** A small valid workbook (one sheet, A1 = "Stage"), unzipped: its entries by name. */
export async function workbookEntries(): Promise<Record<string, Uint8Array>> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Map').getCell('A1').value = 'Stage';
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return unzipSync(bytes);
}

/** The sheet entry with its `<sheetData>` replaced (cells written as inline strings). */
export function withSheetData(entries: Record<string, Uint8Array>, sheetData: string): Record<string, Uint8Array> {
  const name = 'xl/worksheets/sheet1.xml';
  const xml = strFromU8(entries[name] ?? new Uint8Array()).replace(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/, `<sheetData>${sheetData}</sheetData>`);
  return { ...entries, [name]: strToU8(xml) };
}

export const inlineCell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

export const zipEntries = (entries: Record<string, Uint8Array>): Uint8Array => zipSync(entries, { level: 6 });

/**
 * A workbook whose extra entry inflates to `bytes` zero bytes, deflated in chunks so the
 * zeros never sit in memory (1 GiB becomes about 1 MB).
 */
export async function workbookWithZeroBlock(bytes: number, entryName = 'xl/media/image1.png'): Promise<Buffer> {
  const entries = await workbookEntries();
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, data] of Object.entries(entries)) {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    file.push(data, true);
  }
  const block = new ZipDeflate(entryName, { level: 9 });
  zip.add(block);
  const zeros = new Uint8Array(8 * 1024 * 1024);
  for (let left = bytes; left > 0; left -= zeros.length) block.push(left > zeros.length ? zeros : zeros.subarray(0, left), left <= zeros.length);
  zip.end();
  return Buffer.concat(chunks);
}

/** The hostile set of issue 13, each as a file in `folder`; returns their paths by case name. */
export async function writeHostileSet(folder: string, { zeroBlockBytes = 1024 ** 3 } = {}): Promise<Record<string, string>> {
  const entries = await workbookEntries();
  const files: Record<string, Uint8Array | string | Buffer> = {
    // One cell in the last column and row Excel allows.
    'xfd-cell.xlsx': zipEntries(withSheetData(entries, `<row r="1">${inlineCell('A1', 'Stage')}</row><row r="1048576">${inlineCell('XFD1048576', 'far')}</row>`)),
    // A cell in column XFD on each of 300 rows.
    'xfd-rows.xlsx': zipEntries(withSheetData(entries, Array.from({ length: 300 }, (_, i) => `<row r="${i + 1}">${inlineCell(`A${i + 1}`, 'a')}${inlineCell(`XFD${i + 1}`, 'z')}</row>`).join(''))),
    'zero-block.xlsx': await workbookWithZeroBlock(zeroBlockBytes),
    // 50 MB of short cells: a huge grid.
    'big-grid.csv': `${Array.from({ length: 250_000 }, (_, r) => Array.from({ length: 20 }, (_, c) => `r${r}c${c}`).join(',')).join('\n')}\n`,
    // Mermaid: one section with a great many tasks.
    'many-tasks.mmd': `journey\n  title Big\n  section One\n${'    Task: 3: Me\n'.repeat(1_500_000)}`,
  };
  const paths: Record<string, string> = {};
  for (const [name, data] of Object.entries(files)) {
    paths[name] = join(folder, name);
    await writeFile(paths[name], data);
  }
  return paths;
}
