import { execFile } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseJourneyText } from '../../shared/document/parse';
import { serializeJourney } from '../../shared/document/serialize';
import { waymark } from '../helpers/cli';
import { FULL_FIXTURE } from '../helpers/exchange-journeys';
import { useTempFolders } from '../helpers/temp-folder';

const run = promisify(execFile);

describe('waymark export and import (the built CLI: no Electron, no browser)', () => {
  const tempFolder = useTempFolders();

  it('exports through every library it bundles, and CSV and XLSX import back to the same journey', async () => {
    const dir = await tempFolder();
    // Two at a time: each run starts a fresh node with the whole bundle. SVG and Markdown take
    // the same paths as HTML and CSV here; unit tests read every format back.
    for (const pair of [['pdf', 'png'], ['html', 'csv'], ['xlsx', 'mmd']]) {
      await Promise.all(pair.map(async (ext) => {
        const result = await waymark('export', FULL_FIXTURE, '--out', join(dir, `map.${ext}`), ...(ext === 'png' ? ['--scale', '1'] : []));
        expect(result, ext).toMatchObject({ code: 0, stderr: '' });
      }));
    }
    const original = serializeJourney(parseJourneyText(await readFile(FULL_FIXTURE, 'utf8')));
    const [csv, xlsx, mermaid] = await Promise.all(['csv', 'xlsx', 'mmd'].map((ext) => waymark('import', join(dir, `map.${ext}`), '--out', join(dir, `from-${ext}.journey`))));
    expect(csv).toEqual({ code: 0, stdout: `${join(dir, 'from-csv.journey')}: 5 stages, 7 lanes, 18 cards\n`, stderr: '' });
    expect(xlsx).toMatchObject({ code: 0, stderr: '' });
    for (const ext of ['csv', 'xlsx']) expect(await readFile(join(dir, `from-${ext}.journey`), 'utf8')).toBe(original);
    expect(mermaid!.code).toBe(0);
    expect(mermaid!.stdout).toContain('5 stages, 2 lanes, 7 cards');
    expect(await waymark('export', FULL_FIXTURE, '--out', join(dir, 'view.md'), '--view', 'Executive summary')).toMatchObject({ code: 0 });
    expect(await readFile(join(dir, 'view.md'), 'utf8')).not.toContain('### Awareness');
  });

  it('tiles a PDF fitted to one page across: the cover, then pages that each hold every stage', async () => {
    const dir = await tempFolder();
    expect(await waymark('export', FULL_FIXTURE, '--out', join(dir, 'wide.pdf'), '--page', 'a4', '--pages-wide', '1')).toMatchObject({ code: 0, stderr: '' });
    const { stdout: wide } = await run('pdftotext', [join(dir, 'wide.pdf'), '-']);
    expect(wide).toMatch(/Page 2 of \d+ · row 1 of \d+, column 1 of 1/);
  });

  it('bad input: one message naming the row or line, exit 1, nothing written', async () => {
    const dir = await tempFolder();
    await writeFile(join(dir, 'bad.csv'), 'record,stage,lane,text,impact\ncards,A,Touchpoints,ok,3\ncards,A,Touchpoints,bad,lots\n');
    await writeFile(join(dir, 'bad.mmd'), 'journey\n  title Day\n  section Morning\n  Make tea 5 Me\n');
    await writeFile(join(dir, 'bad.xlsx'), 'PK not really a workbook');
    const [csv, mermaid, xlsx, notJourney, format, page, view, pagesWide] = await Promise.all([
      waymark('import', join(dir, 'bad.csv'), '--out', join(dir, 'a.journey')),
      waymark('import', join(dir, 'bad.mmd'), '--out', join(dir, 'b.journey')),
      waymark('import', join(dir, 'bad.xlsx'), '--out', join(dir, 'c.journey')),
      waymark('export', join(dir, 'bad.csv'), '--out', join(dir, 'x.pdf')),
      waymark('export', FULL_FIXTURE, '--out', join(dir, 'x.docx')),
      waymark('export', FULL_FIXTURE, '--out', join(dir, 'x.pdf'), '--page', 'a5'),
      waymark('export', FULL_FIXTURE, '--out', join(dir, 'x.pdf'), '--view', 'Board'),
      waymark('export', FULL_FIXTURE, '--out', join(dir, 'x.pdf'), '--page', 'a4', '--pages-wide', '0'),
    ]);
    expect(csv).toEqual({ code: 1, stdout: '', stderr: `${join(dir, 'bad.csv')}: row 3: impact: "lots" is not a number\n` });
    expect(mermaid).toEqual({
      code: 1, stdout: '', stderr: `${join(dir, 'bad.mmd')}: line 4: "Make tea 5 Me" is not a title, section or task (a task reads "name: score: actors")\n`,
    });
    expect(xlsx).toMatchObject({ code: 1, stderr: `${join(dir, 'bad.xlsx')}: file: the file is not a readable XLSX workbook\n` });
    expect(notJourney).toMatchObject({ code: 1 });
    expect(format).toMatchObject({ code: 2 });
    expect(page).toMatchObject({ code: 2 });
    expect(pagesWide).toMatchObject({ code: 2, stderr: expect.stringMatching(/^waymark export: --pages-wide: /) });
    expect(view).toMatchObject({ code: 2, stderr: `waymark export: ${FULL_FIXTURE} has no saved view "Board" (its views: "Executive summary")\n` });
    expect((await readdir(dir)).sort()).toEqual(['bad.csv', 'bad.mmd', 'bad.xlsx']);
  });

  it('refuses to replace an existing journey unless told to', async () => {
    const dir = await tempFolder();
    const csv = join(dir, 'map.csv');
    const out = join(dir, 'map.journey');
    await waymark('export', FULL_FIXTURE, '--out', csv);
    await writeFile(out, 'mine');
    expect(await waymark('import', csv, '--out', out)).toMatchObject({ code: 1, stderr: `waymark import: ${out} exists; add --force to replace it\n` });
    expect(await readFile(out, 'utf8')).toBe('mine');
    expect(await waymark('import', csv, '--out', out, '--force')).toMatchObject({ code: 0 });
    expect(await readFile(`${out}.bak`, 'utf8')).toBe('mine');
  });
});
