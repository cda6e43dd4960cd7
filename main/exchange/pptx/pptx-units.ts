import type PptxGenJS from 'pptxgenjs';

/** PowerPoint's default 16:9 slide (LAYOUT_WIDE), in inches. */
export const SLIDE = { width: 13.333, height: 7.5, margin: 0.3 } as const;

/**
 * One family for every run: Calibri ships with every Office install on Windows and macOS and
 * covers Latin Extended-A and -B (å ä ö, ą ę ł ń ó ś ź ż, ă â î ș ț with the comma below) and
 * Greek, so PowerPoint never substitutes it. pptxgenjs cannot embed fonts, so the deck names a
 * font the reader has; LibreOffice reads Calibri as its metric twin Carlito (same coverage).
 * Emoji fall back to the system's emoji font in both.
 */
export const FONT_FACE = 'Calibri';

export type Slide = PptxGenJS.Slide;
export type TextProps = PptxGenJS.TextPropsOptions;

/** `#1A2B3C` as pptxgenjs wants it. */
export const hex = (colour: string): string => colour.replace(/^#/, '').toUpperCase();

/** Points per inch. */
export const PT = 72;

/**
 * Text as XML 1.0 may hold it: control characters (other than tab and newline) and lone
 * surrogates would make the slide unreadable to PowerPoint, so they become U+FFFD.
 */
export const xmlText = (text: string): string =>
  text.replace(/\r\n?/g, '\n').replace(/[^\t\n\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD');

/**
 * Text insets in points as pptxgenjs takes them for a text box: [left, right, bottom, top]
 * (its documentation says top, right, bottom, left; its code reads them this way). Tables
 * take top, right, bottom, left.
 */
export const insets = (top: number, right: number, bottom: number, left: number): [number, number, number, number] => [left, right, bottom, top];

/** PowerPoint's smallest font size is 1 pt (sz 100); smaller text is not written at all. */
export const MIN_FONT_PT = 1;

/** Language tag for the runs (spell checking, hyphenation): the export's language. */
export const runLanguage = (language: string): string => ({ en: 'en-US', sv: 'sv-SE', pl: 'pl-PL', ro: 'ro-RO', el: 'el-GR' })[language] ?? language;
