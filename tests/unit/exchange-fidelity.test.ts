import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../main/exchange/import-file';
import { loadWorkbook } from '../../main/exchange/xlsx-read';
import { serializeJourney } from '../../shared/document/serialize';
import { sv } from '../../shared/i18n/locales/sv';
import type { Translate } from '../../shared/templates/templates';
import { renderExport } from '../../main/exchange/export-journey';
import { fontMeasurer } from '../../main/exchange/fonts';
import { mapDrawOptions } from '../../main/exchange/map-draw-options';
import { drawMap } from '../../shared/export/map-drawing';
import type { JourneyDocument } from '../../shared/document/schema';
import type { ExportOptions } from '../../shared/exchange/formats';
import { t } from '../helpers/exchange-journeys';
import { journeyFrom } from '../helpers/journeys';
import { boxOf, countPixels, decodePng, type Pixels } from '../helpers/pixels';
import { makeWebp, richSwedishJourney } from '../helpers/rich-journey';
import { useTempFolders } from '../helpers/temp-folder';

const run = promisify(execFile);
const squash = (text: string) => text.replace(/\s+/g, '');
const options = (o: Partial<ExportOptions> & Pick<ExportOptions, 'format'>): ExportOptions => ({ scale: 1, page: 'poster', orientation: 'landscape', ...o });

const BLUE = '#0072B2';
const VERMILLION = '#D55E00';

/** Three stages and one lane: an NPS of +30, -30 and +15. Nothing else on the map is blue or vermillion. */
function npsJourney(): JourneyDocument {
  const doc = journeyFrom('blank');
  doc.lanes = [{ id: 'lane-nps', kind: 'metrics', name: 'NPS', order: 'a0', unit: 'NPS' }];
  doc.cards = [];
  doc.metricValues = [30, -30, 15].map((value, i) => ({ id: `m${i}`, laneId: 'lane-nps', stageId: doc.stages[i]!.id, value }));
  return doc;
}

/** A storyboard lane with one frame, stored as WebP the way the app stores images. */
async function storyboardJourney(withImage: boolean): Promise<JourneyDocument> {
  const doc = journeyFrom('blank');
  doc.lanes = [{ id: 'lane-story', kind: 'storyboard', name: 'Storyboard', order: 'a0' }];
  doc.assets = [{ id: 'frame', mimeType: 'image/webp', width: 480, height: 270, data: (await makeWebp(480, 270)).toString('base64') }];
  doc.cards = [{ id: 'c1', stageId: doc.stages[0]!.id, laneId: 'lane-story', order: 'a0', text: 'Frame', ...(withImage ? { imageId: 'frame' } : {}) }];
  return doc;
}

/** The test picture's gradient: blue channel 178, red and green spread across the frame. */
const gradientPixels = (image: Pixels) => countPixels(image, ([r, g, b]) => Math.abs(b - 178) <= 8 && r > 30 && g > 30 && Math.abs(r - g) > 20);

function expectNegativeBarBelowZero(image: Pixels): void {
  const up = boxOf(image, BLUE);
  const down = boxOf(image, VERMILLION);
  expect(up, 'positive bars').not.toBeNull();
  expect(down, 'the negative bar').not.toBeNull();
  // The blue bars stand on the zero line; the vermillion one hangs from it, as deep as +30 is tall.
  expect(down!.top).toBeGreaterThanOrEqual(up!.bottom - 1);
  expect(down!.top).toBeLessThanOrEqual(up!.bottom + 3);
  expect(Math.abs((down!.bottom - down!.top) - (up!.bottom - up!.top))).toBeLessThanOrEqual(2);
  // In the middle stage, between the two positive ones.
  expect(down!.left).toBeGreaterThan(up!.left);
  expect(down!.right).toBeLessThan(up!.right);
}

/** Swedish strings, as the app gives them to an export made in Swedish. */
const svT: Translate = (key, values) => {
  let value: unknown = sv;
  for (const part of key.split('.')) value = (value as Record<string, unknown>)[part];
  if (typeof value !== 'string') throw new Error(`no Swedish string for ${key}`);
  return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values?.[name] ?? ''));
};

/** A map drawn for one persona with a WebP photo (or none), a quote and a curve of her own. */
async function personaJourney(withPhoto: boolean): Promise<JourneyDocument> {
  const doc = journeyFrom('blank');
  doc.assets = [{ id: 'photo', mimeType: 'image/webp', width: 256, height: 256, data: (await makeWebp(256, 256)).toString('base64') }];
  doc.personas = [{ id: 'p1', name: 'Sofia Lind, helgmotionären', quote: 'Jag vill prova skorna först.', ...(withPhoto ? { photoId: 'photo' } : {}) }];
  doc.journey.personaIds = ['p1'];
  return doc;
}

describe('exports true to the canvas', () => {
  const folder = useTempFolders();

  // The legend under the grid shows a blue and a vermillion bar too: only the grid is looked at
  // (PNG at scale 1 and the PDF at 96 dpi both have a pixel per map unit).
  const gridBottom = () => {
    const guide = drawMap(npsJourney(), fontMeasurer, mapDrawOptions(t, 'en')).tiles!;
    return Math.floor(guide.y + guide.height);
  };
  const gridOnly = (image: Pixels): Pixels => ({ ...image, height: Math.min(image.height, gridBottom()) });

  it('PNG: a negative metric hangs below the zero line', { timeout: 30_000 }, async () => {
    expectNegativeBarBelowZero(gridOnly(await decodePng(await renderExport(npsJourney(), options({ format: 'png' }), t))));
  });

  it('PDF: a negative metric hangs below the zero line (pdftoppm)', { timeout: 30_000 }, async () => {
    const dir = await folder();
    await writeFile(join(dir, 'nps.pdf'), await renderExport(npsJourney(), options({ format: 'pdf' }), t));
    await run('pdftoppm', ['-r', '96', '-png', '-singlefile', join(dir, 'nps.pdf'), join(dir, 'nps')]);
    expectNegativeBarBelowZero(gridOnly(await decodePng(await readFile(join(dir, 'nps.png')))));
    const { stdout } = await run('pdftotext', [join(dir, 'nps.pdf'), '-']);
    expect(stdout).toMatch(/-30 NPS/);
  });

  it('SVG: the negative bar starts at the zero line and goes down', { timeout: 30_000 }, async () => {
    const svg = (await renderExport(npsJourney(), options({ format: 'svg' }), t)).toString('utf8');
    const rect = (fill: string) => [...svg.matchAll(new RegExp(`<rect x="([\\d.]+)" y="([\\d.]+)" width="([\\d.]+)" height="([\\d.]+)" rx="2" fill="${fill}"`, 'g'))]
      .map((m) => ({ y: Number(m[2]), height: Number(m[4]) }));
    const [down] = rect(VERMILLION);
    const ups = rect(BLUE);
    expect(ups).toHaveLength(2);
    for (const up of ups) expect(up.y + up.height).toBeCloseTo(down!.y, 1);
    expect(down!.height).toBeCloseTo(ups[0]!.height, 1);
  });

  for (const format of ['png', 'pdf'] as const) {
    it(`${format.toUpperCase()}: a WebP storyboard frame is drawn, not left blank`, { timeout: 30_000 }, async () => {
      const dir = await folder();
      const pixels = async (doc: JourneyDocument) => {
        const data = await renderExport(doc, options({ format }), t);
        if (format === 'png') return decodePng(data);
        await writeFile(join(dir, 'frame.pdf'), data);
        await run('pdftoppm', ['-r', '96', '-png', '-singlefile', join(dir, 'frame.pdf'), join(dir, 'frame')]);
        return decodePng(await readFile(join(dir, 'frame.png')));
      };
      expect(gradientPixels(await pixels(await storyboardJourney(false)))).toBe(0);
      // The frame is 236 × 133 units at most; most of it is the gradient.
      expect(gradientPixels(await pixels(await storyboardJourney(true)))).toBeGreaterThan(5_000);
    });
  }

  it('SVG: the WebP frame is embedded as an image the SVG can hold', { timeout: 30_000 }, async () => {
    const svg = (await renderExport(await storyboardJourney(true), options({ format: 'svg' }), t)).toString('utf8');
    const [, mime, data] = svg.match(/<image [^>]*href="data:(image\/[a-z]+);base64,([^"]+)"/) ?? [];
    expect(mime).toMatch(/^image\/(png|jpeg)$/);
    expect(gradientPixels(await decodePng(Buffer.from(data!, 'base64')))).toBeGreaterThan(50_000);
  });

  it('SVG and PDF: cards carry their marks (severity, priority, owner, evidence, assumed)', { timeout: 30_000 }, async () => {
    const doc = await richSwedishJourney();
    const svg = (await renderExport(doc, options({ format: 'svg' }), t)).toString('utf8');
    const texts = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    // The opportunity "Skicka ett löpprogram": high priority, owner Ada (CRM), one quote of evidence.
    for (const mark of ['High', 'Ada (CRM)', '“ 1', '? Assumed', 'Medium', 'Lena (Marknad)']) expect(texts, mark).toContain(mark);
    expect(texts.filter((text) => text === '5').length).toBeGreaterThan(0);
    // Two assumed cards, each outlined with a dashed line (and the legend's sample of the mark).
    expect(svg.match(/<rect [^>]*stroke="#4B5563" stroke-width="1.5" stroke-dasharray="6 4"\/>/g)).toHaveLength(3);
    const dir = await folder();
    await writeFile(join(dir, 'marks.pdf'), await renderExport(doc, options({ format: 'pdf' }), t));
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', join(dir, 'marks.pdf'), '-']);
    for (const mark of ['Ada (CRM)', 'Omar (E-handel)', 'Assumed', 'High']) expect(stdout).toContain(mark);
  });

  it('PDF: the persona band shows photo, name and quote', { timeout: 30_000 }, async () => {
    const dir = await folder();
    const page = async (doc: JourneyDocument) => {
      await writeFile(join(dir, 'band.pdf'), await renderExport(doc, options({ format: 'pdf' }), t));
      await run('pdftoppm', ['-r', '144', '-png', '-singlefile', join(dir, 'band.pdf'), join(dir, 'band')]);
      const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', join(dir, 'band.pdf'), '-']);
      return { image: await decodePng(await readFile(join(dir, 'band.png'))), text: stdout };
    };
    const withPhoto = await page(await personaJourney(true));
    expect(withPhoto.text).toContain('Sofia Lind, helgmotionären');
    expect(withPhoto.text).toContain('“Jag vill prova skorna först.”');
    expect(gradientPixels(withPhoto.image)).toBeGreaterThan(500);
    const initials = await page(await personaJourney(false));
    expect(gradientPixels(initials.image)).toBe(0);
    expect(initials.text).toMatch(/\bSL\b/);
  });

  it('PNG: a margin of background on all four sides', { timeout: 30_000 }, async () => {
    const image = await decodePng(await renderExport(npsJourney(), options({ format: 'png' }), t));
    const background = [0xf7, 0xf7, 0xf5];
    const edge = 24;
    let strays = 0;
    for (let y = 0; y < image.height; y += 1) {
      for (let x = 0; x < image.width; x += 1) {
        const inMargin = x < edge || y < edge || x >= image.width - edge || y >= image.height - edge;
        if (inMargin && image.at(x, y).some((c, i) => Math.abs(c - background[i]!) > 2)) strays += 1;
      }
    }
    expect(strays).toBe(0);
    // …and the grid right inside it: the stage header's dark band, the lane's bottom line.
    expect(boxOf(image, '#22313F')!.left).toBeLessThan(edge + 16);
    expect(boxOf(image, '#22313F')!.right).toBeGreaterThan(image.width - edge - 16);
  });

  it('XLSX: numbers and emotions as numbers, dates as dates, enums in Swedish, no doubled labels, a curve block with a native line chart; imports back the same', { timeout: 30_000 }, async () => {
    const doc = await richSwedishJourney();
    doc.journey.lastReviewed = '2026-03-31';
    doc.emotionCurves[0]!.name = 'Känslor';
    doc.emotionPoints.find((p) => p.curveId === 'curve-1' && p.stageId === 'stage-5')!.label = 'Kön är lång';
    const data = await renderExport(doc, options({ format: 'xlsx' }), svT, 'sv');
    const workbook = await loadWorkbook(data);
    expect(workbook.worksheets.map((s) => s.name).slice(0, 2)).toEqual(['Karta', 'Handlingsplan']);
    const map = workbook.getWorksheet('Karta')!;
    const rows: ExcelJS.Row[] = [];
    map.eachRow({ includeEmpty: true }, (row) => rows.push(row));
    const label = (row: ExcelJS.Row) => String(row.getCell(1).value ?? '');
    const labels = rows.map(label);
    // The lane's own curve is "Känslor" (not "Känslor — Känslor"); the to-be curve is named after the lane.
    expect(labels).toContain('Känslor');
    expect(labels).toContain('Känslor — Önskat läge');
    expect(labels.filter((l) => /^(.+) — \1$/.test(l))).toEqual([]);
    const row = (name: string) => rows.find((r) => label(r) === name)!;
    const cells = (r: ExcelJS.Row) => Array.from({ length: 8 }, (_, i) => r.getCell(i + 2));
    const nps = cells(row('NPS'));
    expect(nps.map((c) => c.type)).toEqual(Array(8).fill(ExcelJS.ValueType.Number));
    expect(nps.map((c) => c.value)).toEqual([12, 25, 8, -20, 31, 44, 18, -6]);
    expect(nps[0]!.numFmt).toBe('General" NPS"');
    const feelings = cells(row('Känslor'));
    expect(feelings.map((c) => c.type)).toEqual(Array(8).fill(ExcelJS.ValueType.Number));
    expect(feelings[4]!.value).toBe(-1.5);
    expect(feelings[4]!.numFmt).toBe('+0.0;-0.0;0.0');
    expect(JSON.stringify(feelings[4]!.note)).toContain('Kön är lång');
    expect(cells(row('Kundnöjdhet'))[0]!.value).toBe(3.6);
    // A cell of two cards is tall enough for both (readers keep rows one line high otherwise).
    expect(row('Aktiviteter').height).toBeGreaterThanOrEqual(4 * 15);
    expect(row('NPS').height ?? 15).toBeLessThanOrEqual(15);
    // Below the grid: the lane's name over the stage names, then one row of numbers per curve.
    const block = labels.lastIndexOf('Känslor') - 1;
    expect(labels[block]).toBe('Känslor');
    expect(cells(rows[block]!).map((c) => c.value)).toEqual(doc.stages.map((s) => s.name));
    expect(label(rows[block + 1]!)).toBe('Känslor');
    expect(label(rows[block + 2]!)).toBe('Önskat läge');
    expect(cells(rows[block + 2]!).map((c) => c.value)).toEqual([1, 1, 1.5, 1, 0.5, 1.5, 2, 2]);
    expect(rows[block - 1]!.hasValues, labels.join(' | ')).toBe(false);
    // A native line chart over that block: one series per curve, pointing at its row of numbers.
    const zip = unzipSync(new Uint8Array(data));
    const sheetXml = strFromU8(zip['xl/worksheets/sheet1.xml']!);
    expect(sheetXml.indexOf('<drawing r:id=')).toBeGreaterThan(0);
    expect(sheetXml.indexOf('<drawing r:id=')).toBeLessThan(sheetXml.indexOf('<legacyDrawing'));
    const charts = Object.keys(zip).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(1);
    const chartXml = strFromU8(zip[charts[0]!]!);
    expect(XMLValidator.validate(chartXml)).toBe(true);
    const formulas = [...chartXml.matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((m) => m[1]!.replace(/&#39;/g, "'"));
    const rowRef = (r: number) => `'Karta'!$B$${r}:$I$${r}`;
    expect(formulas).toEqual([`'Karta'!$A$${block + 2}:$A$${block + 2}`, rowRef(block + 1), rowRef(block + 2), `'Karta'!$A$${block + 3}:$A$${block + 3}`, rowRef(block + 1), rowRef(block + 3)]);
    expect(strFromU8(zip['[Content_Types].xml']!)).toContain(`<Override PartName="/${charts[0]}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`);
    expect(strFromU8(zip['xl/worksheets/_rels/sheet1.xml.rels']!)).toMatch(/relationships\/drawing" Target="\.\.\/drawings\/drawing\d+\.xml"/);
    // The action plan speaks Swedish; the record sheets keep the values import reads.
    const plan: unknown[][] = [];
    workbook.getWorksheet('Handlingsplan')!.eachRow((r) => plan.push((r.values as unknown[]).slice(1)));
    expect(plan[0]).toEqual(['stage', 'step', 'opportunity', 'owner', 'priority', 'status', 'addresses', 'notes'].map((k) => svT(`exchange.plan.${k}`)));
    const ada = plan.find((r) => r[3] === 'Ada (CRM)')!;
    expect(ada.slice(4, 6)).toEqual(['Hög', 'Pågår']);
    // Every card on a sheet of its own, its enum values and lane kind in Swedish, numbers as numbers.
    expect(workbook.worksheets.map((s) => s.name)[2]).toBe(svT('exchange.sheet.cards'));
    const all = workbook.getWorksheet(svT('exchange.sheet.cards'))!;
    const head = (all.getRow(1).values as unknown[]).slice(1).map(String);
    expect(head.slice(0, 5)).toEqual([svT('exchange.plan.stage'), svT('exchange.plan.step'), svT('exchange.cards.lane'), svT('exchange.cards.kind'), svT('exchange.cards.text')]);
    expect(all.rowCount).toBe(doc.cards.length + 1);
    const cardRow = (text: string) => {
      let found: ExcelJS.Row | undefined;
      all.eachRow((r) => { if (r.getCell(5).value === text) found = r; });
      return (name: string) => found!.getCell(head.indexOf(svT(`exchange.field.${name}`)) + 1);
    };
    const program = cardRow('Skicka ett löpprogram efter köpet');
    expect([program('priority').value, program('status').value, program('owner').value]).toEqual(['Hög', 'Pågår', 'Ada (CRM)']);
    expect(program('evidence').value).toBe(1);
    const pages = cardRow('Produktsidor med recensioner');
    expect([pages('channelId').value, pages('mode').value]).toEqual(['Webbplats', svT('exchange.value.online')]);
    const pain = cardRow('Ingen enkel väg att dela en rekommendation');
    expect(pain('severity').type).toBe(ExcelJS.ValueType.Number);
    expect(pain('severity').value).toBe(5);
    expect(pain('confidence').value).toBe(svT('exchange.value.assumed'));
    expect(pain('confidence').value).not.toBe('assumed');
    let kindOfPain: unknown;
    all.eachRow((r) => { if (r.getCell(5).value === 'Ingen enkel väg att dela en rekommendation') kindOfPain = r.getCell(4).value; });
    expect(kindOfPain).toBe(svT('lane.painPoints'));
    const meta = workbook.getWorksheet('journey')!;
    const header = (meta.getRow(1).values as unknown[]).map(String);
    const reviewed = meta.getRow(2).getCell(header.indexOf('lastReviewed'));
    expect(reviewed.type).toBe(ExcelJS.ValueType.Date);
    expect((reviewed.value as Date).toISOString()).toBe('2026-03-31T00:00:00.000Z');
    expect(reviewed.numFmt).toBe('yyyy-mm-dd');
    // And the workbook imports back to the same journey, its map sheet recognised as unchanged.
    const dir = await folder();
    await writeFile(join(dir, 'karta.xlsx'), data);
    const back = await importFile(join(dir, 'karta.xlsx'), svT);
    expect(back.issues).toEqual([]);
    expect(back.notes).toEqual([]);
    expect(serializeJourney(back.document!)).toBe(serializeJourney(doc));
  });

  it('tiled PDF: an overview first; headers and lane names on every page; no card cut; row and column of total', { timeout: 60_000 }, async () => {
    const doc = await richSwedishJourney();
    const dir = await folder();
    const file = join(dir, 'tiles.pdf');
    await writeFile(file, await renderExport(doc, options({ format: 'pdf', page: 'a4', orientation: 'landscape' }), t));
    const { stdout: info } = await run('pdfinfo', [file]);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThan(4);
    const pageText = async (page: number) => (await run('pdftotext', ['-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-'])).stdout;
    const texts = await Promise.all(Array.from({ length: pages }, (_, i) => pageText(i + 1)));
    // Page 1: the overview, its tiles numbered 2..N.
    expect(texts[0]).toContain('Overview of the map');
    expect(texts[0]).toContain(`Page 1 of ${pages} · overview`);
    for (let page = 2; page <= pages; page += 1) expect(texts[0]).toMatch(new RegExp(`\\b${page}\\b`));
    const labels = texts.slice(1).map((text) => /row (\d+) of (\d+), column (\d+) of (\d+)/.exec(text)!.slice(1).map(Number));
    const [rows, columns] = [labels[0]![1]!, labels[0]![3]!];
    expect(rows * columns).toBe(pages - 1);
    expect(labels).toEqual(Array.from({ length: rows * columns }, (_, i) => [Math.floor(i / columns) + 1, rows, (i % columns) + 1, columns]));
    const stageNames = doc.stages.map((s) => s.name);
    const laneNames = doc.lanes.map((l) => l.name);
    texts.slice(1).forEach((text, i) => {
      // Every page carries stage headers and lane names, whichever part of the map it shows.
      expect(stageNames.some((name) => text.includes(name)), `stage header on page ${i + 2}`).toBe(true);
      expect(laneNames.some((name) => text.includes(name)), `lane name on page ${i + 2}`).toBe(true);
      // A page that shows part of the emotions lane names it and its curves.
      if (text.includes('Känslor')) expect(text, `legend on page ${i + 2}`).toContain('Önskat läge');
    });
    // Every card is whole on one page: all its lines together.
    const squashed = texts.map(squash);
    for (const card of doc.cards) expect(squashed.some((text) => text.includes(squash(card.text))), card.text).toBe(true);
    // And the page images are the map: the overview's not blank, the storyboard frame drawn on a tile.
    await run('pdftoppm', ['-r', '50', '-png', '-f', '1', '-l', '2', file, join(dir, 'tile')]);
    const first = await decodePng(await readFile(join(dir, `tile-${String(1).padStart(String(pages).length, '0')}.png`)));
    expect(boxOf(first, '#22313F')).not.toBeNull();
    const second = await decodePng(await readFile(join(dir, `tile-${String(2).padStart(String(pages).length, '0')}.png`)));
    expect(gradientPixels(second)).toBeGreaterThan(1_000);
  });
});
