import { useTranslation } from 'react-i18next';
import { Group, Rect } from 'react-konva';
import type { Card, LaneKind } from '../../../shared/document/schema';
import type { CardBox } from '../../../shared/layout/layout';
import { placePills } from '../../../shared/export/card-marks';
import { cardPills, pillWidth } from './card-pills';
import { Pill, PILL_HEIGHT } from './Pill';

/** Marks on the cards in view: a row of pills on the top edge (as many as the card's width holds), and a dashed outline for assumed cards. */
export function CardMarks({ cards, cardOf, kindOf }: { cards: readonly CardBox[]; cardOf: (id: string) => Card | undefined; kindOf: (laneId: string) => LaneKind | undefined }) {
  const { t } = useTranslation();
  return (
    <>
      {cards.map((box) => {
        const card = cardOf(box.id);
        if (!card) return null;
        const pills = cardPills(card, kindOf(box.laneId), t);
        if (pills.length === 0) return null;
        return (
          <Group key={box.id} x={box.x} y={box.y} name="card-marks">
            {card.confidence === 'assumed' && (
              <Rect x={-3} y={-3} width={box.width + 6} height={box.height + 6} cornerRadius={8} stroke="#4B5563" strokeWidth={1.5} dash={[6, 4]} />
            )}
            {placePills(pills, box.width, pillWidth).map(({ pill, x }) => <Pill key={pill.key} pill={pill} x={x} y={-PILL_HEIGHT / 2} />)}
          </Group>
        );
      })}
    </>
  );
}
