import { describe, expect, it } from 'vitest';
import { renderComparisonInWorker, renderInWorker } from '../../main/exchange/render-in-worker';
import { beforeAndAfter } from '../helpers/compare-maps';
import { fullJourney } from '../helpers/exchange-journeys';

const worker = new URL('../../out/cli/export-worker.js', import.meta.url);
const options = { scale: 1, page: 'poster', orientation: 'landscape' } as const;

describe('the export worker (as built; Electron runs the same one off its main thread)', () => {
  it('renders a PDF and a PNG in a worker thread with the bundled fonts and resvg', async () => {
    const [pdf, png] = await Promise.all([
      renderInWorker(worker, fullJourney(), { ...options, format: 'pdf' }, 'en'),
      renderInWorker(worker, fullJourney(), { ...options, format: 'png' }, 'en'),
    ]);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('NotoSans-Regular');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('passes a failure back as an error', async () => {
    await expect(renderInWorker(worker, fullJourney(), { ...options, format: 'csv', viewId: 'nope' }, 'en')).rejects.toThrow('the journey has no saved view "nope"');
  });

  it('renders a comparison of two maps, as Markdown and as PDF', async () => {
    const { before, after } = beforeAndAfter();
    const [markdown, pdf] = await Promise.all((['md', 'pdf'] as const).map((format) =>
      renderComparisonInWorker(worker, { label: 'Before', document: before }, { label: 'After', document: after }, format, 'sv')));
    // Swedish quotes (”…”), and a changed field said old → new.
    const text = markdown!.toString('utf8');
    expect(text).toContain('- kort har lagts till: ”Compares prices” (Discover / actions)');
    expect(text).toContain('- kort (Buy / actions): text ”Pays online” → ”Pays by card”');
    expect(pdf!.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
