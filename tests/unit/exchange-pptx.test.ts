import fc from 'fast-check';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderExport } from '../../main/exchange/export-journey';
import { fontMeasurer } from '../../main/exchange/fonts';
import { PLAN_TABLE } from '../../main/exchange/pptx/plan-slides';
import { LineCounter } from '../../main/exchange/pptx/stage-layout';
import { firstKeys, sortByOrder } from '../../shared/document/order';
import { validateJourney } from '../../shared/document/parse';
import type { JourneyDocument } from '../../shared/document/schema';
import { actionPlanItems } from '../../shared/exchange/action-plan';
import { applyView } from '../../shared/exchange/apply-view';
import { formatForPath } from '../../shared/exchange/formats';
import { wrapText } from '../../shared/export/wrap';
import { fullJourney, HOSTILE, hostileJourney, t } from '../helpers/exchange-journeys';
import { readPptx, type ReadSlide } from '../helpers/pptx-read';
import { richSwedishJourney } from '../helpers/rich-journey';
import { createI18n } from '../../shared/i18n/i18n';
import { createJourney } from '../../shared/templates/templates';
import { SLIDE } from '../../main/exchange/pptx/pptx-units';

/** The action plan table spans the slide less its margins, in points. */
const widthOfTable = (SLIDE.width - 2 * SLIDE.margin) * 72;

const options = { scale: 2, page: 'poster', orientation: 'landscape' } as const;
const pptxOf = async (doc: JourneyDocument, viewId?: string) =>
  readPptx(await renderExport(doc, { ...options, format: 'pptx', ...(viewId ? { viewId } : {}) }, t, 'en'));

const NOTES = [
  'Most riders hear of us from a friend. Ask the room: where did you first see us? <b>&amp;</b> "quoted"',
  'Jämför priser — fråga: vad kostar en månad?\nSecond paragraph of the notes.',
  'Zażółć gęślą jaźń: zapytaj o płatności.',
  'Mulțumesc, învățătoare: întrebați despre abonament.',
  'Καλημέρα: ρωτήστε την ομάδα για τις συστάσεις.',
];
const LONG = Array.from({ length: 120 }, (_, i) => `word${i}`).join(' ');

/**
 * The full fixture, made rich: notes on every stage in five languages, card text in Greek,
 * Polish, Romanian and Swedish, and 40 more opportunities (one very long) so the action plan
 * needs several slides.
 */
function richJourney(): JourneyDocument {
  const doc = fullJourney();
  doc.stages.forEach((stage, i) => { stage.speakerNotes = NOTES[i] ?? ''; });
  doc.cards[0]!.text = 'Βλέπει μια ανάρτηση φίλου για την κοινόχρηστη ποδηλασία';
  doc.cards[1]!.text = HOSTILE.languages;
  doc.cards[2]!.text = 'Porównuje ceny z dwiema innymi usługami: ąęłńóśźż ĄĘŁŃÓŚŹŻ';
  doc.cards[3]!.text = 'Se înscrie și adaugă un card — ș ț Ș Ț ă â î';
  doc.cards[5]!.text = 'Cyklar till jobbet tre gånger i veckan: å ä ö Å Ä Ö';
  const stageIds = sortByOrder(doc.stages).map((s) => s.id);
  const keys = firstKeys(40);
  for (let i = 0; i < 40; i += 1) {
    const stageId = stageIds[i % stageIds.length]!;
    const step = doc.steps.find((s) => s.stageId === stageId);
    doc.cards.push({
      id: `extra-${i}`, stageId, ...(step ? { stepId: step.id } : {}), laneId: 'lane-opportunities', order: keys[i]!,
      text: i === 7 ? LONG : `Opportunity ${i}: ${i % 2 === 0 ? 'Δοκιμή ελληνικών' : 'Próba polskich znaków'}`,
      owner: `Owner ${i}`, priority: (['low', 'medium', 'high'] as const)[i % 3], status: 'planned', links: ['card-pain-1'].filter(() => i % 5 === 0),
      ...(i % 4 === 0 ? { notes: `Notes for opportunity ${i}` } : {}),
    });
  }
  // Blank text where a careless deck would write empty boxes: cards, a step, a curve, the description.
  doc.cards.push({ ...doc.cards[0]!, id: 'blank-card', text: '', order: 'a9' }, { ...doc.cards[0]!, id: 'spaces-card', text: '   ', order: 'a8' });
  doc.steps[0]!.name = '';
  doc.emotionCurves[1]!.name = ' ';
  doc.journey.description = '';
  return validateJourney(doc);
}

const allText = (slide: ReadSlide): string[] => [...slide.shapes.map((s) => s.paragraphs.join('\n')), ...slide.tables.flat(2)];

/**
 * The slides of a deck by role: title, overview, the stages, then the action plan. A stage
 * continued on further slides (titled "… (continued)") is read as one: its slides' shapes
 * together, under its first slide's number and notes.
 */
function roles(doc: JourneyDocument, slides: ReadSlide[]) {
  // A workshop's results slides close the deck, after the action plan.
  const results = doc.workshops.length;
  const body = slides.slice(0, slides.length - results);
  const first = body.findIndex((s, i) => i > 1 && s.tables.length > 0);
  const stageSlides = body.slice(2, first < 0 ? undefined : first);
  const stages: ReadSlide[] = [];
  for (const slide of stageSlides) {
    const last = stages.at(-1);
    if (last && slide.title?.endsWith(' (continued)')) stages[stages.length - 1] = { ...last, shapes: [...last.shapes, ...slide.shapes] };
    else stages.push(slide);
  }
  expect(stages).toHaveLength(doc.stages.length);
  return { title: slides[0]!, overview: slides[1]!, stages, stageSlides, plan: first < 0 ? [] : body.slice(first), results: slides.slice(body.length) };
}

describe('PowerPoint export', () => {
  it('is chosen by .pptx', () => {
    expect(formatForPath('deck.PPTX')).toBe('pptx');
  });

  it('fits stage slides by counting lines exactly as the exports wrap them', () => {
    const word = fc.constantFrom('a', 'Kundresa', 'gęślą', 'χαρτογράφηση', 'învățătoare', '😀', 'W', 'Donaudampfschifffahrtsgesellschaft', '');
    const text = fc.array(fc.array(word, { maxLength: 30 }).map((w) => w.join(' ')), { minLength: 1, maxLength: 4 }).map((p) => p.join('\n'));
    fc.assert(fc.property(text, fc.double({ min: 0.3, max: 4, noNaN: true }), fc.constantFrom(3.25, 7, 11.5, 14), (value, width, font) => {
      const wrapped = value === '' ? 0 : wrapText(value, width * 72, (s) => fontMeasurer.width(s, font, 'regular')).length;
      expect(new LineCounter(value, fontMeasurer).count(width, font)).toBe(wrapped);
    }), { numRuns: 1000 });
  });

  it('never breaks a word of the action plan’s short columns, headers included (Greek “Προτεραιότητα”)', async () => {
    const greek = createI18n('el');
    const doc = createJourney('retail', greek.t.bind(greek), 'el');
    const { slides } = readPptx(await renderExport(doc, { ...options, format: 'pptx' }, greek.t.bind(greek), 'el'));
    const plan = slides.filter((slide) => slide.tables.length > 0);
    expect(plan.length).toBeGreaterThan(0);
    for (const slide of plan) {
      const [table] = slide.tables;
      const widths = slide.tableWidths[0]!;
      expect(table![0]![3]).toBe('Προτεραιότητα');
      // Stage, owner, priority and status: every word inside its cell, margins included.
      for (const column of [0, 2, 3, 4]) {
        table!.forEach((row, r) => {
          for (const word of row[column]!.split(/\s+/).filter(Boolean)) {
            const width = fontMeasurer.width(word, PLAN_TABLE.font, r === 0 ? 'bold' : 'regular') + PLAN_TABLE.margin[1] + PLAN_TABLE.margin[3];
            expect(width, `${word} in column ${column}`).toBeLessThanOrEqual(widths[column]!);
          }
        });
      }
      expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(widthOfTable, 0);
    }
  });

  it('has a title slide, an overview, a slide per stage and the action plan paged over slides', async () => {
    const doc = richJourney();
    const { slides, malformed } = await pptxOf(doc);
    expect(malformed).toEqual([]);
    const plan = actionPlanItems(doc);
    const { title, overview, stages, plan: planSlides } = roles(doc, slides);
    expect(planSlides.length).toBeGreaterThanOrEqual(Math.ceil(plan.length / PLAN_TABLE.maxRows));
    expect(slides.length).toBe(1 + 1 + roles(doc, slides).stageSlides.length + planSlides.length + doc.workshops.length);
    expect(allText(title)).toContain(doc.journey.title);
    expect(allText(title).join('\n')).toContain(`Goal\n${doc.journey.goal}\nPersonas\nMaja, the commuter — “I just want to get to work without sweating.”`);
    expect(overview.plainShapes).toBeGreaterThan(doc.cards.length);
    const ordered = sortByOrder(doc.stages);
    stages.forEach((slide, i) => {
      expect(allText(slide), `slide ${slide.number}`).toContain(ordered[i]!.name);
      expect(slide.tables).toEqual([]);
    });
    // Every opportunity once, in order, no table without rows, rows as wide as the grid.
    const rows = planSlides.flatMap((slide) => {
      expect(slide.tables).toHaveLength(1);
      const [table] = slide.tables;
      expect(table!.length).toBeGreaterThan(1);
      expect(table!.length).toBeLessThanOrEqual(PLAN_TABLE.maxRows + 1);
      for (const row of table!) expect(row).toHaveLength(slide.tableColumns[0]!);
      expect(table![0]).toEqual(['Stage', 'Opportunity', 'Owner', 'Priority', 'Status', 'Addresses']);
      return table!.slice(1);
    });
    expect(rows.map((row) => row[2])).toEqual(plan.map((item) => item.card.owner ?? ''));
    const long = rows.find((row) => row[1]!.startsWith('word0 '))!;
    expect(long[1]!.endsWith('…')).toBe(true);
    expect(planSlides.map((s) => s.notes).join('\n')).toContain(LONG);
    expect(planSlides.map((s) => s.notes).join('\n')).toContain('Notes for opportunity 4');
  });

  it('puts the text of every card on its stage slide, as editable text in a shape of its own', async () => {
    const doc = richJourney();
    const { slides } = await pptxOf(doc);
    const { stages } = roles(doc, slides);
    const ordered = sortByOrder(doc.stages);
    const collapsed = new Set(doc.lanes.filter((l) => l.collapsed || l.hidden).map((l) => l.id));
    const shown = doc.cards.filter((c) => !collapsed.has(c.laneId) && c.text.trim() !== '');
    expect(shown.length).toBeGreaterThan(50);
    for (const card of shown) {
      const slide = stages[ordered.findIndex((s) => s.id === card.stageId)]!;
      const texts = slide.shapes.map((s) => s.paragraphs.join('\n'));
      expect(texts.some((text) => text === card.text || text.startsWith(`${card.text}\n`)), `${card.id} on slide ${slide.number}`).toBe(true);
    }
    // The painted details of a card: owner, priority and status of an opportunity.
    expect(stages[0]!.shapes.map((s) => s.paragraphs.join('\n'))).toContain('Opportunity 0: Δοκιμή ελληνικών\nOwner 0 · Priority: Low · Planned');
  });

  it('writes no empty text boxes, one font family, valid font sizes and unique shape ids', async () => {
    for (const doc of [richJourney(), hostileJourney()]) {
      const { slides, malformed } = await pptxOf(doc);
      expect(malformed).toEqual([]);
      for (const slide of slides) {
        for (const shape of slide.shapes) {
          expect(shape.runs.every((run) => run !== ''), `slide ${slide.number}: ${JSON.stringify(shape.runs)}`).toBe(true);
          expect(shape.paragraphs.join('').trim(), `slide ${slide.number}`).not.toBe('');
        }
        expect(new Set(slide.typefaces)).toEqual(new Set(['Calibri']));
        for (const size of slide.fontSizes) {
          expect(Number.isInteger(size) && size >= 100 && size <= 400_000, `slide ${slide.number}: sz ${size}`).toBe(true);
        }
        expect(new Set(slide.ids).size, `slide ${slide.number} ids ${slide.ids.join(',')}`).toBe(slide.ids.length);
      }
    }
  });

  it('keeps hostile text as typed: markup, formulas, emoji, several languages', async () => {
    const doc = hostileJourney();
    const { slides } = await pptxOf(doc);
    const texts = slides.flatMap(allText).join('\n');
    for (const value of Object.values(HOSTILE)) {
      for (const line of value.split('\n')) expect(texts, value).toContain(line);
    }
  });

  it('gives each stage slide its speaker notes as presenter notes', async () => {
    const doc = richJourney();
    const { slides } = await pptxOf(doc);
    const { title, overview, stages } = roles(doc, slides);
    expect(stages.map((s) => s.notes)).toEqual(sortByOrder(doc.stages).map((s) => s.speakerNotes));
    expect([title.notes, overview.notes]).toEqual(['', '']);
  });

  it('draws the emotion curve as native lines and points on every stage slide', async () => {
    const doc = richJourney();
    const { slides } = await pptxOf(doc);
    const { stages } = roles(doc, slides);
    const ordered = sortByOrder(doc.stages);
    stages.forEach((slide, i) => {
      const values = doc.emotionPoints.filter((p) => p.stageId === ordered[i]!.id).map((p) => (p.value > 0 ? `+${p.value}` : String(p.value)));
      expect(values.length).toBeGreaterThan(0);
      const texts = allText(slide);
      for (const value of values) expect(texts, `slide ${slide.number}`).toContain(value);
    });
  });

  it('exports a saved view: its stages and lanes only', async () => {
    const doc = richJourney();
    const view = doc.views[0]!;
    const viewed = applyView(doc, view);
    const { slides } = await pptxOf(doc, view.id);
    const { stages, plan } = roles(viewed, slides);
    expect(stages).toHaveLength(viewed.stages.length);
    expect(stages.length).toBeLessThan(doc.stages.length);
    const texts = slides.flatMap(allText);
    expect(texts).not.toContain('Instagram post');
    expect(plan.flatMap((s) => s.tables[0]!.slice(1)).length).toBe(actionPlanItems(viewed).length);
  });

  it('shows a persona photo stored as WebP, decoded to an image every PowerPoint opens', async () => {
    const doc = fullJourney();
    const webp = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#D55E00' } }).webp().toBuffer();
    doc.assets = [{ id: 'img-maja', mimeType: 'image/webp', width: 40, height: 30, data: webp.toString('base64') }];
    const { slides, files } = await pptxOf(validateJourney(doc));
    expect(slides[0]!.images).toBe(1);
    const media = Object.keys(files).filter((name) => name.startsWith('ppt/media/') && !name.endsWith('/'));
    expect(media.length).toBeGreaterThan(0);
    expect(media.every((name) => /\.(png|jpe?g)$/.test(name)), media.join()).toBe(true);
  });

  it('writes no action plan slides for a map without opportunities', async () => {
    const doc = fullJourney();
    doc.cards = doc.cards.filter((c) => c.laneId !== 'lane-opportunities');
    const { slides } = await pptxOf(validateJourney(doc));
    expect(slides).toHaveLength(2 + doc.stages.length + doc.workshops.length);
    expect(roles(doc, slides).plan).toEqual([]);
    expect(slides.slice(0, slides.length - doc.workshops.length).every((s) => s.tables.length === 0)).toBe(true);
  });

  it('gives every slide a real title (a title placeholder), read first', async () => {
    const doc = richJourney();
    const { slides } = await pptxOf(doc);
    const { stageSlides, plan } = roles(doc, slides);
    for (const slide of slides) {
      expect(slide.title, `slide ${slide.number}`).toBeTruthy();
      // The title is the slide's first shape: screen readers and the outline start with it.
      expect(slide.shapes[0]!.paragraphs.join('\n'), `slide ${slide.number}`).toBe(slide.title);
    }
    expect(slides[0]!.title).toBe(doc.journey.title);
    expect(slides[1]!.title).toBe(`The whole map: ${doc.journey.title}`);
    const names = sortByOrder(doc.stages).map((stage) => stage.name);
    expect(stageSlides.map((s) => s.title!.replace(/ \(continued\)$/, ''))).toEqual(expect.arrayContaining(names));
    expect(plan.every((s) => s.title?.startsWith('Action plan'))).toBe(true);
  });

  it('reads a stage slide lane by lane: each lane name, then its cards', async () => {
    const doc = fullJourney();
    const { slides } = await pptxOf(doc);
    const { stages } = roles(doc, slides);
    const stage = sortByOrder(doc.stages)[0]!;
    const slide = stages[0]!;
    const at = (text: string) => slide.xml.indexOf(`>${text}<`);
    const lanes = sortByOrder(doc.lanes).filter((l) => !l.hidden && !l.collapsed);
    let checked = 0;
    lanes.forEach((lane, i) => {
      const cards = doc.cards.filter((c) => c.laneId === lane.id && c.stageId === stage.id && c.text.trim() !== '' && !c.text.includes('\n'));
      const next = lanes[i + 1];
      for (const card of cards) {
        expect(at(lane.name), lane.name).toBeGreaterThan(at(stage.name));
        expect(at(card.text), card.text).toBeGreaterThan(at(lane.name));
        if (next && at(next.name) > 0) expect(at(card.text), card.text).toBeLessThan(at(next.name));
        checked += 1;
      }
    });
    expect(checked).toBeGreaterThan(2);
  });

  it('puts storyboard frames on their stage slides, every picture with alt text from its card or name', async () => {
    const doc = await richSwedishJourney();
    const sv = createI18n('sv');
    const { slides, malformed } = readPptx(await renderExport(doc, { ...options, format: 'pptx' }, sv.t.bind(sv), 'sv'));
    expect(malformed).toEqual([]);
    const { stages } = roles(doc, slides);
    const ordered = sortByOrder(doc.stages);
    for (const card of doc.cards.filter((c) => c.imageId)) {
      const slide = stages[ordered.findIndex((s) => s.id === card.stageId)]!;
      expect(slide.pictureAlts, `slide ${slide.number}`).toContain(card.text);
    }
    const alts = slides.flatMap((s) => s.pictureAlts);
    expect(alts.length).toBeGreaterThan(3);
    for (const alt of alts) {
      expect(alt.trim()).not.toBe('');
      expect(alt).not.toMatch(/preencoded|\.png$/);
    }
  });

  it('goes on over further slides for a stage too full for one, no card text under 10 pt', async () => {
    const doc = fullJourney();
    const stage = sortByOrder(doc.stages)[1]!;
    const lanes = sortByOrder(doc.lanes).filter((l) => !l.hidden && !l.collapsed && ['actions', 'painPoints', 'opportunities', 'thoughts'].includes(l.kind));
    const keys = firstKeys(240);
    for (let i = 0; i < 240; i += 1) {
      doc.cards.push({ id: `big-${i}`, stageId: stage.id, laneId: lanes[i % lanes.length]!.id, order: keys[i]!, text: `Big stage card ${i}: ${'a few words more '.repeat(1 + (i % 4))}`.trim() });
    }
    const valid = validateJourney(doc);
    const { slides, malformed } = await pptxOf(valid);
    expect(malformed).toEqual([]);
    const { stageSlides } = roles(valid, slides);
    const parts = stageSlides.filter((s) => s.title === stage.name || s.title === `${stage.name} (continued)`);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.slice(1).every((s) => s.title === `${stage.name} (continued)`)).toBe(true);
    const texts = parts.flatMap((s) => s.shapes.map((shape) => shape.paragraphs[0] ?? ''));
    for (let i = 0; i < 240; i += 1) expect(texts.some((text) => text.startsWith(`Big stage card ${i}:`)), `card ${i}`).toBe(true);
    // Every card's runs (its text and the line of its fields) at 10 pt or more, on every stage slide.
    const cardTexts = valid.cards.map((c) => c.text).filter((text) => text.trim() !== '');
    let checked = 0;
    for (const slide of stageSlides) {
      for (const shape of slide.xml.split('<p:sp>').slice(1)) {
        if (!cardTexts.some((text) => shape.includes(`>${text.split('\n')[0]!.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')}<`))) continue;
        const sizes = [...shape.matchAll(/<a:rPr\b[^>]*?\ssz="(\d+)"/g)].map((m) => Number(m[1]));
        expect(sizes.length, `slide ${slide.number}`).toBeGreaterThan(0);
        for (const size of sizes) expect(size, `slide ${slide.number}`).toBeGreaterThanOrEqual(1000);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(240);
  });
});
