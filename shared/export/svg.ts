import type { Drawing, PathCommand, Shape } from './drawing';
import { escapeXml } from './escape';

export const FONT_STACK = "'Noto Sans', 'Noto Emoji', sans-serif";

const n = (v: number) => String(Math.round(v * 100) / 100);

export function pathData(commands: readonly PathCommand[]): string {
  return commands
    .map((c) => (c.op === 'C' ? `C${n(c.x1)} ${n(c.y1)} ${n(c.x2)} ${n(c.y2)} ${n(c.x)} ${n(c.y)}` : `${c.op}${n(c.x)} ${n(c.y)}`))
    .join(' ');
}

function shapeSvg(shape: Shape): string {
  switch (shape.kind) {
    case 'rect': {
      const stroke = shape.stroke ? ` stroke="${shape.stroke}" stroke-width="${n(shape.strokeWidth ?? 1)}"` : '';
      const radius = shape.radius ? ` rx="${n(shape.radius)}"` : '';
      const dash = shape.dash ? ` stroke-dasharray="${shape.dash.join(' ')}"` : '';
      return `<rect x="${n(shape.x)}" y="${n(shape.y)}" width="${n(shape.width)}" height="${n(shape.height)}"${radius} fill="${shape.fill ?? 'none'}"${stroke}${dash}/>`;
    }
    case 'path': {
      const dash = shape.dash ? ` stroke-dasharray="${shape.dash.join(' ')}"` : '';
      return `<path d="${pathData(shape.commands)}" fill="${shape.fill ?? 'none'}" stroke="${shape.stroke}" stroke-width="${n(shape.width)}" stroke-linecap="round" stroke-linejoin="round"${dash}/>`;
    }
    case 'circle': {
      const stroke = shape.stroke ? ` stroke="${shape.stroke}" stroke-width="${n(shape.strokeWidth ?? 1)}"` : '';
      return `<circle cx="${n(shape.cx)}" cy="${n(shape.cy)}" r="${n(shape.r)}" fill="${shape.fill}"${stroke}/>`;
    }
    case 'text': {
      const weight = shape.weight === 'bold' ? ' font-weight="700"' : '';
      const anchor = shape.anchor === 'middle' ? ' text-anchor="middle"' : '';
      return `<text x="${n(shape.x)}" y="${n(shape.y)}" font-size="${n(shape.size)}"${weight}${anchor} fill="${shape.colour}">${escapeXml(shape.text)}</text>`;
    }
    case 'image': {
      const image = `<image x="${n(shape.x)}" y="${n(shape.y)}" width="${n(shape.width)}" height="${n(shape.height)}" preserveAspectRatio="xMidYMid slice" href="data:${shape.mimeType};base64,${shape.data}"/>`;
      if (shape.clip !== 'circle') return image;
      // A nested viewport clips to its own box; the ellipse's clip path is in its units.
      const r = n(Math.min(shape.width, shape.height) / 2);
      const id = `clip-${n(shape.x)}-${n(shape.y)}`.replace(/\./g, '_');
      return `<clipPath id="${id}"><circle cx="${n(shape.x + shape.width / 2)}" cy="${n(shape.y + shape.height / 2)}" r="${r}"/></clipPath><g clip-path="url(#${id})">${image}</g>`;
    }
    case 'group':
      return `<g transform="translate(${n(shape.dx)} ${n(shape.dy)})">${shape.shapes.map(shapeSvg).join('\n')}</g>`;
  }
}

export interface SvgOptions {
  /** `@font-face` rules that embed the fonts the text uses (data: URLs), so the file stands alone. */
  fontFaceCss: string;
  /** Text for the title element, read by screen readers and shown as a tooltip. */
  title: string;
}

/** A standalone SVG document: vector shapes, real text, fonts embedded, nothing external. */
export function drawingToSvg(drawing: Drawing, options: SvgOptions): string {
  const { width, height } = drawing;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" xml:space="preserve" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" font-family="${FONT_STACK}">`,
    `<title>${escapeXml(options.title)}</title>`,
    options.fontFaceCss ? `<style>${options.fontFaceCss}</style>` : '',
    `<rect width="${n(width)}" height="${n(height)}" fill="${drawing.background}"/>`,
    ...drawing.shapes.map(shapeSvg),
    '</svg>',
    '',
  ].join('\n');
}
