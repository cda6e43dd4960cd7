import { Image as KonvaImage } from 'react-konva';
import type { Asset } from '../../../shared/document/schema';
import type { CardBox } from '../../../shared/layout/layout';
import { useAssetImage } from '../../images/asset-image';

/** The part of the image that covers a `width` × `height` box without distortion (centred). */
export function coverCrop(image: { width: number; height: number }, width: number, height: number) {
  const scale = Math.max(width / image.width, height / image.height);
  const cropWidth = width / scale;
  const cropHeight = height / scale;
  return { x: (image.width - cropWidth) / 2, y: (image.height - cropHeight) / 2, width: cropWidth, height: cropHeight };
}

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
