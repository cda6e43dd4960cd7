import type PptxGenJS from 'pptxgenjs';
import type { Drawing, PathCommand, Shape, TextMeasurer } from '../../../shared/export/drawing';
import { FONT_FACE, hex, MIN_FONT_PT, PT, SLIDE, xmlText, type Slide } from './pptx-units';
import { addTitledSlide, OVERVIEW_TITLE } from './slide-masters';

type TextShape = Extract<Shape, { kind: 'text' }>;
/** pptxgenjs draws free-form paths (`points`) as this shape; its type list omits the name. */
const CUSTOM_GEOMETRY = 'custGeom' as PptxGenJS.SHAPE_NAME;
/** Lines of one text block: a card's wrapped text, a lane's name. */
interface TextBlock { first: TextShape; lines: string[]; step: number }

interface Frame { scale: number; left: number; top: number }

/** Image types PowerPoint opens everywhere; WebP only in recent Office, so it is left out. */
const IMAGE_TYPES = new Set(['image/png', 'image/jpeg']);

function dashType(dash: readonly number[] | undefined): 'solid' | 'sysDot' | 'sysDash' | 'dash' {
  if (!dash || dash.length === 0) return 'solid';
  const on = dash[0] ?? 0;
  if (on <= 2) return 'sysDot';
  return on < 6 ? 'sysDash' : 'dash';
}

/** Consecutive text lines of the same style, one under the other, drawn as one text box. */
function textBlocks(shapes: readonly TextShape[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const shape of shapes) {
    const last = blocks.at(-1);
    const previous = last && { ...last.first, y: last.first.y + (last.lines.length - 1) * last.step };
    const sameStyle = previous && previous.x === shape.x && previous.anchor === shape.anchor && previous.size === shape.size
      && previous.weight === shape.weight && previous.colour === shape.colour;
    const gap = previous ? shape.y - previous.y : 0;
    if (last && sameStyle && gap > shape.size && gap <= 2 * shape.size && (last.lines.length === 1 || Math.abs(gap - last.step) < 0.01)) {
      last.lines.push(shape.text);
      last.step = gap;
    } else {
      blocks.push({ first: shape, lines: [shape.text], step: shape.size * 1.35 });
    }
  }
  return blocks;
}

class OverviewPainter {
  constructor(
    private readonly pptx: PptxGenJS, private readonly slide: Slide, private readonly frame: Frame, private readonly measure: TextMeasurer, private readonly lang: string,
    /** Alt text for a picture the drawing does not describe. */
    private readonly fallbackAlt: string,
  ) {}

  private x = (units: number) => this.frame.left + units * this.frame.scale;
  private y = (units: number) => this.frame.top + units * this.frame.scale;
  private len = (units: number) => units * this.frame.scale;
  private pt = (units: number) => Math.max(0.1, units * this.frame.scale * PT);

  paint(shapes: readonly Shape[], dx: number, dy: number): void {
    let texts: TextShape[] = [];
    const flush = () => {
      for (const block of textBlocks(texts)) this.text(block);
      texts = [];
    };
    for (const shape of shapes) {
      if (shape.kind === 'text') {
        texts.push({ ...shape, x: shape.x + dx, y: shape.y + dy });
        continue;
      }
      flush();
      if (shape.kind === 'group') this.paint(shape.shapes, dx + shape.dx, dy + shape.dy);
      else this.shape(shape, dx, dy);
    }
    flush();
  }

  private shape(shape: Exclude<Shape, { kind: 'text' | 'group' }>, dx: number, dy: number): void {
    const { pptx, slide } = this;
    switch (shape.kind) {
      case 'rect': {
        if (shape.width <= 0 || shape.height <= 0) return;
        // pptxgenjs takes the corner radius in inches.
        const radius = shape.radius ? this.len(Math.min(shape.radius, shape.width / 2, shape.height / 2)) : 0;
        slide.addShape(radius > 0 ? pptx.ShapeType.roundRect : pptx.ShapeType.rect, {
          x: this.x(shape.x + dx), y: this.y(shape.y + dy), w: this.len(shape.width), h: this.len(shape.height),
          ...(radius > 0 ? { rectRadius: radius } : {}),
          fill: shape.fill ? { color: hex(shape.fill) } : { type: 'none' },
          line: shape.stroke ? { color: hex(shape.stroke), width: this.pt(shape.strokeWidth ?? 1) } : { type: 'none' },
        });
        return;
      }
      case 'circle':
        slide.addShape(pptx.ShapeType.ellipse, {
          x: this.x(shape.cx - shape.r + dx), y: this.y(shape.cy - shape.r + dy), w: this.len(2 * shape.r), h: this.len(2 * shape.r),
          fill: { color: hex(shape.fill) },
          line: shape.stroke ? { color: hex(shape.stroke), width: this.pt(shape.strokeWidth ?? 1) } : { type: 'none' },
        });
        return;
      case 'image':
        if (!IMAGE_TYPES.has(shape.mimeType)) return;
        slide.addImage({ data: `${shape.mimeType};base64,${shape.data}`, altText: xmlText(shape.alt?.trim() || this.fallbackAlt), x: this.x(shape.x + dx), y: this.y(shape.y + dy), w: this.len(shape.width), h: this.len(shape.height) });
        return;
      case 'path':
        this.path(shape.commands, shape, dx, dy);
        return;
    }
  }

  private path(commands: readonly PathCommand[], style: Extract<Shape, { kind: 'path' }>, dx: number, dy: number): void {
    const { pptx, slide } = this;
    const line = { color: hex(style.stroke), width: this.pt(style.width), dashType: dashType(style.dash) };
    const [from, to] = commands;
    if (commands.length === 2 && from?.op === 'M' && to?.op === 'L') {
      // A straight line: PowerPoint's line shape, flipped when it rises to the right.
      const [x1, y1, x2, y2] = [this.x(from.x + dx), this.y(from.y + dy), this.x(to.x + dx), this.y(to.y + dy)];
      slide.addShape(pptx.ShapeType.line, {
        x: Math.min(x1, x2), y: Math.min(y1, y2), w: Math.abs(x2 - x1), h: Math.abs(y2 - y1),
        flipV: (x2 - x1) * (y2 - y1) < 0, line,
      });
      return;
    }
    const xs = commands.flatMap((c) => (c.op === 'C' ? [c.x1, c.x2, c.x] : [c.x])).map((v) => this.x(v + dx));
    const ys = commands.flatMap((c) => (c.op === 'C' ? [c.y1, c.y2, c.y] : [c.y])).map((v) => this.y(v + dy));
    if (xs.length === 0) return;
    const left = Math.min(...xs);
    const top = Math.min(...ys);
    const px = (v: number) => this.x(v + dx) - left;
    const py = (v: number) => this.y(v + dy) - top;
    slide.addShape(CUSTOM_GEOMETRY, {
      x: left, y: top, w: Math.max(0.01, Math.max(...xs) - left), h: Math.max(0.01, Math.max(...ys) - top),
      line, fill: style.fill ? { color: hex(style.fill) } : { type: 'none' },
      points: commands.map((c) => {
        if (c.op !== 'C') return { x: px(c.x), y: py(c.y), ...(c.op === 'M' ? { moveTo: true } : {}) };
        return { x: px(c.x), y: py(c.y), curve: { type: 'cubic' as const, x1: px(c.x1), y1: py(c.y1), x2: px(c.x2), y2: py(c.y2) } };
      }),
    });
  }

  /** A block of lines, placed so each line's glyphs centre where the drawing centres them. */
  private text({ first, lines, step }: TextBlock): void {
    const fontSize = first.size * this.frame.scale * PT;
    const visible = lines.filter((line) => line.trim() !== '');
    if (fontSize < MIN_FONT_PT || visible.length === 0) return;
    const widest = Math.max(...lines.map((line) => this.measure.width(line, first.size, first.weight)));
    const width = widest * 1.06 + first.size;
    const left = first.anchor === 'middle' ? first.x - width / 2 : first.x;
    const top = first.y - first.size * 0.35 - step / 2;
    this.slide.addText(xmlText(lines.join('\n')), {
      x: this.x(left), y: this.y(top), w: this.len(width), h: this.len(step * lines.length),
      fontFace: FONT_FACE, lang: this.lang, fontSize, bold: first.weight === 'bold', color: hex(first.colour),
      align: first.anchor === 'middle' ? 'center' : 'left', valign: 'top', margin: 0, wrap: false,
      lineSpacing: step * this.frame.scale * PT,
    });
  }
}

/**
 * The whole map on one slide, drawn from the same shapes as the PDF and SVG (so it matches
 * the canvas), scaled to fit: rectangles, lines and curves as native shapes, text as text.
 * Text that would be smaller than PowerPoint's 1 pt is left out (a map of thousands of cards
 * is a thumbnail here; the stage slides carry every card legibly).
 */
export function addOverviewSlide(pptx: PptxGenJS, drawing: Drawing, measure: TextMeasurer, lang: string, text: { title: string; fallbackAlt: string }): void {
  const slide = addTitledSlide(pptx, 'overview', text.title, lang);
  // The map goes under the slide's title strip.
  const top = OVERVIEW_TITLE.y + OVERVIEW_TITLE.h;
  const room = { width: SLIDE.width - 2 * SLIDE.margin, height: SLIDE.height - top - SLIDE.margin };
  const scale = Math.min(room.width / drawing.width, room.height / drawing.height);
  const frame = { scale, left: (SLIDE.width - drawing.width * scale) / 2, top: top + (room.height - drawing.height * scale) / 2 };
  new OverviewPainter(pptx, slide, frame, measure, lang, text.fallbackAlt).paint(drawing.shapes, 0, 0);
}
