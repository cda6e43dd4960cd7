/**
 * A renderer-independent picture of the map: the few shapes SVG, PNG and PDF all draw the
 * same way. Text arrives already wrapped (one shape per line) so every output breaks lines
 * exactly where the others do.
 */
export type FontWeight = 'regular' | 'bold';

export type PathCommand =
  | { op: 'M' | 'L'; x: number; y: number }
  | { op: 'C'; x1: number; y1: number; x2: number; y2: number; x: number; y: number };

export type Shape =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill?: string; stroke?: string; strokeWidth?: number; radius?: number; dash?: readonly number[] }
  | { kind: 'path'; commands: PathCommand[]; stroke: string; width: number; dash?: readonly number[]; fill?: string }
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: string; stroke?: string; strokeWidth?: number }
  /** `y` is the baseline. */
  | { kind: 'text'; x: number; y: number; text: string; size: number; weight: FontWeight; colour: string; anchor: 'start' | 'middle' }
  /** Drawn to cover its box (cropped, centred); `clip: 'circle'` shows the circle inscribed in the box (persona photos); `alt` says what it shows. */
  | { kind: 'image'; x: number; y: number; width: number; height: number; mimeType: string; data: string; clip?: 'circle'; alt?: string }
  | { kind: 'group'; dx: number; dy: number; shapes: Shape[] };

/** What a tiled output needs to know of the grid inside a drawing (all in drawing units). */
export interface TileGuide {
  /** The grid's top-left corner, and its size (headers included). */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The stage (and step) headers' height, and the lane names' width: repeated on every page. */
  headerHeight: number;
  laneHeaderWidth: number;
  /** Where a page may end across the map: the columns' edges (no card crosses one). */
  columnEdges: number[];
  /** The stages' edges among them: where a page ends best. */
  stageEdges: number[];
  /** Spans a page should not end inside, down the map: cards with their marks, emotion and metric lanes, the headers. */
  keepTogether: { top: number; bottom: number }[];
  /** Each lane's span and name, to name a lane again at the top of a page that continues it. */
  lanes: { top: number; bottom: number; name: string }[];
}

/** A run of shapes stacked on a page: a heading, a legend, a footer (`height` in drawing units from its top). */
export interface Block { height: number; shapes: Shape[] }

export interface Drawing {
  width: number;
  height: number;
  background: string;
  shapes: Shape[];
  /** The grid's structure, for paged outputs; absent for drawings that are not a map. */
  tiles?: TileGuide;
}

/** Widths of text in the fonts the outputs embed, so wrapping matches what gets drawn. */
export interface TextMeasurer {
  width(text: string, size: number, weight: FontWeight): number;
}

export const line = (x1: number, y1: number, x2: number, y2: number, stroke: string, width = 1, dash?: readonly number[]): Shape => ({
  kind: 'path',
  commands: [{ op: 'M', x: x1, y: y1 }, { op: 'L', x: x2, y: y2 }],
  stroke,
  width,
  ...(dash ? { dash } : {}),
});

/** Every text line in a drawing, in drawing order: what a text layer must contain. */
export function drawingTexts(shapes: readonly Shape[]): string[] {
  return shapes.flatMap((shape) => {
    if (shape.kind === 'text') return [shape.text];
    if (shape.kind === 'group') return drawingTexts(shape.shapes);
    return [];
  });
}
