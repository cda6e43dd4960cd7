import * as fontkit from 'fontkit';
import type { FontWeight, TextMeasurer } from '../../shared/export/drawing';
import { bundledAssetPath, readBundledAsset, TTF_FILES, type TtfName } from './bundled-assets';

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

/**
 * Where a font file is. pdfkit caches a font by the key it was first asked for, and a path
 * keeps one font per file (a registered alias of the document's first font is reopened on
 * every use, which parses the whole font again).
 */
export const fontPath = (name: TtfName): string => bundledAssetPath(TTF_FILES[name].pkg, TTF_FILES[name].file);

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** Joiners and selectors ride along with the character they modify. */
export const isModifier = (cp: number): boolean => cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0020 && cp <= 0xe007f);

/** Caches that forget everything once full: exports of huge maps stay within memory. */
class BoundedCache<V> extends Map<string, V> {
  override set(key: string, value: V): this {
    if (this.size >= 50_000) this.clear();
    return super.set(key, value);
  }
}

const runCache = new BoundedCache<TextRun[]>();

/**
 * Splits text into runs per font: Noto Sans for what it has, Noto Emoji for the rest. PDF
 * needs this (a PDF font has no fallback); widths measured this way match what is drawn.
 */
export function textRuns(text: string, weight: FontWeight): TextRun[] {
  const key = `${weight}\u0000${text}`;
  const cached = runCache.get(key);
  if (cached) return cached;
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
  runCache.set(key, runs);
  return runs;
}

const runWidths = new BoundedCache<number>();

/** A run's advance width in ems, from its font's own glyph metrics. */
export function runWidth(run: TextRun): number {
  const key = `${run.font}\u0000${run.text}`;
  let ems = runWidths.get(key);
  if (ems === undefined) {
    const { font } = loadFont(run.font);
    ems = font.layout(run.text).advanceWidth / font.unitsPerEm;
    runWidths.set(key, ems);
  }
  return ems;
}

/** Each word's width in ems, per weight: wrapping asks for the same words line after line. */
const wordWidths: Record<FontWeight, BoundedCache<number>> = { regular: new BoundedCache(), bold: new BoundedCache() };

function wordWidth(word: string, weight: FontWeight): number {
  const widths = wordWidths[weight];
  let ems = widths.get(word);
  if (ems === undefined) {
    ems = 0;
    for (const run of textRuns(word, weight)) ems += runWidth(run);
    widths.set(word, ems);
  }
  return ems;
}

/**
 * Advance widths from the embedded fonts, measured word by word (each word once, plus the
 * spaces between), so wrapping a long card costs one layout per distinct word.
 */
export const fontMeasurer: TextMeasurer = {
  width(text, size, weight) {
    let words = 0;
    let spaces = 0;
    let start = 0;
    for (let space = text.indexOf(' '); ; space = text.indexOf(' ', start)) {
      const end = space < 0 ? text.length : space;
      if (end > start) words += wordWidth(text.slice(start, end), weight);
      if (space < 0) break;
      spaces += 1;
      start = space + 1;
    }
    return (words + spaces * wordWidth(' ', weight)) * size;
  },
};
