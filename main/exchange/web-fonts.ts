import { readBundledAsset, WEB_FONT_PACKAGES, type WebFamily } from './bundled-assets';

type Range = [number, number];

function parseRanges(list: string): Range[] {
  return list.split(',').map((part) => {
    const [from = '0', to] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from, 16), parseInt(to ?? from, 16)];
  });
}

const subsetCache = new Map<WebFamily, { subset: string; ranges: Range[] }[]>();

function subsetsOf(family: WebFamily) {
  let subsets = subsetCache.get(family);
  if (!subsets) {
    const { pkg } = WEB_FONT_PACKAGES[family];
    const json = JSON.parse(readBundledAsset(pkg, 'unicode.json').toString('utf8')) as Record<string, string>;
    subsets = Object.entries(json).map(([key, list]) => ({ subset: key.replace(/^\[(\d+)\]$/, '$1'), ranges: parseRanges(list) }));
    subsetCache.set(family, subsets);
  }
  return subsets;
}

/** Emoji subsets are chosen by pictographs alone: their digits and # must not pull in a file. */
const usesFamily = (family: WebFamily, char: string) => family === 'Noto Sans' || /\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(char);

/**
 * `@font-face` rules embedding (as data: URLs) only the font subsets the given texts use, with
 * their unicode ranges, so an SVG or HTML file shows the bundled fonts anywhere, offline.
 */
export function webFontCss(texts: readonly string[]): string {
  const chars = new Set<string>(['A']);
  for (const text of texts) for (const char of text) chars.add(char);
  const rules: string[] = [];
  for (const family of Object.keys(WEB_FONT_PACKAGES) as WebFamily[]) {
    const { pkg, prefix, weights } = WEB_FONT_PACKAGES[family];
    const codes = [...chars].filter((c) => usesFamily(family, c)).map((c) => c.codePointAt(0) ?? 0);
    for (const { subset, ranges } of subsetsOf(family)) {
      if (!codes.some((cp) => ranges.some(([from, to]) => cp >= from && cp <= to))) continue;
      const range = ranges.map(([from, to]) => (from === to ? `U+${from.toString(16)}` : `U+${from.toString(16)}-${to.toString(16)}`)).join(',');
      for (const weight of weights) {
        const data = readBundledAsset(pkg, `files/${prefix}-${subset}-${weight}-normal.woff2`).toString('base64');
        rules.push(`@font-face{font-family:'${family}';font-style:normal;font-weight:${weight};font-display:block;src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${range};}`);
      }
    }
  }
  return rules.join('\n');
}
