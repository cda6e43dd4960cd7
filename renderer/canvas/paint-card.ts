import { METRICS } from '../../shared/layout/metrics';
import { FONT_FAMILY } from './theme';

const CARD_RADIUS = 6;
const ACCENT_WIDTH = 5;
const CARD_FONT = `${METRICS.fontSize}px "${FONT_FAMILY}"`;

/** What a card looks like: its box, its lane's colours and its text as wrapped lines. */
export interface CardPaint {
  width: number;
  height: number;
  fill: string;
  accent: string;
  textColour: string;
  /** Where the first line's box starts (below a storyboard image). */
  textTop: number;
  lines: readonly string[];
}

let baseline: number | null = null;

/**
 * From the top of a line's box to its alphabetic baseline: the font's ascent and descent
 * centred in the line height, as Konva places text, so cards look as they did as Text nodes.
 */
function baselineOffset(ctx: CanvasRenderingContext2D): number {
  if (baseline === null) {
    const m = ctx.measureText('M');
    baseline = (m.fontBoundingBoxAscent - m.fontBoundingBoxDescent) / 2 + METRICS.lineHeight / 2;
  }
  return baseline;
}

/**
 * Draws one card at the origin: rounded box, lane accent bar, text. One canvas shape per card
 * instead of four Konva nodes (group, two rectangles, text), which is most of what mounting
 * and drawing the cards in view costs on a big map.
 */
export function paintCard(ctx: CanvasRenderingContext2D, card: CardPaint): void {
  ctx.beginPath();
  ctx.roundRect(0, 0, card.width, card.height, CARD_RADIUS);
  ctx.fillStyle = card.fill;
  ctx.fill();
  ctx.lineWidth = 1;
  ctx.strokeStyle = card.accent;
  ctx.stroke();
  ctx.beginPath();
  ctx.roundRect(0, 0, ACCENT_WIDTH, card.height, [CARD_RADIUS, 0, 0, CARD_RADIUS]);
  ctx.fillStyle = card.accent;
  ctx.fill();
  ctx.font = CARD_FONT;
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  ctx.fillStyle = card.textColour;
  let y = card.textTop + baselineOffset(ctx);
  for (const line of card.lines) {
    ctx.fillText(line, METRICS.cardPaddingX, y);
    y += METRICS.lineHeight;
  }
}
