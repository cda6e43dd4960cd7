/** Sizes of the grid in canvas units (1 unit = 1 CSS pixel at 100% zoom). */
export const METRICS = {
  stageHeaderHeight: 56,
  stepHeaderHeight: 32,
  laneHeaderWidth: 200,
  stageWidth: 260,
  stepWidth: 200,
  cellPadding: 12,
  cardGap: 8,
  cardPaddingX: 12,
  cardPaddingY: 10,
  cardMinHeight: 44,
  fontSize: 15,
  lineHeight: 20,
  laneMinHeight: 92,
  collapsedLaneHeight: 36,
  emotionLaneHeight: 180,
  emotionPadding: 28,
  metricLaneHeight: 140,
} as const;

/** How wide a card's text may run: the card less its padding either side. Layout, canvas and export wrap at this width. */
export const cardTextWidth = (cardWidth: number): number => cardWidth - 2 * METRICS.cardPaddingX;

/** Counts the wrapped lines `text` takes at `maxWidth`; the renderer measures real glyphs. */
export type LineCounter = (text: string, maxWidth: number) => number;

/** A font-free estimate for node-side callers (CLI, tests): about 0.55 em per character. */
export const estimateLines: LineCounter = (text, maxWidth) => {
  const perLine = Math.max(1, Math.floor(maxWidth / (METRICS.fontSize * 0.55)));
  return text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
};
