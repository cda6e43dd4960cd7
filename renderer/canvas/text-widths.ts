/**
 * Each character's advance and each pair's kerning, measured once with the canvas. In
 * alphabetic text (Latin, Greek, Cyrillic and their punctuation) the shaper adjusts only
 * neighbouring pairs, so the width of "line word" is width(line) + kern(last, space) +
 * advance(space) + kern(space, first) + width(word): a line's width follows from its words'
 * without measuring the line. Next to other text (emoji, combining marks, CJK) the kerning
 * is unknown and counts as 0.
 */
export interface TextWidths {
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
  return { kern, advance };
}
