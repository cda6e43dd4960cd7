/** The largest size within `max` × `max` with the same aspect ratio; images are never enlarged. */
export function fitWithin(width: number, height: number, max: number): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** Persona photos are small on screen; 512 px keeps them sharp on a projector and small in the file. */
export const PHOTO_MAX_PX = 512;
/** Storyboard frames fill a card; 960 px is sharp at 2x zoom. */
export const STORYBOARD_MAX_PX = 960;
/** Files larger than this are refused before decoding. */
export const MAX_SOURCE_MB = 30;

/** Base64 of bytes, in chunks (String.fromCharCode takes a bounded number of arguments). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The part of an image that covers a `width` × `height` box without distortion, centred. */
export function coverCrop(image: { width: number; height: number }, width: number, height: number) {
  const scale = Math.max(width / image.width, height / image.height);
  const cropWidth = width / scale;
  const cropHeight = height / scale;
  return { x: (image.width - cropWidth) / 2, y: (image.height - cropHeight) / 2, width: cropWidth, height: cropHeight };
}
