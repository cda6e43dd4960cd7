import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderExport } from '../../main/exchange/export-journey';
import { fontMeasurer } from '../../main/exchange/fonts';
import { mapDrawOptions } from '../../main/exchange/map-draw-options';
import { PAGE_SIZES } from '../../main/exchange/pdf';
import type { JourneyDocument } from '../../shared/document/schema';
import { drawMap } from '../../shared/export/map-drawing';
import { planPages, type PageFit, type PagePlan, type Span } from '../../shared/export/page-plan';
import type { ExportOptions } from '../../shared/exchange/formats';
import { t } from '../helpers/exchange-journeys';
import { decodePng, type Pixels } from '../helpers/pixels';
import { randomJourney } from '../helpers/random-journey';
import { richSwedishJourney } from '../helpers/rich-journey';
import { useTempFolders } from '../helpers/temp-folder';

const run = promisify(execFile);
const folder = useTempFolders();

const MARGIN = 28;
const FOOTER = 18;
type Paper = { page: keyof typeof PAGE_SIZES; orientation: 'portrait' | 'landscape' };
const paperArbitrary: fc.Arbitrary<Paper> = fc.record({ page: fc.constantFrom('a4', 'a3', 'letter'), orientation: fc.constantFrom('portrait', 'landscape') });
const fitArbitrary: fc.Arbitrary<PageFit> = fc.oneof(fc.constant({}), fc.constant({}), fc.record({ pagesWide: fc.integer({ min: 1, max: 4 }) }), fc.constant({ stagePerPage: true }));

function area({ page, orientation }: Paper) {
  const [short, long] = PAGE_SIZES[page];
  const [width, height] = orientation === 'landscape' ? [long, short] : [short, long];
  return { page: { width, height }, area: { width: width - 2 * MARGIN, height: height - 2 * MARGIN - FOOTER } };
}

const drawingOf = (doc: JourneyDocument) => drawMap(doc, fontMeasurer, mapDrawOptions(t, 'en'));
const lengthOf = (s: Span) => s.to - s.from;

/** Spans that cover [from, to] end to end, in order. */
function expectCovers(spans: readonly Span[], from: number, to: number): void {
  expect(spans[0]?.from).toBeCloseTo(from, 6);
  expect(spans.at(-1)?.to).toBeCloseTo(to, 6);
  spans.slice(1).forEach((span, i) => expect(span.from).toBe(spans[i]!.to));
  for (const span of spans) expect(lengthOf(span)).toBeGreaterThan(0);
}

/**
 * No page holds a sliver of the map: along each axis, every page's part is at least a fifth of
 * the room a page has for it (the room being the map itself when it is smaller than that).
 */
function expectNoSliver(plan: PagePlan, room: { width: number; height: number }, body: { width: number; height: number }, stagePerPage: boolean): void {
  const rows = Math.min(room.height, body.height) * 0.2;
  for (const row of plan.rows) expect(lengthOf(row), `row ${JSON.stringify(row)} of ${body.height} in pages of ${room.height}`).toBeGreaterThanOrEqual(rows);
  // A stage a page is what was asked for: a narrow stage then fills only part of its page.
  if (stagePerPage) return;
  const columns = Math.min(room.width, body.width) * 0.2;
  for (const column of plan.columns) expect(lengthOf(column), `column ${JSON.stringify(column)} of ${body.width} in pages of ${room.width}`).toBeGreaterThanOrEqual(columns);
}

describe('the tiled PDF’s pages', () => {
  it('cover the grid with no blank or near-blank page, for random maps, papers and fits', () => {
    fc.assert(
      fc.property(randomJourney, paperArbitrary, fitArbitrary, (doc, paper, fit) => {
        const drawing = drawingOf(doc);
        const guide = drawing.tiles!;
        const plan = planPages(guide, area(paper).area, fit);
        const body = { width: guide.width - guide.laneHeaderWidth, height: guide.height - guide.headerHeight };
        expectCovers(plan.columns, guide.x + guide.laneHeaderWidth, guide.x + guide.width);
        expectCovers(plan.rows, guide.y + guide.headerHeight, guide.y + guide.height);
        const room = { width: area(paper).area.width / plan.scale - guide.laneHeaderWidth, height: area(paper).area.height / plan.scale - guide.headerHeight };
        expectNoSliver(plan, room, body, fit.stagePerPage === true);
        // Fitted across: never more columns of pages than asked; a stage a page: one column per stage.
        if (fit.pagesWide !== undefined) expect(plan.columns.length).toBeLessThanOrEqual(fit.pagesWide);
        if (fit.stagePerPage) expect(plan.columns.length).toBe(doc.stages.length);
        else expect(plan.scale).toBeLessThanOrEqual(0.75);
        // Without a fit asked for, text stays at 9 pt or more (cards are 15 units).
        if (fit.pagesWide === undefined && !fit.stagePerPage) expect(plan.scale * 15).toBeGreaterThanOrEqual(9 - 1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it('as printed (read back with poppler): as many pages as planned, each inked over much of its paper', { timeout: 120_000 }, async () => {
    const dir = await folder();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(randomJourney, paperArbitrary, fitArbitrary, async (doc, paper, fit) => {
        n += 1;
        const file = join(dir, `map-${n}.pdf`);
        const options: ExportOptions = { format: 'pdf', scale: 1, page: paper.page, orientation: paper.orientation, ...fit };
        await writeFile(file, await renderExport(doc, options, t));
        const drawing = drawingOf(doc);
        const plan = planPages(drawing.tiles!, area(paper).area, fit);
        const tiles = plan.columns.length * plan.rows.length;
        const pages = Number(/Pages:\s+(\d+)/.exec((await run('pdfinfo', [file])).stdout)?.[1]);
        expect([1, tiles + 1]).toContain(pages);
        await run('pdftoppm', ['-r', '12', '-png', file, join(dir, `page-${n}`)]);
        for (let page = 2; page <= pages; page += 1) {
          const image = await decodePng(await readFile(join(dir, `page-${n}-${String(page).padStart(String(pages).length, '0')}.png`)));
          const ink = inkBox(image);
          const { page: size } = area(paper);
          // The printable part of the page, less margins: the map's part is inked over at least a
          // fifth of it each way (headers alone are a thin strip along two edges).
          expect(ink, `page ${page} of ${pages} is blank`).not.toBeNull();
          const printable = { width: image.width * (1 - (2 * MARGIN) / size.width), height: image.height * (1 - (2 * MARGIN + FOOTER) / size.height) };
          const wide = Math.min(printable.width, (drawing.tiles!.width * plan.scale * image.width) / size.width);
          const tall = Math.min(printable.height, (drawing.tiles!.height * plan.scale * image.height) / size.height);
          expect(ink!.right - ink!.left, `ink across page ${page}`).toBeGreaterThanOrEqual(wide * (fit.stagePerPage ? 0.1 : 0.25));
          expect(ink!.bottom - ink!.top, `ink down page ${page}`).toBeGreaterThanOrEqual(tall * 0.25);
        }
      }),
      { numRuns: 8 },
    );
  });

  it('the Swedish eight-stage map: A4 portrait fills its pages with two stages each; a stage a page or one page wide when asked', { timeout: 60_000 }, async () => {
    const drawing = drawingOf(await richSwedishJourney());
    const guide = drawing.tiles!;
    const a4 = area({ page: 'a4', orientation: 'portrait' }).area;
    const auto = planPages(guide, a4);
    expect(auto.columns.length).toBe(4);
    expect(auto.columns.map((c) => Math.round(lengthOf(c)))).toEqual([520, 520, 520, 520]);
    expect(planPages(guide, a4, { stagePerPage: true }).columns).toHaveLength(8);
    const one = planPages(guide, a4, { pagesWide: 1 });
    expect(one.columns).toHaveLength(1);
    expect(one.scale).toBeLessThan(auto.scale);
    // A3 landscape: the map in fewer pages than A4 portrait, none of them only a header strip.
    const a3 = planPages(guide, area({ page: 'a3', orientation: 'landscape' }).area);
    expect(a3.columns.length * a3.rows.length).toBeLessThan(auto.columns.length * auto.rows.length);
  });
});

/** The box around every pixel darker than the paper (the page is white where nothing is painted). */
function inkBox(image: Pixels): { left: number; top: number; right: number; bottom: number } | null {
  let box: { left: number; top: number; right: number; bottom: number } | null = null;
  // Footers sit in the bottom margin: the map's ink is what lies above it.
  const bottom = Math.floor(image.height * 0.93);
  for (let y = 0; y < bottom; y += 1) {
    for (let x = 0; x < image.width; x += 1) {
      const [r, g, b] = image.at(x, y);
      if (r > 250 && g > 250 && b > 250) continue;
      box = box ? { left: Math.min(box.left, x), top: Math.min(box.top, y), right: Math.max(box.right, x), bottom: Math.max(box.bottom, y) } : { left: x, top: y, right: x, bottom: y };
    }
  }
  return box;
}
