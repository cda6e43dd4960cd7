import { useEffect, useState } from 'react';
import type { Asset } from '../../shared/document/schema';

export const assetUrl = (asset: Pick<Asset, 'mimeType' | 'data'>): string => `data:${asset.mimeType};base64,${asset.data}`;

// Decoded images by asset id and size of data: an asset's bytes never change under its id.
const cache = new Map<string, HTMLImageElement>();

/** The asset as a decoded image for the canvas, once it has loaded (undefined until then). */
export function useAssetImage(asset: Asset | undefined): HTMLImageElement | undefined {
  const key = asset ? `${asset.id}/${asset.data.length}` : '';
  const [, setLoaded] = useState(0);
  const cached = cache.get(key);
  useEffect(() => {
    if (!asset || cache.has(key)) return;
    const image = new Image();
    image.onload = () => {
      cache.set(key, image);
      setLoaded((n) => n + 1);
    };
    image.src = assetUrl(asset);
  }, [asset, key]);
  return cached;
}
