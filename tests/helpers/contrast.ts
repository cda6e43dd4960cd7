/** WCAG 2 contrast: relative luminance of an sRGB colour, and the ratio of two (1 to 21). */
type Rgb = readonly [number, number, number];

const channel = (value: number) => {
  const v = value / 255;
  return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};

/** A colour as `#rrggbb`, or as getComputedStyle writes it (`rgb(…)` / `rgba(…)`, taken as opaque). */
export const rgbOf = (colour: string): Rgb =>
  (colour.startsWith('#') ? [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16)) : (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number)) as unknown as Rgb;

export function luminance(colour: string | Rgb): number {
  const [r, g, b] = typeof colour === 'string' ? rgbOf(colour) : colour;
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: string | Rgb, b: string | Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
