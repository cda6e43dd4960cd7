import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sortByOrder } from '../../shared/document/order';
import type { JourneyDocument } from '../../shared/document/schema';
import { createI18n } from '../../shared/i18n/i18n';
import { closeChecked, openPreview, SCREENSHOTS, type PreviewSession } from '../helpers/browser';

/**
 * The Greek 5-stage buyer's journey built twice in the preview, in Chromium with a Greek
 * system: once by keyboard alone, once as a mouse user does it (clicks, and the keyboard only
 * for the words), with the same content: a title, five actions, two pain points with their
 * severities in a lane of their own, and an emotion at every stage. Both are saved through the
 * picker, read back from disk, must agree, and the counts of both routes are printed.
 */
const t = createI18n('el').t;
const TITLE = 'Αγορά ποδηλάτου: από τη διαφήμιση στη σύσταση';
const ACTIONS = ['Βλέπει διαφήμιση', 'Συγκρίνει τιμές', 'Αγοράζει online', 'Κάνει σέρβις', 'Προτείνει σε φίλο'];
const PAIN = [[1, 'Δεν βρίσκει μέγεθος', 4], [2, 'Αργή πληρωμή', 5]] as const;
const EMOTIONS = [1, 0, -2, 1, 2];

/** The name as a pattern that matches it as written: "(5 στάδια)" is not a group. */
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Counts { keys: number; clicks: number; typed: number }

let session: PreviewSession;
let page: Page;

beforeAll(async () => {
  session = await openPreview({ viewport: { width: 1280, height: 800 }, locale: 'el-GR' });
  page = session.page;
}, 120_000);

afterAll(async () => {
  await closeChecked(session);
});

/** Presses, typing and clicks, each counted as the user makes them. */
function counted(counts: Counts) {
  return {
    press: async (key: string, times = 1) => {
      for (let i = 0; i < times; i += 1) {
        counts.keys += 1;
        await page.keyboard.press(key);
      }
    },
    type: async (text: string) => {
      const length = [...text].length;
      counts.keys += length;
      counts.typed += length;
      await page.keyboard.type(text);
    },
    click: async (x: number, y: number, clickCount = 1) => {
      counts.clicks += clickCount;
      await page.mouse.click(x, y, { clickCount });
    },
    clickOn: async (locator: ReturnType<Page['locator']>) => {
      counts.clicks += 1;
      await locator.click();
    },
  };
}

/** The name of what has the keyboard: its aria-label, the label round a field, or its text. */
const activeName = () => page.evaluate(() => {
  const active = document.activeElement;
  const label = active instanceof HTMLInputElement ? active.labels?.[0]?.textContent : null;
  return active?.getAttribute('aria-label') ?? label ?? active?.textContent ?? '';
});
const announced = () => page.getByTestId('map-announcer').textContent();
const readSaved = async (name: string) => JSON.parse(await readFile(join(session.folder, `${name}.journey`), 'utf8')) as JourneyDocument;

/** Where, on the page, a text Konva drew (a stage's or a lane's name): the middle of its box. */
async function drawnAt(text: string): Promise<{ x: number; y: number }> {
  const box = await page.evaluate((wanted) => {
    type Node = { text?: () => string; getClientRect(): { x: number; y: number; width: number; height: number } };
    const stage = (window as unknown as { Konva: { stages: { container(): HTMLElement; find(s: string): Node[] }[] } }).Konva.stages[0]!;
    const frame = stage.container().getBoundingClientRect();
    const node = stage.find('Text').find((n) => n.text?.() === wanted);
    const r = node?.getClientRect();
    return r ? { x: frame.x + r.x, y: frame.y + r.y, width: r.width, height: r.height } : null;
  }, text);
  if (!box) throw new Error(`"${text}" is not drawn`);
  return { x: box.x + Math.min(box.width / 2, 60), y: box.y + box.height / 2 };
}

/** The journey each route must have saved. */
function expectTheJourney(doc: JourneyDocument): void {
  const stages = sortByOrder(doc.stages);
  const lane = (kind: string) => doc.lanes.find((l) => l.kind === kind)!;
  const cards = (kind: string) => stages.flatMap((s) => doc.cards.filter((c) => c.laneId === lane(kind).id && c.stageId === s.id));
  expect(doc.journey.title).toBe(TITLE);
  expect(stages.map((s) => s.name)).toEqual(['awareness', 'consideration', 'purchase', 'retention', 'advocacy'].map((k) => t(`stage.${k}`)));
  expect(cards('actions').map((c) => c.text)).toEqual(ACTIONS);
  expect(cards('painPoints').map((c) => [stages.findIndex((s) => s.id === c.stageId), c.text, c.severity])).toEqual(PAIN);
  const curve = doc.emotionCurves.find((c) => c.laneId === lane('emotions').id)!;
  expect(stages.map((s) => doc.emotionPoints.find((p) => p.curveId === curve.id && p.stageId === s.id)?.value)).toEqual(EMOTIONS);
}

describe('the Greek 5-stage journey by keyboard alone, and by mouse', () => {
  const keyboard: Counts = { keys: 0, clicks: 0, typed: 0 };
  const mouse: Counts = { keys: 0, clicks: 0, typed: 0 };

  it('builds and saves it with the keyboard alone, the keyboard always somewhere meaningful', async () => {
    const { press, type } = counted(keyboard);
    // The start screen starts at its heading; Tab to the 5-stage template, Enter.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    const template = t('template.buyer5.name');
    while (!(await activeName()).startsWith(template)) {
      await press('Tab');
      expect(keyboard.keys).toBeLessThan(40);
    }
    await press('Enter');
    // The map opens with the keyboard on it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('application');

    // The title, from the command palette: Enter in the title gives the keyboard back to the map.
    await press('Control+k');
    await type('μετον');
    await press('Enter');
    await expect.poll(() => activeName()).toBe(t('editor.titleLabel'));
    await press('Control+a');
    await type(TITLE);
    await press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('application');

    // A lane for pain points, from the palette: its name field opens, Enter keeps the name.
    await press('Control+k');
    await type('πόνου');
    await press('Enter');
    await expect.poll(() => activeName()).toBe(t('editor.nameEditorLabel'));
    await press('Enter');

    // Five actions: into the first cell, Enter, and Tab carries on in the next stage.
    await press('ArrowDown');
    await expect.poll(() => announced()).toContain(t('lane.actions'));
    for (const [i, text] of ACTIONS.entries()) {
      if (i === 0) await press('Enter');
      await type(text);
      await press(i === ACTIONS.length - 1 ? 'Enter' : 'Tab');
    }
    await expect.poll(() => announced()).toContain(ACTIONS.at(-1)!);

    // The emotions: down two lanes to the last stage's point, then a digit per stage going left (− first for below zero).
    await press('ArrowDown', 2);
    await expect.poll(() => announced()).toContain(t('lane.emotions'));
    for (let stage = 4; stage >= 0; stage -= 1) {
      const value = EMOTIONS[stage]!;
      if (value < 0) await press('-');
      await press(String(Math.abs(value)));
      if (stage > 0) await press('ArrowLeft');
    }
    await expect.poll(() => announced()).toContain('+1');

    // The pain points: down to their lane (the last), a card in the second and third stage, each with its severity by one digit.
    await press('ArrowDown', 2);
    for (const [stage, text, severity] of PAIN) {
      await press('ArrowRight');
      await expect.poll(() => announced()).toContain(t(`stage.${['awareness', 'consideration', 'purchase'][stage]}`));
      await press('Enter');
      await type(text);
      await press('Enter');
      await press(String(severity));
      await expect.poll(() => announced()).toContain(t('a11y.card.severity', { value: severity }));
    }

    // Saved through the picker: Ctrl+S, the suggested name (the title) as it is.
    await press('Control+s');
    const picker = page.getByRole('dialog', { name: t('picker.saveTitle') });
    await expect.poll(() => activeName()).toBe(t('picker.fileName'));
    expect(await picker.getByRole('textbox', { name: t('picker.fileName') }).inputValue()).toBe('Αγορά ποδηλάτου - από τη διαφήμιση στη σύσταση');
    await press('Enter');
    await expect.poll(() => page.getByTestId('save-status').textContent()).toMatch(/\d/);
    // After the save the keyboard is back on the map, not on the page body.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('application');
    await page.screenshot({ path: join(SCREENSHOTS, 'keyboard-greek-journey.png') });
    expectTheJourney(await readSaved('Αγορά ποδηλάτου - από τη διαφήμιση στη σύσταση'));
  });

  it('builds and saves the same journey as a mouse user does, and prints both counts', async () => {
    const { press, type, click, clickOn } = counted(mouse);
    await page.getByRole('button', { name: t('editor.close'), exact: true }).click();
    await clickOn(page.getByRole('button', { name: new RegExp(`^${escapeRegExp(t('template.buyer5.name'))}`) }));
    await expect.poll(() => page.locator('.canvas-host canvas').count()).toBeGreaterThan(0);

    const title = page.getByRole('textbox', { name: t('editor.titleLabel') });
    const titleBox = (await title.boundingBox())!;
    await click(titleBox.x + titleBox.width / 2, titleBox.y + titleBox.height / 2, 3);
    await type(TITLE);
    await press('Enter');

    await clickOn(page.getByRole('button', { name: t('toolbar.addLane'), exact: true }));
    await clickOn(page.getByRole('menuitem', { name: t('lane.painPoints') }));
    await press('Enter');
    // Five stages are wider than the window: the whole map in view, as a mouse user would fit it.
    await clickOn(page.getByRole('button', { name: t('toolbar.fit'), exact: true }));

    const column = async (stage: number) => (await drawnAt(t(`stage.${['awareness', 'consideration', 'purchase', 'retention', 'advocacy'][stage]}`))).x;
    const row = async (lane: string) => (await drawnAt(t(`lane.${lane}`))).y;
    for (const [stage, text] of ACTIONS.entries()) {
      await click(await column(stage), await row('actions'), 2);
      await type(text);
      await press('Enter');
    }
    // An emotion from the inspector: the stage's cell in the emotions lane, then its value field.
    const inspector = page.getByRole('complementary', { name: t('inspector.label') });
    for (const [stage, value] of EMOTIONS.entries()) {
      await click(await column(stage), await row('emotions'));
      await clickOn(inspector.getByRole('textbox', { name: t('emotion.value') }).first());
      // The field holds 0: select it, so "-2" does not become "0-2".
      await press('Control+a');
      await type(String(value));
      await press('Enter');
    }
    for (const [stage, text, severity] of PAIN) {
      await click(await column(stage), await row('painPoints'), 2);
      await type(text);
      await press('Enter');
      await clickOn(inspector.getByRole('radio', { name: t('content.rating.value', { value: severity }) }));
    }
    await clickOn(page.getByRole('button', { name: t('editor.save'), exact: true }));
    const picker = page.getByRole('dialog', { name: t('picker.saveTitle') });
    await expect.poll(() => activeName()).toBe(t('picker.fileName'));
    await type('ποντίκι');
    await clickOn(picker.getByRole('button', { name: t('picker.save') }));
    await expect.poll(() => page.getByTestId('save-status').textContent()).toMatch(/\d/);
    expectTheJourney(await readSaved('ποντίκι'));

    const line = `The Greek 5-stage journey (title, 5 actions, 2 pain points with severities, 5 emotions), saved: `
      + `keyboard alone ${keyboard.keys} key presses (${keyboard.typed} of them typing the words); `
      + `mouse route ${mouse.clicks} clicks and ${mouse.keys} key presses (${mouse.typed} typing the same words).`;
    console.info(line);
    await writeFile(join(SCREENSHOTS, '..', 'keyboard-vs-mouse.txt'), `${line}\n`);
    expect(keyboard.clicks).toBe(0);
    // Beyond the words both type, the keyboard needs fewer presses than the mouse route needs clicks and presses.
    expect(keyboard.keys - keyboard.typed).toBeLessThan(mouse.clicks + mouse.keys - mouse.typed);
  });

  it('shows the editor and a presentation to Chromium’s accessibility tree as a grid, headings and a live region (saved as text)', async () => {
    // The keyboard on the second pain point, as a screen reader user would arrive there.
    // The mouse route left it selected: Esc leaves the card for its cell, ↓ takes it again.
    await page.locator('.canvas-host').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => announced()).toBe(t('a11y.say.cell', { place: `${t('stage.purchase')}, ${t('lane.painPoints')}`, count: 1 }));
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => announced()).toBe(`${t('a11y.say.card.selected', { text: `${PAIN[1][1]}, ${t('a11y.card.severity', { value: PAIN[1][2] })}`, place: `${t('stage.purchase')}, ${t('lane.painPoints')}`, position: 1, total: 1 })}`);
    const editor = await page.locator('body').ariaSnapshot();
    await writeFile(join(SCREENSHOTS, '..', 'aria-editor.txt'), `${editor}\n`);
    const grid = await page.getByRole('grid').ariaSnapshot();
    for (const stage of ['awareness', 'consideration', 'purchase', 'retention', 'advocacy']) expect(grid).toContain(`columnheader "${t(`stage.${stage}`)}"`);
    for (const lane of ['actions', 'emotions', 'painPoints']) expect(grid).toContain(`rowheader "${t(`lane.${lane}`)}"`);
    // The cell the keyboard is on is the selected one, the card in it listed with its severity.
    expect(grid).toMatch(new RegExp(`gridcell "${PAIN[1][1]}" \\[selected\\]`));
    expect(await page.getByRole('application').getAttribute('aria-activedescendant')).toBe(await page.getByRole('gridcell', { name: PAIN[1][1] }).getAttribute('id'));

    await page.keyboard.press('F5');
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.getByTestId('show-step').textContent()).toContain(t('stage.awareness'));
    const presentation = await page.locator('body').ariaSnapshot();
    await writeFile(join(SCREENSHOTS, '..', 'aria-presentation.txt'), `${presentation}\n`);
    expect(presentation).toContain(`progressbar "${t('present.progress')}"`);
    expect(presentation).toContain(`columnheader "${t('stage.awareness')}"`);
    await page.keyboard.press('Escape');
  });
});
