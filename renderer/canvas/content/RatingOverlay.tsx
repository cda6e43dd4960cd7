import { useTranslation } from 'react-i18next';
import { Circle, Group, Rect, Text } from 'react-konva';
import type { Card } from '../../../shared/document/schema';
import { formatNumber } from '../../../shared/i18n/numbers';
import type { CardBox } from '../../../shared/layout/layout';
import type { RatingOverlay as Overlay } from '../../editor/content-context';
import { FONT_FAMILY } from '../theme';
import { overlayRating, ratingColour, ratingTextColour, UNRATED } from './rating-colours';

/** Touchpoints framed and tinted by their rating, each with the number in a disc; unrated ones hatched grey with a dash. */
export function RatingOverlay({ cards, overlay, cardOf }: { cards: readonly CardBox[]; overlay: Overlay; cardOf: (id: string) => Card | undefined }) {
  const { i18n } = useTranslation();
  if (overlay === 'off') return null;
  return (
    <>
      {cards.map((box) => {
        const card = cardOf(box.id);
        if (!card) return null;
        const rating = overlayRating(card, overlay);
        const colour = rating === undefined ? UNRATED.stroke : ratingColour(rating);
        return (
          <Group key={box.id} x={box.x} y={box.y} name="rating-overlay">
            <Rect width={box.width} height={box.height} cornerRadius={6} fill={rating === undefined ? UNRATED.fill : colour} opacity={0.22} />
            <Rect width={box.width} height={box.height} cornerRadius={6} stroke={colour} strokeWidth={4} dash={rating === undefined ? [4, 4] : []} />
            <Circle x={box.width - 4} y={box.height - 4} radius={14} fill={rating === undefined ? UNRATED.fill : colour} stroke="#FFFFFF" strokeWidth={2} />
            <Text x={box.width - 18} y={box.height - 11} width={28} align="center" text={rating === undefined ? '–' : formatNumber(rating, i18n.language, 1)}
              fontFamily={FONT_FAMILY} fontSize={rating !== undefined && !Number.isInteger(rating) ? 10 : 13} fontStyle="bold"
              fill={rating === undefined ? '#1F2933' : ratingTextColour(rating)} />
          </Group>
        );
      })}
    </>
  );
}
