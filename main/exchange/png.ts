import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { RESVG_WASM, readBundledAsset } from './bundled-assets';
import { loadFont } from './fonts';

export const PNG_SCALES = [1, 2, 4] as const;
export type PngScale = (typeof PNG_SCALES)[number];

/** Beyond this many pixels a PNG needs gigabytes of memory; PDF and SVG have no such limit. */
export const MAX_PNG_PIXELS = 120_000_000;

let ready: Promise<void> | null = null;
const initResvg = () => (ready ??= initWasm(readBundledAsset(RESVG_WASM.pkg, RESVG_WASM.file)));

export class ImageTooLargeError extends Error {}

/** Rasterises an SVG from `drawingToSvg` with the bundled fonts only (no system fonts, no browser). */
export async function svgToPng(svg: string, size: { width: number; height: number }, scale: PngScale): Promise<Buffer> {
  const pixels = size.width * scale * size.height * scale;
  if (pixels > MAX_PNG_PIXELS) {
    throw new ImageTooLargeError(`the map is too large for a PNG at ${scale}x (${Math.round(size.width * scale)} × ${Math.round(size.height * scale)} pixels): choose a smaller scale, PDF or SVG`);
  }
  await initResvg();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: {
      fontBuffers: [loadFont('regular').data, loadFont('bold').data, loadFont('emoji').data],
      defaultFontFamily: 'Noto Sans',
      sansSerifFamily: 'Noto Sans',
    },
    textRendering: 2,
    shapeRendering: 2,
  });
  try {
    const image = resvg.render();
    const png = Buffer.from(image.asPng());
    image.free();
    return png;
  } finally {
    resvg.free();
  }
}
