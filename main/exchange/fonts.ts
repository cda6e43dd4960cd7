import * as fontkit from 'fontkit';
import type { FontWeight, TextMeasurer } from '../../shared/export/drawing';
import { readBundledAsset, TTF_FILES, type TtfName } from './bundled-assets';

export interface LoadedFont { name: TtfName; data: Buffer; font: fontkit.Font }
export interface TextRun { font: TtfName; text: string }

const loaded = new Map<TtfName, LoadedFont>();

export function loadFont(name: TtfName): LoadedFont {
  let entry = loaded.get(name);
  if (!entry) {
    const { pkg, file } = TTF_FILES[name];
    const data = readBundledAsset(pkg, file);
    const font = fontkit.create(data);
    if (!('layout' in font)) throw new Error(`${file} is a font collection, not a font`);
    entry = { name, data, font };
    loaded.set(name, entry);
  }
  return entry;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** Joiners and selectors ride along with the character they modify. */
const isModifier = (cp: number) => cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0020 && cp <= 0xe007f);

/**
 * Splits text into runs per font: Noto Sans for what it has, Noto Emoji for the rest. PDF
 * needs this (a PDF font has no fallback); widths measured this way match what is drawn.
 */
export function textRuns(text: string, weight: FontWeight): TextRun[] {
  const main = loadFont(weight === 'bold' ? 'bold' : 'regular');
  const emoji = loadFont('emoji');
  const runs: TextRun[] = [];
  for (const { segment } of segmenter.segment(text)) {
    const points = [...segment].map((c) => c.codePointAt(0) ?? 0).filter((cp) => !isModifier(cp));
    const inMain = points.every((cp) => main.font.hasGlyphForCodePoint(cp));
    const wantsEmoji = !inMain || segment.includes('\uFE0F') || /\p{Emoji_Presentation}/u.test(segment);
    const font: TtfName = wantsEmoji && points.some((cp) => emoji.font.hasGlyphForCodePoint(cp)) ? 'emoji' : main.name;
    const last = runs.at(-1);
    if (last && last.font === font) last.text += segment;
    else runs.push({ font, text: segment });
  }
  return runs;
}

const widths = new Map<string, number>();

/** Advance widths from the embedded fonts themselves, cached per text, size and weight. */
export const fontMeasurer: TextMeasurer = {
  width(text, size, weight) {
    const key = `${weight}\u0000${text}`;
    let units = widths.get(key);
    if (units === undefined) {
      units = textRuns(text, weight).reduce((sum, run) => {
        const { font } = loadFont(run.font);
        return sum + font.layout(run.text).advanceWidth / font.unitsPerEm;
      }, 0);
      if (widths.size > 50_000) widths.clear();
      widths.set(key, units);
    }
    return units * size;
  },
};
