import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderExport } from '../../main/exchange/export-journey';
import { fontMeasurer } from '../../main/exchange/fonts';
import { mapDrawOptions } from '../../main/exchange/map-draw-options';
import type { JourneyDocument } from '../../shared/document/schema';
import { drawingTexts, type Shape } from '../../shared/export/drawing';
import { drawMap } from '../../shared/export/map-drawing';
import { fullJourney, t } from '../helpers/exchange-journeys';
import { readPptx } from '../helpers/pptx-read';

const options = { scale: 2, page: 'poster', orientation: 'landscape' } as const;
const exported = (doc: JourneyDocument, format: 'md' | 'html' | 'pptx' | 'xlsx' | 'svg') => renderExport(doc, { ...options, format }, t, 'en');
const withoutWorkshops = (doc: JourneyDocument): JourneyDocument => ({ ...doc, workshops: [] });

function shapesNamed(shapes: readonly Shape[], test: (shape: Shape) => boolean): Shape[] {
  return shapes.flatMap((shape) => (shape.kind === 'group' ? shapesNamed(shape.shapes, test) : test(shape) ? [shape] : []));
}

describe('the deliverables carry a map’s workshop results', () => {
  const doc = fullJourney();

  it('Markdown: a section per workshop with its ranking, ratings per stage and parked notes, typed text escaped', async () => {
    const md = (await exported(doc, 'md')).toString('utf8');
    expect(md).toContain('## Workshop results');
    expect(md).toContain('### Customer panel, Malmö, March 11, 2027, 7 participants');
    expect(md).toContain('| 1 | 1 | Payment form rejects cards from smaller banks | Purchase | 12 | 6 |');
    // Equal votes share a place; an item nobody voted for has none.
    expect(md).toContain('| 1 | 2 | The app logs me out every week | Retention | 7 | 5 |');
    expect(md).toContain('| 1 |  | Reward streaks of rides | Retention | 0 | 0 |');
    expect(md).toContain('| Purchase | \\-1.4 | 7 | 4 | 2 | 1 | 0 | 0 |');
    expect(md).toContain('Couldn’t find the \\<b\\>unlock\\</b\\> button');
    expect(md.indexOf('Customer panel')).toBeLessThan(md.indexOf('Staff workshop'));
    expect((await exported(withoutWorkshops(doc), 'md')).toString('utf8')).not.toContain('Workshop results');
  });

  it('HTML: the same section, every text escaped', async () => {
    const html = (await exported(doc, 'html')).toString('utf8');
    expect(html).toContain('<h2>Workshop results</h2>');
    expect(html).toContain('<td>Payment form rejects cards from smaller banks</td>');
    expect(html).toContain('Couldn’t find the &lt;b&gt;unlock&lt;/b&gt; button');
    expect(html).not.toContain('<b>unlock');
  });

  it('PowerPoint: a results slide per workshop with the top-voted items and the ratings per stage, all as tables', async () => {
    const { slides, malformed } = readPptx(await exported(doc, 'pptx'));
    expect(malformed).toEqual([]);
    const results = slides.slice(-2);
    const [march, april] = results;
    expect(march!.shapes.flatMap((shape) => shape.paragraphs)).toContain('Workshop results: Customer panel, Malmö');
    expect(march!.tables[0]!.map((row) => row.join(' | '))).toEqual([
      'Place | Item | Votes',
      '1.1 | Payment form rejects cards from smaller banks | 12',
      '1.2 | Publish a clear price table | 7',
      '1.2 | The app logs me out every week | 7',
      '2.1 | Give both friends a free ride | 9',
      '2.2 | Show real riders’ stories | 5',
    ]);
    expect(march!.tables[1]![0]).toEqual(['Stage', 'Mean', 'Ratings', '-2', '-1', '0', '+1', '+2']);
    expect(march!.tables[1]!.slice(1).map((row) => row.slice(0, 3))).toEqual([['Awareness', '+0.6', '7'], ['Purchase', '-1.4', '7'], ['Advocacy', '+1.2', '6']]);
    expect(march!.notes).toContain('3 parked notes');
    expect(march!.notes).toContain('A day pass for tourists');
    expect(april!.tables[0]!.slice(1)).toEqual([['1', 'Let people sign up with Apple or Google', '4']]);
    const without = readPptx(await exported(withoutWorkshops(doc), 'pptx')).slides;
    expect(without.length).toBe(slides.length - 2);
  });

  it('XLSX: a results sheet after the client’s sheets, counts and means as numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await exported(doc, 'xlsx') as unknown as ArrayBuffer);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names.indexOf('Workshop results')).toBe(names.indexOf('All cards') + 1);
    const sheet = workbook.getWorksheet('Workshop results')!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual(['Customer panel, Malmö, March 11, 2027, 7 participants']);
    expect(rows).toContainEqual([1, 1, 'Payment form rejects cards from smaller banks', 'Purchase', 12, 6]);
    expect(rows).toContainEqual(['Purchase', -1.43, 7, 4, 2, 1, 0, 0]);
    expect(rows).toContainEqual(['Retention', 'Thoughts', 'Is my helmet insured?\nWho do I ask?', 'Ζωή']);
    const plain = new ExcelJS.Workbook();
    await plain.xlsx.load(await exported(withoutWorkshops(doc), 'xlsx') as unknown as ArrayBuffer);
    expect(plain.worksheets.map((s) => s.name)).not.toContain('Workshop results');
  });

  it('the poster: the latest workshop’s places and votes on its cards, its rating bands with their means, and a legend', () => {
    const drawing = drawMap(doc, fontMeasurer, mapDrawOptions(t, 'en'));
    const texts = drawingTexts(drawing.shapes);
    // The latest workshop (2 April) voted on one card; it rated Consideration 0, +1 twice: a mean of +0.3.
    // One card's badge, and the legend's.
    expect(texts.filter((text) => /^#\d$/.test(text))).toEqual(['#1', '#1']);
    expect(texts).toContain('+0.3');
    expect(texts).toContain('n=3');
    expect(texts.join(' ')).toContain('Workshop results: Staff workshop, April 2, 2027');
    expect(texts).toContain(' place in the vote   ');
    const bars = shapesNamed(drawing.shapes, (shape) => shape.kind === 'rect' && shape.height === 14);
    expect(bars.length).toBe(2);
    const plain = drawingTexts(drawMap(withoutWorkshops(doc), fontMeasurer, mapDrawOptions(t, 'en')).shapes);
    expect(plain).not.toContain('#1');
  });
});
