import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Group, Rect } from 'react-konva';
import type { Card, LaneKind } from '../../../shared/document/schema';
import type { CardBox } from '../../../shared/layout/layout';
import { Pill, pillWidth, PILL_HEIGHT, type PillSpec } from './Pill';

const GAP = 4;

/** The marks a card earns from its content: evidence behind it, being only assumed, a pain point's severity, an opportunity's priority. */
export function cardPills(card: Card, kind: LaneKind | undefined, t: TFunction): PillSpec[] {
  const pills: PillSpec[] = [];
  if (kind === 'painPoints' && card.severity !== undefined) {
    pills.push({ key: 'severity', text: String(card.severity), fill: '#FBE9DF', stroke: '#D55E00', textColour: '#7A2E00', triangle: true });
  }
  if (kind === 'opportunities' && card.priority !== undefined) {
    pills.push({ key: 'priority', text: t(`content.priority.${card.priority}`), fill: '#E0F4EE', stroke: '#009E73', textColour: '#00513B' });
  }
  if (card.evidence && card.evidence.length > 0) {
    pills.push({ key: 'evidence', text: `“ ${card.evidence.length}`, fill: '#FFFFFF', stroke: '#0072B2', textColour: '#0B3C5D' });
  }
  if (card.confidence === 'assumed') {
    pills.push({ key: 'assumed', text: `? ${t('content.marks.assumed')}`, fill: '#F3F4F6', stroke: '#4B5563', textColour: '#1F2933', dashed: true });
  }
  return pills;
}

/** Marks on the cards in view: a row of pills on the top edge, and a dashed outline for assumed cards. */
export function CardMarks({ cards, cardOf, kindOf }: { cards: readonly CardBox[]; cardOf: (id: string) => Card | undefined; kindOf: (laneId: string) => LaneKind | undefined }) {
  const { t } = useTranslation();
  return (
    <>
      {cards.map((box) => {
        const card = cardOf(box.id);
        if (!card) return null;
        const pills = cardPills(card, kindOf(box.laneId), t);
        if (pills.length === 0) return null;
        let x = box.width - 8;
        return (
          <Group key={box.id} x={box.x} y={box.y} name="card-marks">
            {card.confidence === 'assumed' && (
              <Rect x={-3} y={-3} width={box.width + 6} height={box.height + 6} cornerRadius={8} stroke="#4B5563" strokeWidth={1.5} dash={[6, 4]} />
            )}
            {pills.map((pill) => {
              x -= pillWidth(pill);
              const at = x;
              x -= GAP;
              return <Pill key={pill.key} pill={pill} x={at} y={-PILL_HEIGHT / 2} />;
            })}
          </Group>
        );
      })}
    </>
  );
}
