import type PptxGenJS from 'pptxgenjs';
import { EXPORT_GRID } from '../../../shared/export/palette';
import { FONT_FACE, hex, SLIDE, xmlText, type Slide } from './pptx-units';
import { STAGE_FRAME } from './stage-layout';
import { addNamedSlide } from './named-slide';

/**
 * The deck's slide layouts, one per kind of slide. Each has a title placeholder where that
 * slide shows its title, so every slide's title is a real title (PowerPoint's accessibility
 * checker, screen readers and the outline find it), and the decoration (the dark band) lives in
 * the layout, so a slide's own shapes start with its title in reading order.
 */
export const MASTERS = { title: 'WAYMARK_TITLE', overview: 'WAYMARK_OVERVIEW', stage: 'WAYMARK_STAGE', plan: 'WAYMARK_PLAN' } as const;
export type MasterKind = keyof typeof MASTERS;

/** Where a stage slide's dark band ends (its title sits in it). */
export const STAGE_BAND = STAGE_FRAME.bandHeight;
/** The overview slide's title strip. */
export const OVERVIEW_TITLE = { y: 0.06, h: 0.42 } as const;

const band = (h: number): PptxGenJS.SlideMasterProps['objects'] => [
  { rect: { x: 0, y: 0, w: SLIDE.width, h, fill: { color: hex(EXPORT_GRID.header) }, line: { type: 'none' } } },
];

const title = (options: Omit<PptxGenJS.PlaceholderProps, 'name' | 'type'>) =>
  ({ placeholder: { options: { name: 'title', type: 'title' as const, fontFace: FONT_FACE, margin: 0, align: 'left' as const, ...options }, text: '' } });

export function defineMasters(pptx: PptxGenJS): void {
  pptx.defineSlideMaster({
    title: MASTERS.title, background: { color: 'FFFFFF' },
    objects: [
      ...(band(0.22) ?? []),
      { rect: { x: 0.6, y: 1.35, w: 0.08, h: 1.5, fill: { color: '0072B2' }, line: { type: 'none' } } },
      title({ x: 0.9, y: 1.25, w: SLIDE.width - 1.8, h: 1.1, fontSize: 40, bold: true, color: hex(EXPORT_GRID.laneHeaderText), valign: 'bottom' }),
    ],
  });
  pptx.defineSlideMaster({
    title: MASTERS.overview, background: { color: hex(EXPORT_GRID.background) },
    objects: [title({ x: SLIDE.margin, y: OVERVIEW_TITLE.y, w: SLIDE.width - 2 * SLIDE.margin, h: OVERVIEW_TITLE.h, fontSize: 16, bold: true, color: hex(EXPORT_GRID.laneHeaderText), valign: 'middle' })],
  });
  pptx.defineSlideMaster({
    title: MASTERS.stage, background: { color: 'FFFFFF' },
    objects: [
      ...(band(STAGE_BAND) ?? []),
      title({ x: SLIDE.margin, y: 0, w: SLIDE.width - 2 * SLIDE.margin - 2.4, h: STAGE_BAND, fontSize: 24, bold: true, color: hex(EXPORT_GRID.headerText), valign: 'middle' }),
    ],
  });
  pptx.defineSlideMaster({
    title: MASTERS.plan, background: { color: 'FFFFFF' },
    objects: [
      ...(band(0.22) ?? []),
      title({ x: SLIDE.margin, y: 0.35, w: SLIDE.width - 2 * SLIDE.margin, h: 0.55, fontSize: 26, bold: true, color: hex(EXPORT_GRID.laneHeaderText), valign: 'middle' }),
    ],
  });
}

/** A slide of the given kind with its title: the first shape on it, and the one PowerPoint reads as its title. */
export function addTitledSlide(pptx: PptxGenJS, kind: MasterKind, text: string, lang: string): Slide {
  const slide = addNamedSlide(pptx, { masterName: MASTERS[kind] });
  slide.addText(xmlText(text.replace(/\s*\n\s*/g, ' ')), { placeholder: 'title', lang, fit: 'shrink' });
  return slide;
}
