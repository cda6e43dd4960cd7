import { memo } from 'react';
import { Shape } from 'react-konva';
import type { CardBox, LaneBox } from '../../shared/layout/layout';
import { cardTextWidth, METRICS } from '../../shared/layout/metrics';
import { useCanvasTheme } from './canvas-theme';
import { wrapLines } from './measure';
import { paintCard, type CardPaint } from './paint-card';

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
  const paint: CardPaint = {
    width: card.width,
    height: card.height,
    fill: card.colour ?? colours.fill,
    accent: colours.accent,
    textColour: card.colour ? theme.colouredCardText : theme.grid.cardText,
    textTop: METRICS.cardPaddingY + card.imageHeight,
    // Drawn as the layout wrapped it: the card is exactly as tall as these lines.
    lines: wrapLines(card.text, cardTextWidth(card.width)),
  };
  return (
    // name and the card attributes say what the shape shows, for anything reading the canvas from outside (tests, benchmark).
    <Shape name="card" cardId={card.id} cardText={card.text} cardLines={paint.lines} x={card.x} y={card.y} width={card.width} height={card.height}
      opacity={faded ? 0.35 : 1} listening={false} sceneFunc={(context) => paintCard(context._context, paint)} />
  );
});

/** The cards in view, one canvas shape each. No shadows: they are the main cost of drawing on big maps. */
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
