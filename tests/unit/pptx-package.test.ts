import { unzipSync, strFromU8 } from 'fflate';
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { describe, expect, it } from 'vitest';
import { deckParts } from '../../main/exchange/pptx/deck-parts';
import { addNamedSlide } from '../../main/exchange/pptx/named-slide';
import type { Slide } from '../../main/exchange/pptx/pptx-units';

/** The same few objects on a slide: shapes, a text box, a text box of runs. */
function fill(slide: Slide, pptx: PptxGenJS): void {
  slide.addShape(pptx.ShapeType.rect, { x: 1, y: 1, w: 2, h: 1, fill: { color: 'FF0000' } });
  slide.addText('Plain <text> & more', { x: 1, y: 2, w: 3, h: 1, fontSize: 12 });
  slide.addShape(pptx.ShapeType.line, { x: 1, y: 3, w: 2, h: 0, line: { color: '000000', width: 1 } });
  slide.addText([{ text: 'First run', options: { bold: true, breakLine: true } }, { text: 'Second run', options: { fontSize: 9 } }], { x: 1, y: 4, w: 3, h: 1, shape: pptx.ShapeType.roundRect });
}

function deck(named: boolean): PptxGenJS {
  const pptx = new PptxGenJS();
  for (let i = 0; i < 2; i += 1) fill(named ? addNamedSlide(pptx) : pptx.addSlide(), pptx);
  return pptx;
}

const archived = async (pptx: PptxGenJS): Promise<Record<string, Uint8Array>> => {
  const entries = unzipSync((await pptx.write({ outputType: 'nodebuffer' })) as Buffer);
  return Object.fromEntries(Object.entries(entries).filter(([name]) => !name.endsWith('/')));
};
/** docProps/core.xml carries the time of writing. */
const timeless = (parts: Record<string, Uint8Array>) => Object.fromEntries(Object.entries(parts).filter(([name]) => name !== 'docProps/core.xml'));

describe('PowerPoint package', () => {
  it('names shapes and text boxes as pptxgenjs does, so a named slide is the same slide', async () => {
    const [plain, named] = await Promise.all([archived(deck(false)), archived(deck(true))]);
    const slide = strFromU8(named['ppt/slides/slide2.xml'] ?? new Uint8Array());
    expect(slide).toContain('name="Shape 0"');
    expect(slide).toContain('name="Text 3"');
    expect(timeless(named)).toEqual(timeless(plain));
  });

  it('hands over the parts of the deck unarchived: the very parts its archive holds, in order', async () => {
    // Two decks alike: pptxgenjs changes a deck's text runs as it writes them.
    const parts = await deckParts(deck(true));
    const inArchive = await archived(deck(true));
    expect(parts.map((part) => part.name)).toEqual(Object.keys(inArchive));
    expect(timeless(Object.fromEntries(parts.map((part) => [part.name, new Uint8Array(part.data)])))).toEqual(timeless(inArchive));
  });

  it('leaves every other use of JSZip alone', async () => {
    const zip = new JSZip();
    zip.file('a.txt', 'å ä ö');
    const unpacked = unzipSync(await zip.generateAsync({ type: 'uint8array' }));
    expect(strFromU8(unpacked['a.txt'] ?? new Uint8Array())).toBe('å ä ö');
  });
});
