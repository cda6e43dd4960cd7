import { Circle, Group, Line, Rect, Text } from 'react-konva';
import { emotionY, type JourneyLayout } from '../../shared/layout/layout';
import { emotionColour, FONT_FAMILY } from './theme';

/** What a live workshop adds to the map, as plain data (the app computes it from the room). */
export interface WorkshopMarksData {
  /** Vote totals by card id. */
  votes: ReadonlyMap<string, number>;
  /** Per stage: how many rated it -2..+2, and their mean. */
  ratings: readonly { stageId: string; counts: Readonly<Record<'-2' | '-1' | '0' | '1' | '2', number>>; count: number; mean: number | null }[];
}

const DOT = { radius: 6, gap: 15, perRow: 6, rows: 2, fill: '#0072B2', stroke: '#FFFFFF' };
const BAND = { width: 48, inset: 12, barHeight: 14 };
const LEVELS = [2, 1, 0, -1, -2] as const;

/** Dots along a card's top edge, right-aligned, one per vote (a number beside them past twelve). */
function VoteDots({ x, y, width, votes }: { x: number; y: number; width: number; votes: number }) {
  const shown = Math.min(votes, DOT.perRow * DOT.rows);
  const right = x + width - DOT.radius - 6;
  return (
    <Group name="workshop-votes">
      {Array.from({ length: shown }, (_, i) => (
        <Circle key={i} x={right - (i % DOT.perRow) * DOT.gap} y={y + Math.floor(i / DOT.perRow) * DOT.gap} radius={DOT.radius}
          fill={DOT.fill} stroke={DOT.stroke} strokeWidth={2} />
      ))}
      <Text x={right - Math.min(shown, DOT.perRow) * DOT.gap - 40} y={y - 7} width={32} align="right" text={String(votes)}
        fontFamily={FONT_FAMILY} fontSize={13} fontStyle="bold" fill={DOT.fill} />
    </Group>
  );
}

/**
 * The room's ratings of each stage as a band in the emotions lane, at the stage's right edge
 * beside the curve: a bar per level (-2..+2) as long as its share of the ratings, in the
 * level's colour, and a line at the mean.
 */
function RatingBand({ x, lane, counts, count, mean }: { x: number; lane: { y: number; height: number } } & WorkshopMarksData['ratings'][number]) {
  const most = Math.max(...LEVELS.map((level) => counts[String(level) as keyof typeof counts]));
  return (
    <Group name="workshop-ratings">
      <Rect x={x - 4} y={emotionY(lane, 2) - BAND.barHeight} width={BAND.width + 8} height={emotionY(lane, -2) - emotionY(lane, 2) + 2 * BAND.barHeight + 12}
        fill="#FFFFFF" opacity={0.85} cornerRadius={6} stroke="#9AA5B1" strokeWidth={1} />
      <Line points={[x, emotionY(lane, 2) - BAND.barHeight / 2, x, emotionY(lane, -2) + BAND.barHeight / 2]} stroke="#4B5563" strokeWidth={1.5} />
      {LEVELS.map((level) => {
        const n = counts[String(level) as keyof typeof counts];
        return n === 0 ? null : (
          <Rect key={level} x={x} y={emotionY(lane, level) - BAND.barHeight / 2} width={Math.max(4, (n / most) * BAND.width)} height={BAND.barHeight}
            fill={emotionColour(level)} stroke="#1F2933" strokeWidth={0.5} />
        );
      })}
      {mean !== null && <Line points={[x - 6, emotionY(lane, mean), x + BAND.width + 2, emotionY(lane, mean)]} stroke="#1F2933" strokeWidth={2.5} dash={[6, 3]} />}
      <Text x={x - 4} y={emotionY(lane, -2) + BAND.barHeight / 2 + 2} width={BAND.width + 8} align="center" text={`n=${count}`}
        fontFamily={FONT_FAMILY} fontSize={11} fill="#1F2933" />
    </Group>
  );
}

/** Vote dots on the cards and the rating bands, drawn in content coordinates over the cards and curves. */
export function WorkshopMarks({ layout, data }: { layout: JourneyLayout; data: WorkshopMarksData }) {
  const lane = layout.lanes.find((candidate) => candidate.kind === 'emotions' && !candidate.collapsed);
  return (
    <Group listening={false}>
      {layout.cards.map((card) => {
        const votes = data.votes.get(card.id) ?? 0;
        return votes > 0 ? <VoteDots key={card.id} x={card.x} y={card.y} width={card.width} votes={votes} /> : null;
      })}
      {lane && data.ratings.map((rating) => {
        const stage = layout.stages.find((candidate) => candidate.id === rating.stageId);
        if (!stage || rating.count === 0) return null;
        return <RatingBand key={rating.stageId} x={stage.x + stage.width - BAND.width - BAND.inset} lane={lane} {...rating} />;
      })}
    </Group>
  );
}
