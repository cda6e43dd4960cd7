import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { renderExport } from '../../main/exchange/export-journey';
import type { JourneyDocument } from '../../shared/document/schema';
import type { ExportOptions } from '../../shared/exchange/formats';
import { t } from '../helpers/exchange-journeys';
import { journeyFrom } from '../helpers/journeys';
import { countPixels, decodePng, type Pixels } from '../helpers/pixels';
import { makeWebp } from '../helpers/rich-journey';
import { useTempFolders } from '../helpers/temp-folder';

const run = promisify(execFile);
const options = (o: Partial<ExportOptions> & Pick<ExportOptions, 'format'>): ExportOptions => ({ scale: 1, page: 'poster', orientation: 'landscape', ...o });

/** A storyboard lane with one frame, stored as WebP the way the app stores images. */
async function storyboardJourney(withImage: boolean): Promise<JourneyDocument> {
  const doc = journeyFrom('blank');
  doc.lanes = [{ id: 'lane-story', kind: 'storyboard', name: 'Storyboard', order: 'a0' }];
  doc.assets = [{ id: 'frame', mimeType: 'image/webp', width: 480, height: 270, data: (await makeWebp(480, 270)).toString('base64') }];
  doc.cards = [{ id: 'c1', stageId: doc.stages[0]!.id, laneId: 'lane-story', order: 'a0', text: 'Frame', ...(withImage ? { imageId: 'frame' } : {}) }];
  return doc;
}

/** The test picture's gradient: blue channel 178, red and green spread across the frame. */
const gradientPixels = (image: Pixels) => countPixels(image, ([r, g, b]) => Math.abs(b - 178) <= 8 && r > 30 && g > 30 && Math.abs(r - g) > 20);

describe('exports true to the canvas', () => {
  const folder = useTempFolders();

  for (const format of ['png', 'pdf'] as const) {
    it(`${format.toUpperCase()}: a WebP storyboard frame is drawn, not left blank`, { timeout: 30_000 }, async () => {
      const dir = await folder();
      const pixels = async (doc: JourneyDocument) => {
        const data = await renderExport(doc, options({ format }), t);
        if (format === 'png') return decodePng(data);
        await writeFile(join(dir, 'frame.pdf'), data);
        await run('pdftoppm', ['-r', '96', '-png', '-singlefile', join(dir, 'frame.pdf'), join(dir, 'frame')]);
        return decodePng(await readFile(join(dir, 'frame.png')));
      };
      expect(gradientPixels(await pixels(await storyboardJourney(false)))).toBe(0);
      // The frame is 236 × 133 units at most; most of it is the gradient.
      expect(gradientPixels(await pixels(await storyboardJourney(true)))).toBeGreaterThan(5_000);
    });
  }

  it('SVG: the WebP frame is embedded as an image the SVG can hold', { timeout: 30_000 }, async () => {
    const svg = (await renderExport(await storyboardJourney(true), options({ format: 'svg' }), t)).toString('utf8');
    const [, mime, data] = svg.match(/<image [^>]*href="data:(image\/[a-z]+);base64,([^"]+)"/) ?? [];
    expect(mime).toMatch(/^image\/(png|jpeg)$/);
    expect(gradientPixels(await decodePng(Buffer.from(data!, 'base64')))).toBeGreaterThan(50_000);
  });
});
