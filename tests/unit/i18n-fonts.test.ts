import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { renderExport } from '../../main/exchange/export-journey';
import { loadFont } from '../../main/exchange/fonts';
import { FONT_SAMPLE } from '../../renderer/canvas/theme';
import { addCard } from '../../shared/document/commands';
import { applyChanges } from '../../shared/document/changes';
import type { ExportOptions } from '../../shared/exchange/formats';
import { createI18n, resources, SUPPORTED_LANGUAGES } from '../../shared/i18n/i18n';
import { flattenMessages, type MessageTree } from '../../shared/i18n/message-tree';
import { SCREENSHOTS } from '../helpers/browser';
import { journeyFrom } from '../helpers/journeys';
import { useTempFolders } from '../helpers/temp-folder';

const run = promisify(execFile);
const require = createRequire(import.meta.url);

/** Letters every supported language types, beyond what the UI strings happen to hold. */
const ALPHABETS = 'ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ ăâîșț ĂÂÎȘȚ åäö ÅÄÖ é ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ αβγδεζηθικλμνξοπρσςτυφχψω άέήίόύώΐΰϊϋ ΆΈΉΊΌΎΏΪΫ';
/** Text per language as consultants type it on cards, with the Romanian comma below (U+0219, U+021B). */
const TYPED = {
  sv: 'Kunden väntar på återkoppling – köer i butiken',
  pl: 'Zażółć gęślą jaźń: długa kolejka do kasy',
  ro: 'Clientul așteaptă răspunsul; țintă: înscriere ușoară',
  el: 'Η παράδοση καθυστέρησε· ο πελάτης ζητά επιστροφή χρημάτων',
};

/** Every letter, mark, digit and punctuation mark of every UI string and the alphabets above. */
const CHARACTERS = [...new Set([
  ...SUPPORTED_LANGUAGES.flatMap((l) => [...flattenMessages(resources[l].translation as MessageTree).values()]),
  ALPHABETS, ...Object.values(TYPED),
].join('').normalize('NFC'))].filter((c) => /[\p{L}\p{M}\p{N}\p{P}]/u.test(c));

/** fontsource's unicode ranges per subset (`U+0100-02BA,U+02BD…`). */
function webSubsets(): Map<string, [number, number][]> {
  const dir = dirname(require.resolve('@fontsource/noto-sans/package.json'));
  const ranges = JSON.parse(readFileSync(join(dir, 'unicode.json'), 'utf8')) as Record<string, string>;
  return new Map(Object.entries(ranges).map(([subset, list]) => [subset, list.split(',').map((r) => {
    const [from, to] = r.replace(/U\+/g, '').split('-').map((h) => parseInt(h, 16)) as [number, number | undefined];
    return [from, to ?? from] as [number, number];
  })]));
}
const subsetOf = (subsets: Map<string, [number, number][]>, cp: number) =>
  [...subsets].find(([, ranges]) => ranges.some(([from, to]) => cp >= from && cp <= to))?.[0];

describe('fonts cover every language', () => {
  it('the export fonts (Noto Sans regular and bold) have a glyph for every character', () => {
    for (const weight of ['regular', 'bold'] as const) {
      const { font } = loadFont(weight);
      expect(CHARACTERS.filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)!)), weight).toEqual([]);
    }
  });

  it('the screen font’s subsets hold every character, and the canvas loads each of them before its first draw', () => {
    const subsets = webSubsets();
    const needed = new Set(CHARACTERS.map((c) => subsetOf(subsets, c.codePointAt(0)!)));
    expect(needed.has(undefined)).toBe(false);
    const loaded = new Set([...FONT_SAMPLE].map((c) => subsetOf(subsets, c.codePointAt(0)!)));
    expect([...needed].filter((s) => !loaded.has(s))).toEqual([]);
    expect(FONT_SAMPLE).toMatch(/\u0219/);
    expect(FONT_SAMPLE).toMatch(/\u021b/);
  });
});

describe('exports keep every language’s text', () => {
  const folder = useTempFolders();
  const options = (o: Partial<ExportOptions> & Pick<ExportOptions, 'format'>): ExportOptions => ({ scale: 1, page: 'poster', orientation: 'landscape', ...o });
  const i18n = createI18n('el');
  const t = i18n.t.bind(i18n);
  const journey = () => {
    let doc = journeyFrom('buyer5');
    Object.values(TYPED).forEach((text, i) => {
      doc = applyChanges(doc, addCard(doc, { stageId: doc.stages[i]!.id, laneId: doc.lanes[0]!.id }, text).changes);
    });
    return { ...doc, journey: { ...doc.journey, title: TYPED.el } };
  };

  it('PDF: the text extracts exactly (ș and ț with the comma below), in embedded fonts, labelled in the UI language', { timeout: 30_000 }, async () => {
    const dir = await folder();
    const path = join(dir, 'map.pdf');
    await writeFile(path, await renderExport(journey(), options({ format: 'pdf', page: 'a4', orientation: 'portrait' }), t, 'el'));
    const { stdout: text } = await run('pdftotext', ['-enc', 'UTF-8', path, '-']);
    const flat = text.normalize('NFC').replace(/\s+/g, ' ');
    for (const typed of Object.values(TYPED)) expect(flat).toContain(typed);
    expect(flat).not.toMatch(/[şţŞŢ]/);
    expect(flat).toMatch(/Σελίδα 1 από \d+/);
    const { stdout: info } = await run('pdfinfo', [path]);
    expect(info).toMatch(/Title:\s+Η παράδοση/);
    expect((await readFile(path)).toString('latin1')).toMatch(/\/Lang \(el\)/);
    const { stdout: fonts } = await run('pdffonts', [path]);
    for (const row of fonts.trim().split('\n').slice(2)) expect(row).toMatch(/Identity-H\s+yes\s+yes\s+yes/);
    // For people to look at: the first tile as poppler draws it, and the PNG export.
    await mkdir(SCREENSHOTS, { recursive: true });
    await run('pdftoppm', ['-r', '72', '-png', '-singlefile', '-f', '1', '-l', '1', path, join(SCREENSHOTS, 'i18n-export-pdf-page1')]);
    await writeFile(join(SCREENSHOTS, 'i18n-export.png'), await renderExport(journey(), options({ format: 'png' }), t, 'el'));
  });

  it('SVG, CSV and Markdown: the text is the same bytes as typed (SVG wraps it into lines)', { timeout: 30_000 }, async () => {
    for (const format of ['svg', 'csv', 'md'] as const) {
      const out = (await renderExport(journey(), options({ format }), t, 'el')).toString('utf8');
      const text = format === 'svg' ? [...out.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ') : out;
      for (const typed of Object.values(TYPED)) expect(text, format).toContain(typed);
    }
  });
});
