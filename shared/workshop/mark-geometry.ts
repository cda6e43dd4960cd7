/**
 * Where a workshop's marks go, computed once for the canvas (react-konva) and the exports
 * (shapes): a card's badge (its place in the vote and its votes) straddling its bottom edge at
 * the left, clear of the content marks along its top edge; and a stage's rating band at the
 * stage's right edge in the emotions lane, with the mean in figures on a label left of it.
 */
import { emotionY } from '../layout/layout';
import type { StageBand } from './marks';

export const MARK_INK = '#1F2933';
export const VOTE_BLUE = '#0072B2';
export const BAND = { width: 48, inset: 12, barHeight: 14, label: { width: 48, height: 24, gap: 8 } } as const;
/** Levels from the top of the lane down. */
export const BAND_LEVELS = [2, 1, 0, -1, -2] as const;
export const BADGE = { height: 18, font: 12, dot: 5, dotGap: 12, maxDots: 10 } as const;

export interface BadgeGeometry {
  /** The dark pill with "#place". */
  place: { x: number; y: number; width: number; height: number; text: string };
  /** One dot per vote (at most maxDots), then the count in figures. */
  dots: { cx: number; cy: number }[];
  count: { x: number; y: number; text: string };
}

/** A card's badge; `textWidth` measures bold text at the badge's font size. */
export function badgeGeometry(card: { x: number; y: number; height: number }, mark: { votes: number; rank: number }, textWidth: (text: string) => number): BadgeGeometry {
  const y = card.y + card.height - BADGE.height / 2;
  const text = `#${mark.rank}`;
  const width = Math.max(28, textWidth(text) + 14);
  const x = card.x + 10;
  const first = x + width + 4 + BADGE.dot;
  const dots = Array.from({ length: Math.min(mark.votes, BADGE.maxDots) }, (_, i) => ({ cx: first + i * BADGE.dotGap, cy: y + BADGE.height / 2 }));
  const end = dots.length > 0 ? first + (dots.length - 1) * BADGE.dotGap + BADGE.dot + 4 : x + width + 4;
  return { place: { x, y, width, height: BADGE.height, text }, dots, count: { x: end, y: y + BADGE.height / 2, text: String(mark.votes) } };
}

export interface BandGeometry {
  frame: { x: number; y: number; width: number; height: number };
  axis: { x: number; top: number; bottom: number };
  bars: { level: number; x: number; y: number; width: number; height: number }[];
  mean: { y: number; x1: number; x2: number };
  label: { x: number; y: number; width: number; height: number };
  count: { x: number; y: number; text: string };
}

/** A stage's rating band inside an emotions lane, its left edge at `x`. */
export function bandGeometry(x: number, lane: { y: number; height: number }, band: StageBand): BandGeometry {
  const counts = BAND_LEVELS.map((level) => band.counts[String(level) as keyof StageBand['counts']]);
  const most = Math.max(1, ...counts);
  const top = emotionY(lane, 2) - BAND.barHeight;
  const bottom = emotionY(lane, -2) + BAND.barHeight / 2;
  const meanY = emotionY(lane, band.mean);
  return {
    frame: { x: x - 4, y: top, width: BAND.width + 8, height: bottom - top + 18 },
    axis: { x, top: emotionY(lane, 2) - BAND.barHeight / 2, bottom },
    bars: BAND_LEVELS.flatMap((level, i) => {
      const n = counts[i] ?? 0;
      return n === 0 ? [] : [{ level, x, y: emotionY(lane, level) - BAND.barHeight / 2, width: Math.max(4, (n / most) * BAND.width), height: BAND.barHeight }];
    }),
    mean: { y: meanY, x1: x - 6, x2: x + BAND.width + 2 },
    label: { x: x - BAND.label.width - BAND.label.gap, y: meanY - BAND.label.height / 2, width: BAND.label.width, height: BAND.label.height },
    count: { x: x + BAND.width / 2, y: bottom + 9, text: `n=${band.count}` },
  };
}

/** Where a stage's band starts: at its right edge, inset. */
export const bandX = (stage: { x: number; width: number }): number => stage.x + stage.width - BAND.width - BAND.inset;
