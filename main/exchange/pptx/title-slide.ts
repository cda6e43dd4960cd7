import type PptxGenJS from 'pptxgenjs';
import type { Asset, JourneyDocument } from '../../../shared/document/schema';
import { EXPORT_GRID } from '../../../shared/export/palette';
import type { Translate } from '../../../shared/templates/templates';
import { FONT_FACE, hex, SLIDE, xmlText } from './pptx-units';
import { addNamedSlide } from './named-slide';

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
export function addTitleSlide(pptx: PptxGenJS, doc: JourneyDocument, title: string, t: Translate, lang: string, photos: readonly Asset[]): void {
  const slide = addNamedSlide(pptx);
  slide.background = { color: 'FFFFFF' };
  const left = 0.9;
  const width = SLIDE.width - 2 * left;
  slide.addShape(pptx.ShapeType.rect, { x: 0, y: 0, w: SLIDE.width, h: 0.22, fill: { color: hex(EXPORT_GRID.header) }, line: { type: 'none' } });
  slide.addShape(pptx.ShapeType.rect, { x: left - 0.3, y: 1.35, w: 0.08, h: 1.5, fill: { color: '0072B2' }, line: { type: 'none' } });
  slide.addText(xmlText(title), {
    x: left, y: 1.25, w: width, h: 1.1, fontFace: FONT_FACE, lang, fontSize: 40, bold: true, color: hex(EXPORT_GRID.laneHeaderText), valign: 'bottom', margin: 0, fit: 'shrink',
  });
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
      if (persona.quote?.trim()) body.push({ text: xmlText(` — “${persona.quote.trim()}”`), options: { fontSize: 16, italic: true, color: hex(EXPORT_GRID.muted), breakLine: true } });
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
    slide.addImage({ data: `${photo.mimeType};base64,${photo.data}`, x: SLIDE.width - left - (i + 1) * 1.5 + (size - w) / 2 + 0.2, y: 3.4 + (size - h) / 2, w, h });
  });
}
