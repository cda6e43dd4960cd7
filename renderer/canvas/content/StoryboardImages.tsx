import { Image as KonvaImage } from 'react-konva';
import type { Asset } from '../../../shared/document/schema';
import type { CardBox } from '../../../shared/layout/layout';
import { useAssetImage } from '../../images/asset-image';
import { coverCrop } from '../../images/fit';

function Frame({ card, asset }: { card: CardBox; asset: Asset }) {
  const image = useAssetImage(asset);
  if (!image) return null;
  return (
    <KonvaImage image={image} x={card.x} y={card.y} width={card.width} height={card.imageHeight}
      crop={coverCrop(asset, card.width, card.imageHeight)} cornerRadius={[6, 6, 0, 0]} name="storyboard-image" />
  );
}

/** Storyboard frames in the space the layout keeps at the top of their cards (the text goes below). */
export function StoryboardImages({ cards, imageOf }: { cards: readonly CardBox[]; imageOf: (cardId: string) => Asset | undefined }) {
  return (
    <>
      {cards.filter((c) => c.imageHeight > 0).map((card) => {
        const asset = imageOf(card.id);
        return asset ? <Frame key={card.id} card={card} asset={asset} /> : null;
      })}
    </>
  );
}
