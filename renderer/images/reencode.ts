import type { StoredImage } from '../../shared/document/commands/assets';
import { LIMITS } from '../../shared/document/limits';
import { fitWithin, MAX_SOURCE_MB, toBase64 } from './fit';

export class ImageImportError extends Error {
  constructor(readonly reason: 'tooLarge' | 'unreadable') {
    super(reason);
  }
}

async function encode(canvas: OffscreenCanvas): Promise<Blob> {
  // WebP keeps photos small and transparency intact; JPEG where a runtime cannot write WebP.
  const webp = await canvas.convertToBlob({ type: 'image/webp', quality: 0.85 });
  return webp.type === 'image/webp' ? webp : canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 });
}

/**
 * Decodes an image the user chose, scales it down to fit `maxPx` and re-encodes it, so that
 * what the journey stores is small and nothing of the original file (metadata, other
 * formats' quirks) travels with it.
 */
export async function reencodeImage(file: Blob, maxPx: number): Promise<StoredImage> {
  if (file.size > MAX_SOURCE_MB * 1024 * 1024) throw new ImageImportError('tooLarge');
  let source: ImageBitmap;
  try {
    source = await createImageBitmap(file);
  } catch {
    throw new ImageImportError('unreadable');
  }
  const { width, height } = fitWithin(source.width, source.height, maxPx);
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) throw new ImageImportError('unreadable');
  context.imageSmoothingQuality = 'high';
  context.drawImage(source, 0, 0, width, height);
  source.close();
  const blob = await encode(canvas);
  const data = toBase64(new Uint8Array(await blob.arrayBuffer()));
  if (data.length > LIMITS.assetBase64Length) throw new ImageImportError('tooLarge');
  return { mimeType: blob.type === 'image/webp' ? 'image/webp' : 'image/jpeg', width, height, data };
}
