import PptxGenJS from 'pptxgenjs';
import type { JourneyDocument } from '../../../shared/document/schema';
import type { Drawing, TextMeasurer } from '../../../shared/export/drawing';
import { computeLayout } from '../../../shared/layout/layout';
import { lineCounterFor } from '../../../shared/export/map-drawing';
import type { Translate } from '../../../shared/templates/templates';
import { addOverviewSlide } from './overview-slide';
import { addPlanSlides } from './plan-slides';
import { FONT_FACE, runLanguage, xmlText } from './pptx-units';
import { addStageSlides } from './stage-slides';
import { addTitleSlide } from './title-slide';

export interface DeckInput {
  doc: JourneyDocument;
  /** The map as the other formats draw it (shared/export), for the overview slide. */
  drawing: Drawing;
  title: string;
  measure: TextMeasurer;
  t: Translate;
  language: string;
}

/**
 * A PowerPoint deck of the journey, every text editable: a title slide, the whole map on one
 * slide, one slide per stage (cards, curve, metrics, speaker notes as presenter notes), then
 * the action plan as tables paged across slides.
 */
export async function journeyToPptx({ doc, drawing, title, measure, t, language }: DeckInput): Promise<Buffer> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = xmlText(title);
  pptx.author = xmlText(doc.journey.owner ?? '');
  pptx.company = '';
  pptx.subject = xmlText(doc.journey.goal);
  pptx.theme = { headFontFace: FONT_FACE, bodyFontFace: FONT_FACE };
  const layout = computeLayout(doc, lineCounterFor(measure));
  const lang = runLanguage(language);
  addTitleSlide(pptx, doc, title, t, lang);
  addOverviewSlide(pptx, drawing, measure, lang);
  addStageSlides({ pptx, doc, layout, measure, t, language, lang });
  addPlanSlides(pptx, doc, t, measure, lang);
  const data = await pptx.write({ outputType: 'nodebuffer', compression: true });
  return Buffer.isBuffer(data) ? data : Buffer.from(data as ArrayBuffer);
}
