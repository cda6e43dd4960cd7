import type { JourneyDocument } from '../../shared/document/schema';
import { drawingTexts } from '../../shared/export/drawing';
import { drawMap } from '../../shared/export/map-drawing';
import { headingBlock, tailBlock } from '../../shared/export/map-heading';
import { drawingToSvg } from '../../shared/export/svg';
import { applyView, findView } from '../../shared/exchange/apply-view';
import { journeyToCsv } from '../../shared/exchange/csv';
import type { ExportOptions } from '../../shared/exchange/formats';
import { journeyToHtml } from '../../shared/exchange/html-report';
import { journeyToMarkdown } from '../../shared/exchange/markdown';
import { workshopTables } from '../../shared/exchange/workshop-tables';
import { journeyToMermaid } from '../../shared/exchange/mermaid-export';
import type { Translate } from '../../shared/templates/templates';
import { writeFileAtomic } from '../services/atomic-write';
import { fontMeasurer } from './fonts';
import { mapDrawOptions } from './map-draw-options';
import { drawingToPdf } from './pdf';
import { svgToPng } from './png';
import { withDrawableAssets } from './raster-assets';
import { webFontCss } from './web-fonts';
import { CARD_COLUMNS, journeyToXlsx } from './xlsx-write';
import { journeyToPptx } from './pptx/deck';

function mapDrawing(doc: JourneyDocument, t: Translate, language: string, version: ExportOptions['version']) {
  return drawMap(doc, fontMeasurer, { ...mapDrawOptions(t, language), ...(version ? { version } : {}) });
}

const titleOf = (doc: JourneyDocument, t: Translate) => doc.journey.title || t('app.untitled');

/** The bytes of one export. The app's IPC handler and `waymark export` both come here. */
export async function renderExport(whole: JourneyDocument, options: ExportOptions, t: Translate, language = 'en'): Promise<Buffer> {
  const view = options.viewId === undefined ? undefined : findView(whole, options.viewId);
  if (options.viewId !== undefined && !view) throw new Error(`the journey has no saved view "${options.viewId}"`);
  const doc = view ? applyView(whole, view) : whole;
  switch (options.format) {
    case 'csv':
      return Buffer.from(journeyToCsv(doc), 'utf8');
    case 'xlsx':
      return journeyToXlsx(doc, {
        mapSheet: t('exchange.sheet.map'),
        actionPlanSheet: t('exchange.sheet.actionPlan'),
        actionPlanHeader: ['stage', 'step', 'opportunity', 'owner', 'priority', 'status', 'addresses', 'notes'].map((k) => t(`exchange.plan.${k}`)),
        priority: (value) => t(`content.priority.${value}`),
        status: (value) => t(`content.oppStatus.${value}`),
        cardsSheet: {
          name: t('exchange.sheet.cards'),
          header: [t('exchange.plan.stage'), t('exchange.plan.step'), t('exchange.cards.lane'), t('exchange.cards.kind'), t('exchange.cards.text'), ...CARD_COLUMNS.map((k) => t(`exchange.field.${k}`))],
          kind: (kind) => t(`lane.${kind}`),
          value: (value) => t(`exchange.value.${value}`, { defaultValue: value }),
        },
        workshopSheet: {
          name: t('workshopHost.export.section'),
          ranking: t('workshopHost.export.ranking'), ratings: t('workshopHost.export.ratings'), parked: t('workshopHost.export.parked'),
          workshops: workshopTables(doc, t, language),
        },
      });
    case 'md':
      return Buffer.from(journeyToMarkdown(doc, t, language), 'utf8');
    case 'mermaid':
      return Buffer.from(journeyToMermaid(doc, t('app.untitled')), 'utf8');
    default:
      break;
  }
  // Images are decoded to PNG or JPEG first: PDF and PNG cannot draw the WebP that maps store.
  const drawable = await withDrawableAssets(doc);
  const drawing = mapDrawing(drawable, t, language, options.version);
  const title = titleOf(doc, t);
  switch (options.format) {
    case 'png':
      return svgToPng(drawingToSvg(drawing, { fontFaceCss: '', title }), drawing, options.scale);
    case 'pdf':
      return drawingToPdf(drawing, {
        page: options.page, orientation: options.orientation, title, language,
        fit: { ...(options.pagesWide !== undefined ? { pagesWide: options.pagesWide } : {}), ...(options.stagePerPage ? { stagePerPage: true } : {}) },
        cover: (width) => {
          const text = { t: (key: string) => t(key), language };
          return { head: headingBlock(drawable, width, fontMeasurer, text), tail: tailBlock(drawable, width, fontMeasurer, text, options.version) };
        },
        pageLabel: (at) => (at.row === 0 ? t('exchange.pdf.overviewPage', at) : t('exchange.pdf.pageLabel', at)),
        overviewLabel: t('exchange.pdf.overview'),
      });
    case 'pptx':
      // The decoded map: storyboard frames go on the stage slides as PNG or JPEG.
      return journeyToPptx({ doc: drawable, drawing, title, measure: fontMeasurer, t, language });
    default: {
      // The report shows every text of the journey, not only the map's: its fonts cover them all.
      const texts = options.format === 'svg' ? drawingTexts(drawing.shapes) : [...drawingTexts(drawing.shapes), JSON.stringify(doc)];
      const svg = drawingToSvg(drawing, { fontFaceCss: webFontCss(texts), title });
      return Buffer.from(options.format === 'svg' ? svg : journeyToHtml(doc, svg, t, language), 'utf8');
    }
  }
}

/** Renders, then writes crash-safely: the target holds the old file or the whole new one. */
export async function exportToFile(doc: JourneyDocument, path: string, options: ExportOptions, t: Translate, language = 'en'): Promise<{ path: string; bytes: number }> {
  const data = await renderExport(doc, options, t, language);
  await writeFileAtomic(path, data, { backup: false });
  return { path, bytes: data.length };
}
