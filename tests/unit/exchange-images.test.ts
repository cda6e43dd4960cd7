import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { ExportOptions } from '../../shared/exchange/formats';
import { renderExport } from '../../main/exchange/export-journey';
import { hostileJourney, HOSTILE, t } from '../helpers/exchange-journeys';
import { journeyFrom } from '../helpers/journeys';
import { useTempFolders } from '../helpers/temp-folder';

const run = promisify(execFile);
const options = (o: Partial<ExportOptions> & Pick<ExportOptions, 'format'>): ExportOptions => ({ scale: 1, page: 'poster', orientation: 'landscape', ...o });
const squash = (text: string) => text.replace(/\s+/g, '');
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

function textNodes(node: unknown, into: string[] = []): string[] {
  if (typeof node === 'string') into.push(node);
  else if (Array.isArray(node)) node.forEach((n) => textNodes(n, into));
  else if (node && typeof node === 'object') for (const [key, value] of Object.entries(node)) if (key !== ':@') textNodes(value, into);
  return into;
}

function elementNames(node: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => elementNames(n, into));
  else if (node && typeof node === 'object') for (const [key, value] of Object.entries(node)) {
    if (key === ':@') continue;
    if (key !== '#text') into.add(key);
    elementNames(value, into);
  }
  return into;
}

describe('map images', () => {
  const folder = useTempFolders();

  it('SVG: well-formed XML, text as typed (escaped), fonts embedded, nothing external', { timeout: 30_000 }, async () => {
    const svg = (await renderExport(hostileJourney(), options({ format: 'svg' }), t)).toString('utf8');
    expect(XMLValidator.validate(svg)).toBe(true);
    const tree: unknown = new XMLParser({ preserveOrder: true, ignoreAttributes: false, trimValues: false, processEntities: true, htmlEntities: true }).parse(svg);
    // The persona band's photo is an embedded image, clipped to a circle.
    expect([...elementNames(tree)].sort()).toEqual(['?xml', 'circle', 'clipPath', 'g', 'image', 'path', 'rect', 'style', 'svg', 'text', 'title']);
    expect(svg).toMatch(/<image [^>]*href="data:image\/(png|jpeg);base64,/);
    const texts = squash(textNodes(tree).join(''));
    for (const value of [HOSTILE.script, HOSTILE.formula, HOSTILE.languages, HOSTILE.emoji, HOSTILE.longWord]) expect(texts.includes(squash(value)), value).toBe(true);
    expect(svg).toMatch(/@font-face\{font-family:'Noto Sans'.*url\(data:font\/woff2;base64,/);
    expect(svg).toMatch(/font-family:'Noto Emoji'/);
    expect(svg.match(/https?:\/\/[^"]+/g)).toEqual(['http://www.w3.org/2000/svg']);
  });

  it('PDF: vector pages whose text is extractable and exact, fonts embedded, tiles numbered', { timeout: 30_000 }, async () => {
    const dir = await folder();
    const poster = join(dir, 'poster.pdf');
    await writeFile(poster, await renderExport(hostileJourney(), options({ format: 'pdf' }), t));
    const { stdout: text } = await run('pdftotext', ['-enc', 'UTF-8', poster, '-']);
    for (const value of [HOSTILE.script, HOSTILE.formula, HOSTILE.languages, HOSTILE.longWord, HOSTILE.emoji]) expect(squash(text).includes(squash(value)), value).toBe(true);
    const { stdout: fonts } = await run('pdffonts', [poster]);
    const rows = fonts.trim().split('\n').slice(2);
    expect(rows.map((r) => r.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['NotoEmoji-Regular', 'NotoSans-Bold', 'NotoSans-Regular']);
    for (const row of rows) expect(row).toMatch(/Identity-H\s+yes\s+yes\s+yes/);

    const tiles = join(dir, 'tiles.pdf');
    await writeFile(tiles, await renderExport(hostileJourney(), options({ format: 'pdf', page: 'a4', orientation: 'portrait' }), t));
    const { stdout: info } = await run('pdfinfo', [tiles]);
    // A cover with the overview, then the map over 1 row of 3 pages: a little under print size,
    // two stages (or a stage of two steps) fit each portrait page beside the repeated lane names.
    expect(info).toMatch(/Pages:\s+4/);
    expect(info).toMatch(/Page size:\s+595.28 x 841.89 pts \(A4\)/);
    const { stdout: last } = await run('pdftotext', ['-f', '4', '-l', '4', tiles, '-']);
    expect(last).toContain('Page 4 of 4 · row 1 of 1, column 3 of 3');
    await run('pdftoppm', ['-r', '40', '-png', '-f', '1', '-l', '1', tiles, join(dir, 'tile')]);
  });

  it('PNG: 1x, 2x and 4x, sized to the map', { timeout: 30_000 }, async () => {
    const small = journeyFrom('blank');
    const one = pngSize(await renderExport(small, options({ format: 'png', scale: 1 }), t));
    for (const scale of [2, 4] as const) {
      const png = await renderExport(small, options({ format: 'png', scale }), t);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(pngSize(png)).toEqual({ width: one.width * scale, height: one.height * scale });
    }
  });
});
