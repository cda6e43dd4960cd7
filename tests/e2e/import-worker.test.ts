import { appendFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../main/exchange/import-file';
import { importInWorker } from '../../main/exchange/import-in-worker';
import { journeyToCsv } from '../../shared/exchange/csv';
import { IMPORT_LIMITS, limitIssue } from '../../shared/exchange/import-limits';
import { sayIssue } from '../../shared/exchange/issue-text';
import { createI18n } from '../../shared/i18n/i18n';
import { generateJourney } from '../bench/generate-journey';
import { waymark } from '../helpers/cli';
import { writeHostileSet } from '../helpers/hostile-imports';
import { startPreviewProcess } from '../helpers/preview-process';
import { useTempFolders } from '../helpers/temp-folder';

const script = new URL('../../out/cli/import-worker.js', import.meta.url);
const i18n = createI18n('en');
const t = i18n.t.bind(i18n);

/** A big but valid import: the benchmark's journey as Waymark's own CSV (seconds to read). */
async function bigCsv(folder: string, cards: number): Promise<string> {
  const path = join(folder, `big-${cards}.csv`);
  await writeFile(path, journeyToCsv(generateJourney({ cards, seed: 7 })));
  return path;
}

describe('imports run in a worker thread with a heap and a time limit (as built)', () => {
  const tempFolder = useTempFolders();

  it('reads a file exactly as the importer does in-process', async () => {
    const path = await bigCsv(await tempFolder(), 300);
    const [inWorker, here] = await Promise.all([importInWorker(path, { script, language: 'en', t }), importFile(path, t)]);
    expect(inWorker.issues).toEqual([]);
    expect(inWorker.document?.cards).toHaveLength(300);
    expect(inWorker.document?.cards.map((c) => c.text)).toEqual(here.document?.cards.map((c) => c.text));
  });

  it('an import that outgrows its heap or its time is stopped and says which limit it met', async () => {
    const path = await bigCsv(await tempFolder(), 5_000);
    const issueOf = async (limits: { heapMegabytes?: number; seconds?: number }) => (await importInWorker(path, { script, language: 'sv', t, ...limits })).issues;
    expect(await issueOf({ heapMegabytes: 8 })).toEqual([{ where: 'file', message: sayIssue(t, limitIssue('heapMegabytes', { ...IMPORT_LIMITS, heapMegabytes: 8 })) }]);
    expect(await issueOf({ seconds: 0.05 })).toEqual([{ where: 'file', message: sayIssue(t, limitIssue('seconds', { ...IMPORT_LIMITS, seconds: 0.05 })) }]);
  });

  it('waymark import: the hostile set is refused at once, naming the file and the limit, writing nothing', async () => {
    const folder = await tempFolder();
    const files = await writeHostileSet(folder, { zeroBlockBytes: 200 * 1024 * 1024 });
    const out = join(folder, 'out.journey');
    const results = await Promise.all(['xfd-cell.xlsx', 'zero-block.xlsx', 'big-grid.csv'].map((name) => waymark('import', files[name] ?? '', '--out', out)));
    expect(results.map((r) => r.code)).toEqual([1, 1, 1]);
    expect(results[0]?.stderr).toBe(`${files['xfd-cell.xlsx']}: sheet Map, cell XFD1048576: the file has more than 120,000 rows; Waymark imports at most 120,000: split the file or remove the rows it does not need\n`);
    expect(results[1]?.stderr).toContain(`${files['zero-block.xlsx']}: workbook part xl/media/image1.png: a part of the workbook unpacks to more than 128 MB`);
    expect(results[2]?.stderr).toContain(`${files['big-grid.csv']}: row 120001: the file has more than 120,000 rows`);
    expect((await readdir(folder)).filter((name) => name.endsWith('.journey'))).toEqual([]);
  });

  it('the preview keeps answering while a big, broken import is read', async () => {
    const root = await tempFolder();
    const folder = join(root, 'maps');
    await mkdir(folder);
    // 50,000 cards and, at the very end, a row of no known record type: read whole, then refused.
    const path = await bigCsv(folder, 50_000);
    await appendFile(path, '\r\npostcard,Nowhere,Lane,text\r\n');
    const preview = await startPreviewProcess(folder, join(root, 'user-data'));
    try {
      const call = async (method: string, payload: unknown) => {
        const response = await fetch(new URL(`/api/${method}${new URL(preview.url).search}`, preview.url), {
          method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload),
        });
        return (await response.json()) as { ok: boolean; value?: { document: unknown; issues: { where: string }[] } };
      };
      let pending = true;
      const importing = call('previewImport', { path }).finally(() => (pending = false));
      // Requests answered while the import was still being read: a read on main's own thread
      // would hold each of them until it ended, and none would count. (How fast each answer
      // came is the bench's to measure, not a test's on a shared machine.)
      let answeredMeanwhile = 0;
      while (pending) {
        const answer = await call('getPreferences', {});
        if (pending) answeredMeanwhile += 1;
        expect(answer.ok).toBe(true);
        await new Promise((done) => setTimeout(done, 50));
      }
      const imported = await importing;
      expect(imported.value?.document).toBeNull();
      expect(imported.value?.issues[0]?.where).toMatch(/^row \d{5}$/);
      expect(answeredMeanwhile).toBeGreaterThanOrEqual(5);
    } finally {
      await preview.kill();
    }
  });
});
