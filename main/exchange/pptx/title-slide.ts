import type PptxGenJS from 'pptxgenjs';
import type { Asset, JourneyDocument } from '../../../shared/document/schema';
import { EXPORT_GRID } from '../../../shared/export/palette';
import type { Translate } from '../../../shared/templates/templates';
import { quoted } from '../../../shared/i18n/quotes';
import { FONT_FACE, hex, SLIDE, xmlText } from './pptx-units';
import { addTitledSlide } from './slide-masters';

/** The personas the map is drawn for (the header band's), else every persona it has. */
export function mapPersonas(doc: JourneyDocument): JourneyDocument['personas'] {
  if (!doc.journey.personaIds) return doc.personas;
  const ids = new Set(doc.journey.personaIds);
  return doc.personas.filter((p) => ids.has(p.id));
}

/**
 * Name, description, goal and personas (with up to three photos, already PNG or JPEG: older
 * PowerPoint cannot show the WebP maps store), each only when there is one.
 */
export function addTitleSlide(pptx: PptxGenJS, doc: JourneyDocument, title: string, t: Translate, language: string, lang: string, photos: readonly (Asset & { alt: string })[]): void {
  const slide = addTitledSlide(pptx, 'title', title, lang);
  const left = 0.9;
  const width = SLIDE.width - 2 * left;
  const description = doc.journey.description.trim();
  if (description) {
    slide.addText(xmlText(description), { x: left, y: 2.4, w: width, h: 0.6, fontFace: FONT_FACE, lang, fontSize: 18, color: hex(EXPORT_GRID.muted), valign: 'top', margin: 0, fit: 'shrink' });
  }
  const label = (text: string) => ({ text: xmlText(text), options: { bold: true, color: hex(EXPORT_GRID.muted), fontSize: 14, breakLine: true } });
  const body: PptxGenJS.TextProps[] = [];
  const goal = doc.journey.goal.trim();
  if (goal) body.push(label(t('exchange.meta.goal')), { text: xmlText(goal), options: { fontSize: 22, breakLine: true, paraSpaceAfter: 14 } });
  const personas = mapPersonas(doc).filter((p) => p.name.trim() !== '');
  if (personas.length > 0) {
    body.push(label(t('exchange.meta.personaIds')));
    for (const persona of personas) {
      body.push({ text: xmlText(persona.name), options: { fontSize: 20, bold: true, breakLine: !persona.quote } });
      if (persona.quote?.trim()) body.push({ text: xmlText(` — ${quoted(persona.quote, language)}`), options: { fontSize: 16, italic: true, color: hex(EXPORT_GRID.muted), breakLine: true } });
    }
  }
  if (body.length > 0) {
    const last = body.at(-1);
    if (last?.options) delete last.options.breakLine;
    slide.addText(body, {
      x: left, y: 3.3, w: width - photos.length * 1.5, h: 3.4, fontFace: FONT_FACE, lang, color: hex(EXPORT_GRID.laneHeaderText), valign: 'top', margin: 0, fit: 'shrink',
    });
  }
  photos.forEach((photo, i) => {
    const size = 1.3;
    const w = photo.width >= photo.height ? size : (size * photo.width) / photo.height;
    const h = photo.width >= photo.height ? (size * photo.height) / photo.width : size;
    slide.addImage({ data: `${photo.mimeType};base64,${photo.data}`, altText: xmlText(photo.alt), x: SLIDE.width - left - (i + 1) * 1.5 + (size - w) / 2 + 0.2, y: 3.4 + (size - h) / 2, w, h });
  });
}
