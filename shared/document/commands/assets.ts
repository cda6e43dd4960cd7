import { applyChanges, type Change } from '../changes';
import { newId } from '../ids';
import { LIMITS } from '../limits';
import type { Asset, JourneyDocument } from '../schema';

/** A re-encoded image ready to store: what the renderer's image import hands over. */
export type StoredImage = Omit<Asset, 'id'>;

export const newAsset = (image: StoredImage): Asset => ({ id: newId(), ...image });

/** Whether any persona photo or card image still shows the asset. */
export function isAssetUsed(doc: JourneyDocument, assetId: string): boolean {
  return doc.personas.some((p) => p.photoId === assetId) || doc.cards.some((c) => c.imageId === assetId);
}

/** `changes`, followed by the removal of those `candidates` that nothing shows once they apply. */
export function dropUnusedAssets(doc: JourneyDocument, changes: Change[], candidates: readonly (string | undefined)[]): Change[] {
  const after = applyChanges(doc, changes);
  const drops: Change[] = [];
  for (const id of new Set(candidates)) {
    const asset = id === undefined ? undefined : after.assets.find((a) => a.id === id);
    if (asset && !isAssetUsed(after, asset.id)) drops.push({ table: 'assets', before: asset, after: null });
  }
  return [...changes, ...drops];
}

/** Whether one more image fits in the file. */
export const canAddAsset = (doc: JourneyDocument): boolean => doc.assets.length < LIMITS.assets;

/** Shows `image` on a card (a storyboard frame), or takes it off; an image left unused goes. */
export function setCardImage(doc: JourneyDocument, cardId: string, image: StoredImage | null): Change[] {
  const before = doc.cards.find((c) => c.id === cardId);
  if (!before || (image && !canAddAsset(doc))) return [];
  const asset = image ? newAsset(image) : null;
  const { imageId: _old, ...rest } = before;
  const changes: Change[] = [
    ...(asset ? [{ table: 'assets', before: null, after: asset } as const] : []),
    { table: 'cards', before, after: asset ? { ...rest, imageId: asset.id } : rest },
  ];
  if (!asset && before.imageId === undefined) return [];
  return dropUnusedAssets(doc, changes, [before.imageId]);
}
