import type { JourneyDocument } from '../../shared/document/schema';
import { comparisonDrawings, type ComparisonText } from '../../shared/export/compare-drawing';
import { compareJourneys } from '../../shared/merge/compare';
import { comparisonMarkdown } from '../../shared/merge/compare-markdown';
import { deltaText, structureLines } from '../../shared/merge/compare-words';
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
  const structure = structureLines(comparison, t);
  // Without the title's arrow, which the embedded fonts lack.
  const title = t('compare.fileName', labels);
  const text: ComparisonText = {
    title,
    legend: Object.fromEntries(CHANGE_MARKS.map((m) => [m, t(`compare.mark.${m}`)])) as ComparisonText['legend'],
    legendGhost: t('compare.legendGhost'),
    legendOldCurve: t('compare.legendOldCurve'),
    legendDelta: t('compare.legendDelta'),
    structureHeading: t('compare.structure'),
    structure,
    changesHeading: t('merge.compare.changes'),
    // Noto Sans has no → (U+2192): old → new is drawn with Noto Emoji's ➡ (U+27A1), which the PDF embeds.
    lines: comparison.changes.length === 0 ? [] : describeChanges(comparison.changes, comparison.before, after.document, t, language).map((line) => line.replaceAll('→', '\u27A1')),
    formatDelta: (d) => deltaText(d, language),
  };
  // Images are decoded to PNG or JPEG first: PDF cannot draw the WebP that maps store.
  const [drawableBefore, drawableAfter] = await Promise.all([withDrawableAssets(comparison.before), withDrawableAssets(after.document)]);
  const drawings = comparisonDrawings({ ...comparison, before: drawableBefore }, drawableAfter, text, fontMeasurer, mapDrawOptions(t, language));
  return drawingsToPdf(drawings, title, language);
}
