import type { JourneyDocument } from '../../shared/document/schema';
import { comparisonDrawings, type ComparisonText } from '../../shared/export/compare-drawing';
import { compareJourneys } from '../../shared/merge/compare';
import { comparisonMarkdown } from '../../shared/merge/compare-markdown';
import { CHANGE_MARKS } from '../../shared/merge/compare-view';
import { describeChanges } from '../../shared/merge/diff';
import type { Translate } from '../../shared/templates/templates';
import { fontMeasurer } from './fonts';
import { mapDrawOptions } from './map-draw-options';
import { drawingsToPdf } from './pdf';
import { withDrawableAssets } from './raster-assets';

export interface ComparedFile { label: string; document: JourneyDocument }

/**
 * A comparison of two maps as Markdown (the tables and change list of `waymark diff
 * --markdown`) or as a PDF: the overlaid map with every change marked, then the list.
 * The app's export and `waymark diff --pdf` both come here.
 */
export async function renderComparison(before: ComparedFile, after: ComparedFile, format: 'md' | 'pdf', t: Translate, language: string): Promise<Buffer> {
  const comparison = compareJourneys(before.document, after.document);
  const labels = { before: before.label, after: after.label };
  if (format === 'md') return Buffer.from(comparisonMarkdown(comparison, before.document, after.document, t, language, labels), 'utf8');
  const signed = new Intl.NumberFormat(language, { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
  const structure = [
    ...comparison.stages.filter((s) => s.presence !== 'same').map((s) => ({ what: t('merge.record.stages'), ...s })),
    ...comparison.lanes.filter((l) => l.presence !== 'same').map((l) => ({ what: t('merge.record.lanes'), ...l })),
  ].map((s) => t('compare.structureLine', { what: s.what, name: s.name, change: s.previousName ? t('merge.compare.renamedFrom', { name: s.previousName }) : t(`merge.compare.presence.${s.presence}`) }));
  // Without the title's arrow, which the embedded fonts lack.
  const title = t('compare.fileName', labels);
  const text: ComparisonText = {
    title,
    legend: Object.fromEntries(CHANGE_MARKS.map((m) => [m, t(`compare.mark.${m}`)])) as ComparisonText['legend'],
    structureHeading: t('compare.structure'),
    structure,
    changesHeading: t('merge.compare.changes'),
    lines: comparison.changes.length === 0 ? [] : describeChanges(comparison.changes, comparison.before, after.document, t),
    formatDelta: (d) => `${signed.format(d.delta)}${d.unit ? ` ${d.unit}` : ''}`,
  };
  // Images are decoded to PNG or JPEG first: PDF cannot draw the WebP that maps store.
  const [drawableBefore, drawableAfter] = await Promise.all([withDrawableAssets(comparison.before), withDrawableAssets(after.document)]);
  const drawings = comparisonDrawings({ ...comparison, before: drawableBefore }, drawableAfter, text, fontMeasurer, mapDrawOptions(t, language));
  return drawingsToPdf(drawings, title, language);
}
