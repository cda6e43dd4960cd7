import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderInWorker } from '../../main/exchange/render-in-worker';
import { parseJourneyText } from '../../shared/document/parse';
import { waymark } from '../helpers/cli';
import { FULL_FIXTURE, fullJourney } from '../helpers/exchange-journeys';
import { readPptx } from '../helpers/pptx-read';
import { useTempFolders } from '../helpers/temp-folder';

const worker = new URL('../../out/cli/export-worker.js', import.meta.url);

describe('PowerPoint from the built CLI and export worker (no Electron)', () => {
  const tempFolder = useTempFolders();

  it('exports .pptx and --format pptx, a saved view with --view, and renders in the worker', async () => {
    const dir = await tempFolder();
    const doc = parseJourneyText(await readFile(FULL_FIXTURE, 'utf8'));
    const [byExtension, byFormat, view] = await Promise.all([
      waymark('export', FULL_FIXTURE, '--out', join(dir, 'deck.pptx')),
      waymark('export', FULL_FIXTURE, '--out', join(dir, 'deck.bin'), '--format', 'pptx'),
      waymark('export', FULL_FIXTURE, '--out', join(dir, 'view.pptx'), '--view', 'Executive summary'),
    ]);
    for (const result of [byExtension, byFormat, view]) expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(byExtension.stdout).toMatch(/deck\.pptx: pptx, \d+ bytes\n$/);
    const whole = readPptx(await readFile(join(dir, 'deck.pptx')));
    expect(whole.malformed).toEqual([]);
    // Title, overview, five stages, one action plan page, a results slide per workshop the map keeps.
    expect(whole.slides).toHaveLength(2 + doc.stages.length + 1 + doc.workshops.length);
    expect(readPptx(await readFile(join(dir, 'deck.bin'))).slides).toHaveLength(whole.slides.length);
    // The view keeps stages 2 to 4.
    expect(readPptx(await readFile(join(dir, 'view.pptx'))).slides).toHaveLength(2 + 3 + 1 + doc.workshops.length);

    const fromWorker = readPptx(await renderInWorker(worker, fullJourney(), { format: 'pptx', scale: 2, page: 'poster', orientation: 'landscape' }, 'sv'));
    expect(fromWorker.slides).toHaveLength(whole.slides.length);
    expect(fromWorker.slides[2]!.shapes.map((s) => s.paragraphs.join('\n'))).toContain('Fas 1 av 5');
    expect(fromWorker.slides.at(-1 - doc.workshops.length)!.tables[0]![0]![0]).toBe('Fas');
    expect(fromWorker.slides.at(-1)!.tables[1]![0]).toEqual(['Fas', 'Medel', 'Betyg', '−2', '−1', '0', '+1', '+2']);
  });
});
