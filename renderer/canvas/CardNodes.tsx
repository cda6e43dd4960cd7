import { memo } from 'react';
import { Group, Rect, Text } from 'react-konva';
import type { CardBox, LaneBox } from '../../shared/layout/layout';
import { METRICS } from '../../shared/layout/metrics';
import { useCanvasTheme } from './canvas-theme';
import { wrapText } from './measure';
import { FONT_FAMILY } from './theme';

interface Props {
  cards: readonly CardBox[];
  lanesById: ReadonlyMap<string, LaneBox>;
  /** Cards being dragged are drawn faded where they were. */
  faded: ReadonlySet<string>;
  hiddenId: string | null;
}

const CardNode = memo(function CardNode({ card, kind, faded }: { card: CardBox; kind: LaneBox['kind']; faded: boolean }) {
  const theme = useCanvasTheme();
  const colours = theme.lanes[kind];
  const textWidth = card.width - 2 * METRICS.cardPaddingX;
  return (
    <Group x={card.x} y={card.y} opacity={faded ? 0.35 : 1}>
      <Rect width={card.width} height={card.height} fill={card.colour ?? colours.fill} cornerRadius={6} stroke={colours.accent} strokeWidth={1} />
      <Rect width={5} height={card.height} fill={colours.accent} cornerRadius={[6, 0, 0, 6]} />
      {/* Drawn as the layout wrapped it: the card is exactly as tall as these lines, and Konva need not wrap again. */}
      <Text x={METRICS.cardPaddingX} y={METRICS.cardPaddingY + card.imageHeight} width={textWidth}
        text={wrapText(card.text, textWidth)} fontFamily={FONT_FAMILY} fontSize={METRICS.fontSize} lineHeight={METRICS.lineHeight / METRICS.fontSize}
        fill={card.colour ? theme.colouredCardText : theme.grid.cardText} wrap="none" />
    </Group>
  );
});

/** The cards in view. No shadows: they are the main cost of drawing on big maps. */
export function CardNodes({ cards, lanesById, faded, hiddenId }: Props) {
  return (
    <>
      {cards.map((card) =>
        card.id === hiddenId ? null : (
          <CardNode key={card.id} card={card} kind={lanesById.get(card.laneId)?.kind ?? 'actions'} faded={faded.has(card.id)} />
        ),
      )}
    </>
  );
}
