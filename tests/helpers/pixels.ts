import sharp from 'sharp';

/** A decoded image: RGB pixels row by row. */
export interface Pixels { width: number; height: number; at(x: number, y: number): [number, number, number] }

/** Decodes a PNG (from resvg or pdftoppm) to its pixels, with a real decoder (libvips). */
export async function decodePng(png: Buffer): Promise<Pixels> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return {
    width: info.width,
    height: info.height,
    at: (x, y) => {
      const i = (y * info.width + x) * 3;
      return [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
    },
  };
}

const hex = (colour: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16)) as [number, number, number];

/** The box around every pixel within `tolerance` of `colour` (per channel), or null when there is none. */
export function boxOf(image: Pixels, colour: string, tolerance = 6): { left: number; top: number; right: number; bottom: number; count: number } | null {
  const [r, g, b] = hex(colour);
  let box: { left: number; top: number; right: number; bottom: number; count: number } | null = null;
  for (let y = 0; y < image.height; y += 1) {
    for (let x = 0; x < image.width; x += 1) {
      const [pr, pg, pb] = image.at(x, y);
      if (Math.abs(pr - r) > tolerance || Math.abs(pg - g) > tolerance || Math.abs(pb - b) > tolerance) continue;
      box = box
        ? { left: Math.min(box.left, x), top: Math.min(box.top, y), right: Math.max(box.right, x), bottom: Math.max(box.bottom, y), count: box.count + 1 }
        : { left: x, top: y, right: x, bottom: y, count: 1 };
    }
  }
  return box;
}

/** How many pixels pass `test`. */
export function countPixels(image: Pixels, test: (rgb: [number, number, number]) => boolean): number {
  let count = 0;
  for (let y = 0; y < image.height; y += 1) for (let x = 0; x < image.width; x += 1) if (test(image.at(x, y))) count += 1;
  return count;
}
