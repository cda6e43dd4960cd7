import { useMemo } from 'react';
import { Group } from 'react-konva';
import type { CardBox, JourneyLayout } from '../../../shared/layout/layout';
import { useOptionalContent } from '../../editor/content-context';
import { CardMarks } from './CardMarks';
import { MetricBars } from './MetricBars';
import { RatingOverlay } from './RatingOverlay';
import { StoryboardImages } from './StoryboardImages';

interface Props {
  layout: JourneyLayout;
  /** The cards in view: marks are drawn for these only. */
  cards: readonly CardBox[];
}

/**
 * What journey content adds to the grid: metric charts, storyboard images, the touchpoint
 * rating overlay and the cards' marks (evidence, assumed, severity, priority). (The grid layer
 * draws the service-blueprint lines.)
 * Mount it in the scrolled content layer after the cards; it draws nothing without a
 * ContentProvider above the canvas, and never takes clicks.
 */
export function CanvasContent({ layout, cards }: Props) {
  const content = useOptionalContent();
  const document = content?.document;
  const lookups = useMemo(() => {
    if (!document) return null;
    const cardById = new Map(document.cards.map((c) => [c.id, c]));
    const assetById = new Map(document.assets.map((a) => [a.id, a]));
    const kindByLane = new Map(document.lanes.map((l) => [l.id, l.kind]));
    return {
      cardOf: (id: string) => cardById.get(id),
      kindOf: (laneId: string) => kindByLane.get(laneId),
      imageOf: (id: string) => {
        const imageId = cardById.get(id)?.imageId;
        return imageId ? assetById.get(imageId) : undefined;
      },
    };
  }, [document]);
  if (!content || !lookups) return null;
  const touchpoints = cards.filter((c) => lookups.kindOf(c.laneId) === 'touchpoints');
  return (
    <Group listening={false} name="canvas-content">
      <MetricBars layout={layout} />
      <StoryboardImages cards={cards} imageOf={lookups.imageOf} />
      <RatingOverlay cards={touchpoints} overlay={content.overlay} cardOf={lookups.cardOf} />
      <CardMarks cards={cards} cardOf={lookups.cardOf} kindOf={lookups.kindOf} />
    </Group>
  );
}
