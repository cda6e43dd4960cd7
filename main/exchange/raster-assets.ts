import type { SharpConstructor } from 'sharp';
import type { Asset, JourneyDocument } from '../../shared/document/schema';

/** The image encodings every drawn format can carry: pdfkit embeds only these, and resvg draws only these. */
const DRAWABLE: ReadonlySet<Asset['mimeType']> = new Set(['image/png', 'image/jpeg']);

let loaded: Promise<SharpConstructor> | null = null;
/** sharp (libvips) is loaded on the first export that needs it, not by every CLI command. */
const loadSharp = (): Promise<SharpConstructor> => (loaded ??= import('sharp').then((m) => m.default));

/**
 * One asset as PNG or JPEG: opaque pictures (photos, storyboard frames) as JPEG at quality 90,
 * anything with transparency as PNG, at the asset's own size.
 */
export async function drawableAsset(asset: Asset): Promise<Asset> {
  if (DRAWABLE.has(asset.mimeType)) return asset;
  const sharp = await loadSharp();
  const image = sharp(Buffer.from(asset.data, 'base64'), { limitInputPixels: 4096 * 4096 });
  const { hasAlpha, width, height } = await image.metadata();
  const { data, info } = hasAlpha
    ? await image.png({ compressionLevel: 9 }).toBuffer({ resolveWithObject: true })
    : await image.jpeg({ quality: 90, mozjpeg: true }).toBuffer({ resolveWithObject: true });
  return { ...asset, mimeType: info.format === 'png' ? 'image/png' : 'image/jpeg', width: width ?? asset.width, height: height ?? asset.height, data: data.toString('base64') };
}

/**
 * The journey with every image it draws in an encoding PDF and PNG can hold (assets are
 * stored as WebP): each asset that a card or a shown persona uses is decoded once, before
 * drawing. Assets nothing draws are left as they are.
 */
export async function withDrawableAssets(doc: JourneyDocument): Promise<JourneyDocument> {
  const used = new Set([...doc.cards.flatMap((c) => (c.imageId ? [c.imageId] : [])), ...doc.personas.flatMap((p) => (p.photoId ? [p.photoId] : []))]);
  if (!doc.assets.some((a) => used.has(a.id) && !DRAWABLE.has(a.mimeType))) return doc;
  const assets = await Promise.all(doc.assets.map((a) => (used.has(a.id) ? drawableAsset(a) : a)));
  return { ...doc, assets };
}
