import PDFDocument from 'pdfkit';
import type { Drawing, Shape } from '../../shared/export/drawing';
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
}

/** A map unit is a CSS pixel; at 0.75 pt it prints at the size it has on screen at 100%. */
const POINTS_PER_UNIT = 0.75;
/** Readers refuse pages larger than 200 inches; a bigger poster is scaled down to fit. */
const MAX_PAGE_POINTS = 14_400;
const MARGIN = 28;
const FOOTER = 18;

type Box = { x: number; y: number; width: number; height: number };

function boundsOf(shape: Shape): Box | null {
  switch (shape.kind) {
    case 'rect': case 'image': return shape;
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

type Span = { from: number; to: number };

/**
 * Where pages end along one axis: each page takes as much as its room allows, ending at the last
 * allowed place within it (a column's edge, a place no card crosses), or at its full room when
 * nothing allowed fits (a card taller than a page). The first page has `firstRoom`, the others
 * `room` (less the repeated headers).
 */
export function pageSpans(length: number, firstRoom: number, room: number, allowed: (at: number) => boolean, candidates: readonly number[]): Span[] {
  const spans: Span[] = [];
  let from = 0;
  while (from < length - 0.5) {
    const limit = from + (spans.length === 0 ? firstRoom : room);
    if (limit >= length) {
      spans.push({ from, to: length });
      break;
    }
    const best = candidates.filter((at) => at > from + 1 && at <= limit && allowed(at)).reduce((a, b) => Math.max(a, b), -1);
    const to = best > 0 ? best : limit;
    spans.push({ from, to });
    from = to;
  }
  return spans;
}

/** Text leaves the overview: at its scale it could not be read, and the pages carry it. */
const withoutText = (shapes: readonly Shape[]): Shape[] =>
  shapes.flatMap((shape): Shape[] => (shape.kind === 'text' ? [] : shape.kind === 'group' ? [{ ...shape, shapes: withoutText(shape.shapes) }] : [shape]));

interface Tile { row: number; column: number; x: Span; y: Span }

/** Page 1 of a tiled PDF: the whole map small, each page's part outlined with its number. */
function paintOverview(pdf: Pdf, drawing: Drawing, tiles: readonly Tile[], page: { width: number; height: number }, heading: string): void {
  const top = MARGIN + 24;
  const scale = Math.min((page.width - 2 * MARGIN) / drawing.width, (page.height - top - MARGIN - FOOTER) / drawing.height);
  pdf.font(fontPath('bold')).fontSize(12).fillColor('#1F2933').text(heading, MARGIN, MARGIN + 12, { lineBreak: false, baseline: 'alphabetic' });
  pdf.save().translate(MARGIN, top).scale(scale);
  pdf.rect(0, 0, drawing.width, drawing.height).fill(drawing.background);
  paintShapes(pdf, withoutText(drawing.shapes));
  pdf.restore();
  tiles.forEach((tile, i) => {
    const box = { x: MARGIN + tile.x.from * scale, y: top + tile.y.from * scale, width: (tile.x.to - tile.x.from) * scale, height: (tile.y.to - tile.y.from) * scale };
    pdf.save().lineWidth(1.25).strokeColor('#D55E00').rect(box.x, box.y, box.width, box.height).stroke().restore();
    const label = String(i + 2);
    pdf.font(fontPath('bold')).fontSize(14);
    const w = pdf.widthOfString(label) + 10;
    pdf.save().roundedRect(box.x + box.width / 2 - w / 2, box.y + box.height / 2 - 10, w, 20, 4).fill('#FFFFFF').restore();
    pdf.fillColor('#D55E00').text(label, box.x + box.width / 2 - w / 2 + 5, box.y + box.height / 2 + 5, { lineBreak: false, baseline: 'alphabetic' });
  });
}

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
 * The map over paper pages: page 1 an overview, then the map in rows and columns of pages. Pages
 * end between columns and never across a card (nor inside an emotion or metric lane); every page
 * repeats the stage headers and lane names (a lane continued from the page above is named again),
 * and says which page, row and column of how many it is.
 */
function paintTiles(pdf: Pdf, drawing: Drawing, options: PdfOptions, size: readonly [number, number]): void {
  const [short, long] = size;
  const [pageW, pageH] = options.orientation === 'landscape' ? [long, short] : [short, long];
  const area = { width: (pageW - 2 * MARGIN) / POINTS_PER_UNIT, height: (pageH - 2 * MARGIN - FOOTER) / POINTS_PER_UNIT };
  const guide = drawing.tiles;
  const laneW = guide?.laneHeaderWidth ?? 0;
  const headerH = guide?.headerHeight ?? 0;
  // Headers are repeated only while they leave most of the page to the map.
  const repeatLanes = guide !== undefined && laneW < area.width / 2;
  const repeatHeader = guide !== undefined && headerH < area.height / 2;
  const keep = guide?.keepTogether ?? [];
  const xs = pageSpans(drawing.width, area.width, area.width - (repeatLanes ? laneW : 0), () => true, guide?.columnEdges ?? []);
  const ys = pageSpans(drawing.height, area.height, area.height - (repeatHeader ? headerH : 0),
    (at) => !keep.some((k) => k.top < at && at < k.bottom), [...keep.flatMap((k) => [k.top, k.bottom]), ...(guide?.lanes.flatMap((l) => [l.top, l.bottom]) ?? [])]);
  const tiles: Tile[] = ys.flatMap((y, row) => xs.map((x, column) => ({ row, column, x, y })));
  const overview = tiles.length > 1;
  const pages = tiles.length + (overview ? 1 : 0);
  const footer = (text: string) => pdf.font(fontPath('regular')).fontSize(9).fillColor('#6B7280').text(text, MARGIN, pageH - MARGIN - 4, { lineBreak: false, baseline: 'alphabetic' });
  if (overview) {
    pdf.addPage({ size: [pageW, pageH], margin: 0 });
    paintOverview(pdf, drawing, tiles, { width: pageW, height: pageH }, options.overviewLabel);
    footer(options.pageLabel({ page: 1, pages, row: 0, rows: ys.length, column: 0, columns: xs.length }));
  }
  tiles.forEach((tile, i) => {
    pdf.addPage({ size: [pageW, pageH], margin: 0 });
    pdf.save().translate(MARGIN, MARGIN).scale(POINTS_PER_UNIT);
    const left = guide && repeatLanes && tile.column > 0 ? laneW : 0;
    const top = guide && repeatHeader && tile.row > 0 ? headerH : 0;
    const bodyW = tile.x.to - tile.x.from;
    const bodyH = tile.y.to - tile.y.from;
    // Beside the first column of pages, only the grid is repeated: the title stays on the first.
    const gridTop = guide ? Math.max(tile.y.from, guide.y) : tile.y.from;
    const continued = (guide?.lanes ?? []).filter((l) => l.top < tile.y.from - 1 && tile.y.from < l.bottom - 20);
    const names: Shape[] = guide ? continued.map((l) => ({
      kind: 'text', x: guide.x + 18, y: tile.y.from + 26, text: l.name, size: 16, weight: 'bold', colour: EXPORT_GRID.laneHeaderText, anchor: 'start',
    })) : [];
    paintPart(pdf, drawing, { x: tile.x.from, y: tile.column > 0 && left > 0 ? gridTop : tile.y.from, width: bodyW, height: bodyH - (tile.column > 0 && left > 0 ? gridTop - tile.y.from : 0) },
      { x: left, y: top + (tile.column > 0 && left > 0 ? gridTop - tile.y.from : 0) }, left === 0 ? names : []);
    if (guide && top > 0) paintPart(pdf, drawing, { x: tile.x.from, y: guide.y, width: bodyW, height: headerH }, { x: left, y: 0 });
    if (guide && left > 0) {
      paintPart(pdf, drawing, { x: guide.x, y: gridTop, width: laneW, height: tile.y.to - gridTop }, { x: 0, y: top + gridTop - tile.y.from }, names);
      if (top > 0) paintPart(pdf, drawing, { x: guide.x, y: guide.y, width: laneW, height: headerH }, { x: 0, y: 0 });
    }
    pdf.restore();
    footer(options.pageLabel({ page: i + (overview ? 2 : 1), pages, row: tile.row + 1, rows: ys.length, column: tile.column + 1, columns: xs.length }));
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
