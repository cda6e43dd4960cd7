import { Circle, Group, Line, Rect, Text } from 'react-konva';
import { formatSigned } from '../../shared/i18n/numbers';
import type { JourneyLayout } from '../../shared/layout/layout';
import { BADGE, badgeGeometry, bandGeometry, bandX, MARK_INK as INK, VOTE_BLUE } from '../../shared/workshop/mark-geometry';
import { bandLane, type StageBand, type WorkshopMarks as Marks } from '../../shared/workshop/marks';
import { emotionColour, FONT_FAMILY } from './theme';

/** Bold text at the badge's size, measured once per string with the canvas's own font. */
const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
function boldWidth(text: string): number {
  if (!context) return text.length * BADGE.font * 0.6;
  context.font = `bold ${BADGE.font}px "${FONT_FAMILY}"`;
  return context.measureText(text).width;
}

/** A card's place in the vote and its votes, straddling its bottom edge (shared/workshop/mark-geometry.ts). */
function VoteBadge({ card, mark }: { card: { x: number; y: number; height: number }; mark: { votes: number; rank: number } }) {
  const { place, dots, count } = badgeGeometry(card, mark, boldWidth);
  return (
    <Group name="workshop-votes">
      <Rect x={place.x} y={place.y} width={place.width} height={place.height} cornerRadius={place.height / 2} fill={INK} />
      <Text x={place.x} y={place.y} width={place.width} height={place.height} align="center" verticalAlign="middle" text={place.text}
        fontFamily={FONT_FAMILY} fontSize={BADGE.font} fontStyle="bold" fill="#FFFFFF" />
      {dots.map((dot, i) => <Circle key={i} x={dot.cx} y={dot.cy} radius={BADGE.dot} fill={VOTE_BLUE} stroke="#FFFFFF" strokeWidth={1.5} />)}
      <Text x={count.x} y={count.y - BADGE.height / 2} height={BADGE.height} verticalAlign="middle" text={count.text}
        fontFamily={FONT_FAMILY} fontSize={BADGE.font} fontStyle="bold" fill={VOTE_BLUE} />
    </Group>
  );
}

/**
 * The room's ratings of a stage as a band in the emotions lane, beside the curve: a bar per
 * level (-2..+2) as long as its share of the ratings, in the level's colour, a dashed line at
 * the mean with the mean in figures on a label of its own, and how many rated.
 */
function RatingBand({ x, lane, band, language }: { x: number; lane: { y: number; height: number }; band: StageBand; language: string }) {
  const g = bandGeometry(x, lane, band);
  return (
    <Group name="workshop-ratings">
      <Rect {...g.frame} fill="#FFFFFF" opacity={0.85} cornerRadius={6} stroke="#9AA5B1" strokeWidth={1} />
      <Line points={[g.axis.x, g.axis.top, g.axis.x, g.axis.bottom]} stroke="#4B5563" strokeWidth={1.5} />
      {g.bars.map((bar) => <Rect key={bar.level} x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill={emotionColour(bar.level)} stroke={INK} strokeWidth={0.5} />)}
      <Line points={[g.mean.x1, g.mean.y, g.mean.x2, g.mean.y]} stroke={INK} strokeWidth={2.5} dash={[6, 3]} />
      <Rect name="workshop-rating-mean" {...g.label} cornerRadius={5} fill={INK} />
      <Text {...g.label} align="center" verticalAlign="middle" text={formatSigned(Math.round(band.mean * 10) / 10, language)} fontFamily={FONT_FAMILY} fontSize={16} fontStyle="bold" fill="#FFFFFF" />
      <Text x={g.count.x - 30} y={g.count.y - 7} width={60} align="center" text={g.count.text} fontFamily={FONT_FAMILY} fontSize={11} fill={INK} />
    </Group>
  );
}

/** Vote badges on the cards and the rating bands, drawn in content coordinates over the cards and curves. */
export function WorkshopMarks({ layout, data, language }: { layout: JourneyLayout; data: Marks; language: string }) {
  const lane = bandLane(layout.lanes, data.laneId);
  return (
    <Group listening={false}>
      {layout.cards.map((card) => {
        const mark = data.cards.get(card.id);
        return mark ? <VoteBadge key={card.id} card={card} mark={mark} /> : null;
      })}
      {lane && data.ratings.map((band) => {
        const stage = layout.stages.find((candidate) => candidate.id === band.stageId);
        return stage ? <RatingBand key={band.stageId} x={bandX(stage)} lane={lane} band={band} language={language} /> : null;
      })}
    </Group>
  );
}
