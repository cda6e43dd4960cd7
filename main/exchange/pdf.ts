import PDFDocument from 'pdfkit';
import type { Block, Drawing, Shape, TileGuide } from '../../shared/export/drawing';
import { planPages, PRINT_SCALE, type PageFit, type PagePlan, type Span } from '../../shared/export/page-plan';
import { EXPORT_GRID } from '../../shared/export/palette';
import { fontPath } from './fonts';
import { paintShapes } from './pdf-paint';

export const PAGE_SIZES = { a4: [595.28, 841.89], a3: [841.89, 1190.55], letter: [612, 792] } as const;
export type PageChoice = 'poster' | keyof typeof PAGE_SIZES;
export type Orientation = 'portrait' | 'landscape';

export interface PdfOptions {
  page: PageChoice;
  orientation: Orientation;
  title: string;
  /** The document's language, for screen readers and hyphenation in PDF readers (BCP 47). */
  language?: string;
  /** The footer of a tiled page, in the user's language (row and column 0 on the overview page). */
  pageLabel: (at: { page: number; pages: number; row: number; rows: number; column: number; columns: number }) => string;
  /** The heading of a tiled PDF's first page, the overview. */
  overviewLabel: string;
  /** How the map goes over the pages (tiled PDFs only). */
  fit?: PageFit;
  /** A tiled PDF's first page: what goes above the overview and under it, set to `width` drawing units. */
  cover?: (width: number) => { head: Block; tail: Block };
}

/** A map unit is a CSS pixel; at 0.75 pt it prints at the size it has on screen at 100%. */
const POINTS_PER_UNIT = PRINT_SCALE;
/** Readers refuse pages larger than 200 inches; a bigger poster is scaled down to fit. */
const MAX_PAGE_POINTS = 14_400;
const MARGIN = 28;
const FOOTER = 18;

type Box = { x: number; y: number; width: number; height: number };

function boundsOf(shape: Shape): Box | null {
  switch (shape.kind) {
    case 'rect': case 'image': return shape;
    case 'path': {
      const xs = shape.commands.flatMap((c) => (c.op === 'C' ? [c.x1, c.x2, c.x] : [c.x]));
      const ys = shape.commands.flatMap((c) => (c.op === 'C' ? [c.y1, c.y2, c.y] : [c.y]));
      if (xs.length === 0) return null;
      const pad = shape.width;
      return { x: Math.min(...xs) - pad, y: Math.min(...ys) - pad, width: Math.max(...xs) - Math.min(...xs) + 2 * pad, height: Math.max(...ys) - Math.min(...ys) + 2 * pad };
    }
    case 'circle': return { x: shape.cx - shape.r, y: shape.cy - shape.r, width: 2 * shape.r, height: 2 * shape.r };
    case 'text': {
      // Wider than any glyph run can be: 1.5 em a character, so culling never cuts text across.
      // Down, the glyphs' own extent (Noto Sans: 1.07 em above the baseline, 0.29 below), so a
      // line just past a page's edge is not carried, invisible, into its text.
      const width = [...shape.text].length * shape.size * 1.5;
      return { x: shape.anchor === 'middle' ? shape.x - width / 2 : shape.x, y: shape.y - shape.size * 1.1, width, height: shape.size * 1.4 };
    }
    default: return null;
  }
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Only the shapes that can show in `view`: a tiled page does not carry the whole map. */
function cull(shapes: readonly Shape[], view: Box): Shape[] {
  return shapes.flatMap((shape): Shape[] => {
    if (shape.kind === 'group') return [{ ...shape, shapes: cull(shape.shapes, { ...view, x: view.x - shape.dx, y: view.y - shape.dy }) }];
    const box = boundsOf(shape);
    return box === null || overlaps(box, view) ? [shape] : [];
  });
}

type Pdf = InstanceType<typeof PDFDocument>;

function newPdf(title: string, language = 'en'): Pdf {
  // Starting on our own font keeps pdfkit from loading its built-in Helvetica (absent from bundles).
  return new PDFDocument({ font: fontPath('regular'), autoFirstPage: false, compress: true, pdfVersion: '1.7', displayTitle: true, lang: language, info: { Title: title, Creator: 'Waymark' } });
}

/** The poster is the drawing edge to edge: the drawing has its own margins, in its background colour. */
function paintPoster(pdf: InstanceType<typeof PDFDocument>, drawing: Drawing): void {
  const scale = Math.min(POINTS_PER_UNIT, MAX_PAGE_POINTS / Math.max(drawing.width, drawing.height));
  pdf.addPage({ size: [drawing.width * scale, drawing.height * scale], margin: 0 });
  pdf.save().scale(scale);
  pdf.rect(0, 0, drawing.width, drawing.height).fill(drawing.background);
  paintShapes(pdf, drawing.shapes);
  pdf.restore();
}

/** Text leaves the overview: at its scale it could not be read, and the pages carry it. */
const withoutText = (shapes: readonly Shape[]): Shape[] =>
  shapes.flatMap((shape): Shape[] => (shape.kind === 'text' ? [] : shape.kind === 'group' ? [{ ...shape, shapes: withoutText(shape.shapes) }] : [shape]));

interface Tile { row: number; column: number; x: Span; y: Span }
type Size = { width: number; height: number };

/** Paints the part `source` of the drawing into `target` (both in drawing units, page origin at the content area). */
function paintPart(pdf: Pdf, drawing: Drawing, source: { x: number; y: number; width: number; height: number }, target: { x: number; y: number }, extra: readonly Shape[] = []): void {
  if (source.width <= 0 || source.height <= 0) return;
  pdf.save().rect(target.x, target.y, source.width, source.height).clip();
  pdf.translate(target.x - source.x, target.y - source.y);
  pdf.rect(source.x, source.y, source.width, source.height).fill(drawing.background);
  paintShapes(pdf, cull(drawing.shapes, source));
  paintShapes(pdf, extra);
  pdf.restore();
}

/**
 * Page 1 of a tiled PDF, at the pages' scale: the map's heading (title, description and
 * personas, set to the page's width), the grid small with each page's part outlined and
 * numbered, then what the poster has under the map (legend, owner and review).
 */
function paintCover(pdf: Pdf, drawing: Drawing, guide: TileGuide, tiles: readonly Tile[], area: Size, scale: number, options: PdfOptions): void {
  const width = area.width / scale;
  const cover = options.cover?.(width) ?? { head: { height: 0, shapes: [] }, tail: { height: 0, shapes: [] } };
  pdf.save().translate(MARGIN, MARGIN).scale(scale);
  paintShapes(pdf, cover.head.shapes);
  pdf.restore();
  const labelTop = MARGIN + cover.head.height * scale + 8;
  pdf.font(fontPath('bold')).fontSize(11).fillColor('#1F2933').text(options.overviewLabel, MARGIN, labelTop + 11, { lineBreak: false, baseline: 'alphabetic' });
  const top = labelTop + 20;
  // The legend and the footer keep their size; the grid takes what room is left between.
  const tail = cover.tail.height * scale;
  const room = { width: area.width, height: Math.max(40, MARGIN + area.height - top - tail - 8) };
  const small = Math.min(room.width / guide.width, room.height / guide.height);
  pdf.save().translate(MARGIN, top).scale(small).translate(-guide.x, -guide.y);
  pdf.rect(guide.x, guide.y, guide.width, guide.height).clip();
  pdf.rect(guide.x, guide.y, guide.width, guide.height).fill(drawing.background);
  paintShapes(pdf, withoutText(cull(drawing.shapes, { x: guide.x, y: guide.y, width: guide.width, height: guide.height })));
  pdf.restore();
  tiles.forEach((tile, i) => {
    const box = { x: MARGIN + (tile.x.from - guide.x) * small, y: top + (tile.y.from - guide.y) * small, width: (tile.x.to - tile.x.from) * small, height: (tile.y.to - tile.y.from) * small };
    pdf.save().lineWidth(1.25).strokeColor('#D55E00').rect(box.x, box.y, box.width, box.height).stroke().restore();
    const label = String(i + 2);
    pdf.font(fontPath('bold')).fontSize(Math.min(14, Math.max(7, box.height * 0.5)));
    const w = pdf.widthOfString(label) + 8;
    const h = pdf.currentLineHeight();
    pdf.save().roundedRect(box.x + box.width / 2 - w / 2, box.y + box.height / 2 - h / 2, w, h, 3).fill('#FFFFFF').restore();
    pdf.fillColor('#D55E00').text(label, box.x + box.width / 2 - w / 2 + 4, box.y + box.height / 2 + h * 0.3, { lineBreak: false, baseline: 'alphabetic' });
  });
  pdf.save().translate(MARGIN, MARGIN + area.height - tail).scale(scale);
  paintShapes(pdf, cover.tail.shapes);
  pdf.restore();
}

/** Lanes that began on the page above, named again at the top of the page's lane names. */
function continuedLaneNames(guide: TileGuide, from: number): Shape[] {
  return guide.lanes.filter((l) => l.top < from - 1 && from < l.bottom - 20).map((l) => ({
    kind: 'text', x: guide.x + 18, y: from + 26, text: l.name, size: 16, weight: 'bold', colour: EXPORT_GRID.laneHeaderText, anchor: 'start',
  }));
}

/** One page of the grid: the stage headers of its columns, the lane names of its rows, and its part of the body. */
function paintTile(pdf: Pdf, drawing: Drawing, guide: TileGuide, tile: Tile, scale: number): void {
  const laneW = guide.laneHeaderWidth;
  const headerH = guide.headerHeight;
  const bodyW = tile.x.to - tile.x.from;
  const bodyH = tile.y.to - tile.y.from;
  pdf.save().translate(MARGIN, MARGIN).scale(scale);
  paintPart(pdf, drawing, { x: guide.x, y: guide.y, width: laneW, height: headerH }, { x: 0, y: 0 });
  paintPart(pdf, drawing, { x: tile.x.from, y: guide.y, width: bodyW, height: headerH }, { x: laneW, y: 0 });
  paintPart(pdf, drawing, { x: guide.x, y: tile.y.from, width: laneW, height: bodyH }, { x: 0, y: headerH }, continuedLaneNames(guide, tile.y.from));
  paintPart(pdf, drawing, { x: tile.x.from, y: tile.y.from, width: bodyW, height: bodyH }, { x: laneW, y: headerH });
  pdf.restore();
}

/**
 * The map over paper pages (planPages decides the scale and where pages end: between columns,
 * at lanes' edges where it can and never across a card, evened out so no page is a sliver).
 * A map that fits one page is printed whole on it; otherwise page 1 is the cover with the
 * overview, and every page after it repeats the stage headers and lane names around its part
 * and says which page, row and column of how many it is.
 */
function paintTiles(pdf: Pdf, drawing: Drawing, options: PdfOptions, size: readonly [number, number]): void {
  const [short, long] = size;
  const [pageW, pageH] = options.orientation === 'landscape' ? [long, short] : [short, long];
  const area = { width: pageW - 2 * MARGIN, height: pageH - 2 * MARGIN - FOOTER };
  const guide = drawing.tiles;
  const plan: PagePlan = guide
    ? planPages(guide, area, options.fit)
    : { scale: Math.min(area.width / drawing.width, area.height / drawing.height), columns: [], rows: [] };
  const tiles: Tile[] = plan.rows.flatMap((y, row) => plan.columns.map((x, column) => ({ row, column, x, y })));
  const footer = (text: string) => pdf.font(fontPath('regular')).fontSize(9).fillColor('#6B7280').text(text, MARGIN, pageH - MARGIN - 4, { lineBreak: false, baseline: 'alphabetic' });
  const whole = Math.min(plan.scale, area.width / drawing.width, area.height / drawing.height);
  if (!guide || (tiles.length <= 1 && whole >= plan.scale * 0.95)) {
    pdf.addPage({ size: [pageW, pageH], margin: 0 });
    pdf.save().translate(MARGIN, MARGIN).scale(whole);
    pdf.rect(0, 0, drawing.width, drawing.height).fill(drawing.background);
    paintShapes(pdf, drawing.shapes);
    pdf.restore();
    return;
  }
  const pages = tiles.length + 1;
  pdf.addPage({ size: [pageW, pageH], margin: 0 });
  paintCover(pdf, drawing, guide, tiles, area, plan.scale, options);
  footer(options.pageLabel({ page: 1, pages, row: 0, rows: plan.rows.length, column: 0, columns: plan.columns.length }));
  tiles.forEach((tile, i) => {
    pdf.addPage({ size: [pageW, pageH], margin: 0 });
    paintTile(pdf, drawing, guide, tile, plan.scale);
    footer(options.pageLabel({ page: i + 2, pages, row: tile.row + 1, rows: plan.rows.length, column: tile.column + 1, columns: plan.columns.length }));
  });
}

/** A vector PDF of the drawing: one poster page, or tiles over paper pages with page numbers. */
export function drawingToPdf(drawing: Drawing, options: PdfOptions): Promise<Buffer> {
  const pdf = newPdf(options.title, options.language);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  if (options.page === 'poster') paintPoster(pdf, drawing);
  else paintTiles(pdf, drawing, options, PAGE_SIZES[options.page]);
  pdf.end();
  return done;
}

/** Several drawings, one poster page each (a comparison: the marked map, then its change list). */
export function drawingsToPdf(drawings: readonly Drawing[], title: string, language?: string): Promise<Buffer> {
  const pdf = newPdf(title, language);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  for (const drawing of drawings) paintPoster(pdf, drawing);
  pdf.end();
  return done;
}
