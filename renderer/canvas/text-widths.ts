/**
 * Widths of card text from two small tables: each character's advance and each pair's kerning,
 * both measured once with the canvas. For alphabetic text (Latin, Greek, Cyrillic and their
 * punctuation) the width of any run is then the sum of its advances and its pairs' kerning,
 * which is what the shaper computes, so a big map is wrapped without measuring every word.
 * Text outside those scripts (emoji, combining marks, CJK) has no such sum: it is measured whole.
 */
export interface TextWidths {
  /** The canvas's width of `text`. */
  measure(text: string): number;
  /** Width of `text[start..end)` when it is all alphabetic; NaN otherwise. */
  span(text: string, start: number, end: number): number;
  /** Kerning between two characters, or 0 when either is not alphabetic. */
  kern(left: number, right: number): number;
  advance(code: number): number;
}

/** Scripts whose runs are the sum of advances and pair kerning: no ligature or mark shaping to speak of. */
export const isAlphabetic = (code: number): boolean =>
  code < 0x0300 || (code >= 0x0370 && code < 0x0530) || (code >= 0x1e00 && code < 0x2000) || (code >= 0x2010 && code < 0x2028) || (code >= 0x2030 && code < 0x205f);

export function createTextWidths(measure: (text: string) => number): TextWidths {
  const advances = new Float32Array(0x10000).fill(-1);
  /** Kerning of pairs of Latin-1 characters, the common case, in a flat table; others in a map. */
  const latinPairs = new Float32Array(0x10000).fill(Number.NaN);
  const otherPairs = new Map<number, number>();

  const advance = (code: number): number => {
    let w = advances[code] ?? -1;
    if (w < 0) advances[code] = w = measure(String.fromCharCode(code));
    return w;
  };
  const pairKerning = (left: number, right: number) => measure(String.fromCharCode(left, right)) - advance(left) - advance(right);
  const kern = (left: number, right: number): number => {
    if (!isAlphabetic(left) || !isAlphabetic(right)) return 0;
    if (left < 0x100 && right < 0x100) {
      const index = (left << 8) | right;
      let k = latinPairs[index] ?? Number.NaN;
      if (Number.isNaN(k)) latinPairs[index] = k = pairKerning(left, right);
      return k;
    }
    const key = left * 0x10000 + right;
    let k = otherPairs.get(key);
    if (k === undefined) otherPairs.set(key, (k = pairKerning(left, right)));
    return k;
  };
  const span = (text: string, start: number, end: number): number => {
    let width = 0;
    let previous = -1;
    for (let i = start; i < end; i += 1) {
      const code = text.charCodeAt(i);
      if (!isAlphabetic(code)) return Number.NaN;
      width += advance(code);
      if (previous >= 0) width += kern(previous, code);
      previous = code;
    }
    return width;
  };
  return { measure, span, kern, advance };
}
