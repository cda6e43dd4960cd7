import { Group, Rect, Text } from 'react-konva';
import type { CardBox, LaneBox } from '../../shared/layout/layout';
import { METRICS } from '../../shared/layout/metrics';
import { FONT_FAMILY, GRID, LANE_COLOURS } from './theme';

interface Props {
  cards: readonly CardBox[];
  lanesById: ReadonlyMap<string, LaneBox>;
  selectedId: string | null;
  hiddenId: string | null;
}

/** The cards in view. No shadows: they are the main cost of drawing on big maps. */
export function CardNodes({ cards, lanesById, selectedId, hiddenId }: Props) {
  return (
    <>
      {cards.map((card) => {
        if (card.id === hiddenId) return null;
        const kind = lanesById.get(card.laneId)?.kind ?? 'actions';
        const colours = LANE_COLOURS[kind];
        const selected = card.id === selectedId;
        return (
          <Group key={card.id} id={card.id} name="card" x={card.x} y={card.y}>
            <Rect width={card.width} height={card.height} fill={card.colour ?? colours.fill} cornerRadius={6}
              stroke={selected ? GRID.selection : colours.accent} strokeWidth={selected ? 3 : 1} />
            <Rect width={5} height={card.height} fill={colours.accent} cornerRadius={[6, 0, 0, 6]} listening={false} />
            <Text x={METRICS.cardPaddingX} y={METRICS.cardPaddingY} width={card.width - 2 * METRICS.cardPaddingX}
              text={card.text} fontFamily={FONT_FAMILY} fontSize={METRICS.fontSize} lineHeight={METRICS.lineHeight / METRICS.fontSize}
              fill={GRID.cardText} wrap="word" listening={false} />
          </Group>
        );
      })}
    </>
  );
}
