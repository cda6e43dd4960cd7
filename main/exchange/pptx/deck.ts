import PptxGenJS from 'pptxgenjs';
import type { Asset, JourneyDocument } from '../../../shared/document/schema';
import type { Drawing, TextMeasurer } from '../../../shared/export/drawing';
import { computeLayout } from '../../../shared/layout/layout';
import type { Translate } from '../../../shared/templates/templates';
import { addOverviewSlide } from './overview-slide';
import { addPlanSlides } from './plan-slides';
import { addResultsSlides } from './results-slide';
import { FONT_FACE, runLanguage, xmlText } from './pptx-units';
import { addStageSlides } from './stage-slides';
import { drawableAsset } from '../raster-assets';
import { defineMasters } from './slide-masters';
import { addTitleSlide, mapPersonas } from './title-slide';
import { deckParts, type PackagePart } from './deck-parts';
import { zipParts } from './zip-package';

export interface DeckInput {
  doc: JourneyDocument;
  /** The map as the other formats draw it (shared/export), for the overview slide. */
  drawing: Drawing;
  title: string;
  measure: TextMeasurer;
  t: Translate;
  language: string;
}

/** The shown personas' photos (at most three) as PNG or JPEG, each described; one that cannot be decoded is left out. */
async function personaPhotos(doc: JourneyDocument, t: Translate): Promise<(Asset & { alt: string })[]> {
  const named = mapPersonas(doc).filter((p) => p.name.trim() !== '');
  const photos = named.flatMap((p) => doc.assets.filter((a) => a.id === p.photoId).map((asset) => ({ asset, alt: t('content.persona.photoOf', { name: p.name }) }))).slice(0, 3);
  const decoded = await Promise.all(photos.map(({ asset, alt }) => drawableAsset(asset).then((a) => ({ ...a, alt }), () => null)));
  return decoded.filter((asset) => asset !== null);
}

/**
 * A PowerPoint deck of the journey, every text editable: a title slide, the whole map on one
 * slide, one slide per stage (cards, curve, metrics, speaker notes as presenter notes), then
 * the action plan as tables paged across slides, then a results slide per workshop the map keeps.
 */
export async function journeyToPptx({ doc, drawing, title, measure, t, language }: DeckInput): Promise<Buffer> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = xmlText(title);
  pptx.author = xmlText(doc.journey.owner ?? '');
  pptx.company = '';
  pptx.subject = xmlText(doc.journey.goal);
  pptx.theme = { headFontFace: FONT_FACE, bodyFontFace: FONT_FACE };
  defineMasters(pptx);
  // The stage slides take structure from the layout (stages, columns, lanes, cards in order,
  // curves), never its heights, so the lines of card text need not be counted here again.
  const layout = computeLayout(doc, () => 1);
  const lang = runLanguage(language);
  addTitleSlide(pptx, doc, title, t, language, lang, await personaPhotos(doc, t));
  addOverviewSlide(pptx, drawing, measure, lang, { title: t('exchange.pptx.overviewTitle', { title }), fallbackAlt: title });
  addStageSlides({ pptx, doc, layout, measure, t, language, lang });
  addPlanSlides(pptx, doc, t, measure, lang);
  addResultsSlides(pptx, doc, t, measure, lang, language);
  return zipParts(contentTypesFirst(await deckParts(pptx)));
}

/**
 * pptxgenjs stores its parts uncompressed (the deck of the 2,000-card benchmark map was
 * 9.4 MB), so the package is written here, each part deflated by node's zlib. A package's
 * [Content_Types].xml goes first.
 */
function contentTypesFirst(parts: readonly PackagePart[]): PackagePart[] {
  return [...parts].sort((a, b) => Number(b.name === '[Content_Types].xml') - Number(a.name === '[Content_Types].xml'));
}
