import PDFDocument from 'pdfkit';
import type { Drawing, Shape } from '../../shared/export/drawing';
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
  /** The footer of a tiled page, in the user's language. */
  pageLabel: (page: number, pages: number, row: number, column: number) => string;
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
      // Wider than any glyph run can be: 1.5 em a character, so culling never cuts text.
      const width = [...shape.text].length * shape.size * 1.5;
      return { x: shape.anchor === 'middle' ? shape.x - width / 2 : shape.x, y: shape.y - shape.size * 1.5, width, height: shape.size * 2 };
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

function newPdf(title: string, language = 'en'): InstanceType<typeof PDFDocument> {
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

function paintTiles(pdf: InstanceType<typeof PDFDocument>, drawing: Drawing, options: PdfOptions, size: readonly [number, number]): void {
  const [short, long] = size;
  const [pageW, pageH] = options.orientation === 'landscape' ? [long, short] : [short, long];
  const area = { width: (pageW - 2 * MARGIN) / POINTS_PER_UNIT, height: (pageH - 2 * MARGIN - FOOTER) / POINTS_PER_UNIT };
  const columns = Math.max(1, Math.ceil(drawing.width / area.width));
  const rows = Math.max(1, Math.ceil(drawing.height / area.height));
  for (let row = 0; row < rows; row += 1) {
    for (let column = 0; column < columns; column += 1) {
      const view = { x: column * area.width, y: row * area.height, width: area.width, height: area.height };
      pdf.addPage({ size: [pageW, pageH], margin: 0 });
      pdf.save().rect(MARGIN, MARGIN, area.width * POINTS_PER_UNIT, area.height * POINTS_PER_UNIT).clip();
      pdf.translate(MARGIN, MARGIN).scale(POINTS_PER_UNIT).translate(-view.x, -view.y);
      pdf.rect(0, 0, drawing.width, drawing.height).fill(drawing.background);
      paintShapes(pdf, cull(drawing.shapes, view));
      pdf.restore();
      const page = row * columns + column + 1;
      pdf.font(fontPath('regular')).fontSize(9).fillColor('#6B7280')
        .text(options.pageLabel(page, rows * columns, row + 1, column + 1), MARGIN, pageH - MARGIN - 4, { lineBreak: false, baseline: 'alphabetic' });
    }
  }
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
