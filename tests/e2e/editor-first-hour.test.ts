import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { sortByOrder } from '../../shared/document/order';
import type { JourneyDocument } from '../../shared/document/schema';
import { createI18n, type Language } from '../../shared/i18n/i18n';
import { closeChecked, openPreview, type PreviewSession, SCREENSHOTS } from '../helpers/browser';
import { cardTexts, gridJourney, layoutOf, openJourney, saveAndRead } from '../helpers/editor';
import { englishT, journeyFrom } from '../helpers/journeys';

const VIEW = { width: 1280, height: 800 };
const tr = (language: Language) => createI18n(language).t;

let session: PreviewSession | null = null;

/** The preview at 1280x800 in Chromium whose OS language is `locale`, with clipboard access. */
async function open(locale = 'en-GB'): Promise<PreviewSession> {
  session = await openPreview({ viewport: VIEW, locale, clipboard: true });
  return session;
}

afterEach(async () => {
  await closeChecked(session);
  session = null;
});

/** Puts text on the system clipboard, as a spreadsheet's Copy does, and pastes it into the map with Ctrl+V. */
async function pasteText(page: Page, text: string): Promise<void> {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.keyboard.press('Control+v');
}

const readJourney = async (path: string) => JSON.parse(await readFile(path, 'utf8')) as JourneyDocument;
const stageNames = (doc: JourneyDocument) => sortByOrder(doc.stages).map((s) => s.name);
const lanesOf = (doc: JourneyDocument) => sortByOrder(doc.lanes).map((l) => `${l.kind}:${l.name}`);
const toast = (page: Page) => page.getByTestId('paste-toast');

/** Whether the map is drawn where it should be: the canvases in place and paint in the header band's right half. */
const mapDrawn = (page: Page) => page.evaluate(() => {
  const host = document.querySelector<HTMLElement>('.canvas-host');
  if (!host) return { inPlace: false, painted: 0, scroll: -1 };
  const box = host.getBoundingClientRect();
  const canvases = [...host.querySelectorAll('canvas')];
  const inPlace = canvases.length > 0 && canvases.every((c) => Math.abs(c.getBoundingClientRect().left - box.left) < 1);
  let painted = 0;
  for (const canvas of canvases) {
    const data = canvas.getContext('2d')?.getImageData(Math.floor(canvas.width / 2), 0, Math.floor(canvas.width / 2), 40).data ?? [];
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) painted += 1;
  }
  return { inPlace, painted, scroll: host.scrollLeft + host.scrollTop };
});

/** Adds a lane of a kind with the toolbar (a menu of kinds, or a kind chooser beside the button). */
async function addLaneOfKind(page: Page, t: ReturnType<typeof tr>, kind: string): Promise<void> {
  const chooser = page.getByRole('combobox', { name: t('toolbar.laneKind') });
  if (await chooser.count() > 0) await chooser.selectOption({ label: t(`lane.${kind}`) });
  await page.getByRole('button', { name: t('toolbar.addLane'), exact: true }).click();
  const item = page.getByRole('menuitem', { name: t(`lane.${kind}`) });
  if (await item.count() > 0) await item.click();
}

const WORKSHOP = [
  '\tAwareness\tConsideration\tPurchase\tOnboarding',
  'Actions\tSees an ad\tCompares prices; reads reviews\tBuys\t',
  'Touchpoints\t"- Instagram\n- A friend"\tReview site\tCheckout\tWelcome email',
  'Pain points\t\t\tLong checkout queue\t',
  'Emotions\t1\t-1\tvery bad\t2',
].join('\n');

describe('the first hour: paste a workshop spreadsheet, name stages and lanes, add cards by keyboard', () => {
  it('grows a new map from a pasted block, says what it made and left out, and undoes it in one step', async () => {
    const { page, folder, ...rest } = await open();
    const path = await openJourney({ page, folder, ...rest }, journeyFrom('blank'), 'workshop');
    await page.locator('.canvas-host').focus();
    await pasteText(page, WORKSHOP);
    await expect.poll(() => toast(page).textContent()).toBe(
      'Pasted 10 cards, 1 new stage, 3 new lanes, and 3 emotion or metric values. 3 pasted stages filled empty stages in their places. '
      + 'Left out 1 item: not an emotion from −2 to +2 (1). Ctrl+Z undoes the whole paste. ×',
    );
    expect(await page.getByRole('status').filter({ hasText: 'Pasted 10 cards' }).count()).toBe(1);
    // The keyboard stays on the map while the toast speaks.
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('canvas-host');
    await page.screenshot({ path: join(SCREENSHOTS, 'paste-toast-en.png') });

    let saved = await saveAndRead(page, path);
    expect(stageNames(saved)).toEqual(['Awareness', 'Consideration', 'Purchase', 'Onboarding']);
    expect(lanesOf(saved)).toEqual(['actions:Actions', 'touchpoints:Touchpoints', 'painPoints:Pain points', 'emotions:Emotions']);
    const [actions, touchpoints] = sortByOrder(saved.lanes).map((l) => l.id) as [string, string];
    const [awareness, consideration] = sortByOrder(saved.stages).map((s) => s.id) as [string, string];
    expect(cardTexts(saved, actions, consideration)).toEqual(['Compares prices', 'reads reviews']);
    expect(cardTexts(saved, touchpoints, awareness)).toEqual(['Instagram', 'A friend']);
    expect(saved.emotionPoints.map((p) => p.value).sort()).toEqual([-1, 1, 2]);

    // One undo takes the whole paste back: stages, names, lanes, cards and values.
    await page.keyboard.press('Control+z');
    saved = await saveAndRead(page, path);
    expect(stageNames(saved)).toEqual(['Stage 1', 'Stage 2', 'Stage 3']);
    expect(lanesOf(saved)).toEqual(['actions:Actions']);
    expect([saved.cards.length, saved.emotionPoints.length]).toEqual([0, 0]);
    await page.keyboard.press('Control+Shift+z');
    saved = await saveAndRead(page, path);
    expect(saved.cards).toHaveLength(10);

    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => toast(page).textContent()).toBe('');

    // The same session, a 5-stage template: the block's stages go to the template's by name
    // (any case), else into its empty stages in their places, the rest after them; the curve
    // keeps no template zero where the block gives no value.
    const templated = await openJourney({ page, folder, ...rest }, journeyFrom('buyer5'), 'template');
    await page.locator('.canvas-host').focus();
    await pasteText(page, [
      '\tawareness\tResearch\tPURCHASE\tUse\tRenew\tRecommend',
      'Actions\tSees an ad\tReads reviews\tBuys\tSets it up\tRenews\tTells a friend',
      'Emotions\t1\t0.5\t-1\t\t1\t2',
    ].join('\n'));
    await expect.poll(() => toast(page).textContent()).toBe(
      'Pasted 6 cards, 1 new stage, and 5 emotion or metric values. '
      + '2 pasted stages matched the map’s by name and 3 pasted stages filled empty stages in their places. Ctrl+Z undoes the whole paste. ×',
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'paste-into-template.png') });
    const filled = await saveAndRead(page, templated);
    expect(stageNames(filled)).toEqual(['Awareness', 'Research', 'Purchase', 'Use', 'Renew', 'Recommend']);
    const order = sortByOrder(filled.stages).map((s) => s.id);
    expect([...filled.emotionPoints].sort((a, b) => order.indexOf(a.stageId) - order.indexOf(b.stageId)).map((p) => p.value)).toEqual([1, 0.5, -1, 1, 2]);
  });

  it.each(['sv-SE', 'el-GR'] as const)('says what a paste did in the app’s language (%s)', async (locale) => {
    const language = locale.slice(0, 2) as Language;
    const t = tr(language);
    const { page, ...rest } = await open(locale);
    await openJourney({ page, ...rest }, journeyFrom('blank'), 'workshop');
    await page.locator('.canvas-host').focus();
    await pasteText(page, WORKSHOP);
    await expect.poll(() => toast(page).textContent()).toContain(t('editing.paste.cards', { count: 10 }));
    const text = await toast(page).textContent();
    expect(text).toContain(t('editing.paste.lanes', { count: 3 }));
    expect(text).toContain(t('editing.paste.reason.notEmotion'));
    await page.screenshot({ path: join(SCREENSHOTS, `paste-toast-${language}.png`) });
  });

  it.each(['en-GB', 'sv-SE', 'el-GR'] as const)('brings a new stage off-screen into view with its name field, the map drawn (%s)', async (locale) => {
    const language = locale.slice(0, 2) as Language;
    const t = tr(language);
    const doc = gridJourney(['One', 'Two', 'Three', 'Four', 'Five', 'Six'], ['actions', 'touchpoints'], [[0, 0, 'A1'], [1, 5, 'Last']]);
    const { page, ...rest } = await open(locale);
    const path = await openJourney({ page, ...rest }, doc, 'stages');
    expect((await mapDrawn(page)).inPlace).toBe(true);
    await page.getByRole('button', { name: t('toolbar.addStage'), exact: true }).click();

    const field = page.locator('.canvas-host').getByRole('textbox', { name: t('editor.nameEditorLabel') });
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(t('editor.nameEditorLabel'));
    expect(await field.inputValue()).toBe(t('stage.numbered', { number: 7 }));
    const host = (await page.locator('.canvas-host').boundingBox())!;
    await expect.poll(async () => (await field.boundingBox())!.x + (await field.boundingBox())!.width).toBeLessThanOrEqual(host.x + host.width + 1);
    expect((await field.boundingBox())!.x).toBeGreaterThanOrEqual(host.x);
    // Before the fix the map's box scrolled to the field and the canvas went blank.
    const drawn = await mapDrawn(page);
    expect(drawn).toMatchObject({ inPlace: true, scroll: 0 });
    expect(drawn.painted).toBeGreaterThan(1000);
    await page.keyboard.type(language === 'el' ? 'Συνηγορία' : language === 'sv' ? 'Förespråkande' : 'Advocacy');
    await page.screenshot({ path: join(SCREENSHOTS, `add-stage-offscreen-${language}.png`) });
    await page.keyboard.press('Enter');
    await page.locator('.canvas-host').focus();
    await page.keyboard.press('Control+s');
    await expect.poll(async () => stageNames(await readJourney(path)).at(-1)).toBe(language === 'el' ? 'Συνηγορία' : language === 'sv' ? 'Förespråkande' : 'Advocacy');
  });

  it('names stages and lanes one after another with Tab, and a new lane comes with its name field', async () => {
    const doc = gridJourney(['One', 'Two', 'Three'], ['actions', 'thoughts'], [[0, 0, 'A1']]);
    const layout = layoutOf(doc);
    const { page, ...rest } = await open();
    const path = await openJourney({ page, ...rest }, doc, 'names');
    const box = (await page.locator('.canvas-host').boundingBox())!;
    await page.mouse.dblclick(box.x + layout.stages[0]!.x + 60, box.y + 20);
    await page.keyboard.type('Awareness');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Consideration');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Purchase');
    await page.keyboard.press('Enter');
    await page.mouse.dblclick(box.x + 60, box.y + layout.lanes[0]!.y + 20);
    await page.keyboard.type('Customer does');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Customer thinks');
    await page.keyboard.press('Enter');

    await addLaneOfKind(page, tr('en'), 'painPoints');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Name');
    await page.keyboard.type('Friction');
    await page.keyboard.press('Enter');
    const saved = await saveAndRead(page, path);
    expect(stageNames(saved)).toEqual(['Awareness', 'Consideration', 'Purchase']);
    expect(lanesOf(saved)).toEqual(['actions:Customer does', 'thoughts:Customer thinks', 'painPoints:Friction']);
  });

  it('adds another card to a cell by Shift+Enter; Enter keeps the text, Shift+Enter breaks the line, Esc cancels', async () => {
    const doc = gridJourney(['One', 'Two'], ['actions'], [[0, 0, 'A1'], [0, 0, 'A2']]);
    const layout = layoutOf(doc);
    const a1 = layout.cards.find((c) => c.text === 'A1')!;
    const { page, ...rest } = await open();
    const path = await openJourney({ page, ...rest }, doc, 'cards');
    const box = (await page.locator('.canvas-host').boundingBox())!;
    await page.mouse.click(box.x + a1.x + 40, box.y + a1.y + a1.height / 2);
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('Asks a friend');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('and waits');
    await page.keyboard.press('Enter');
    // The new card is selected: Shift+Enter again adds one more; Esc throws it away.
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('Thrown away');
    await page.keyboard.press('Escape');
    // Esc in an edit of a card keeps the card as it was.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.type(' changed');
    await page.keyboard.press('Escape');
    const saved = await saveAndRead(page, path);
    expect(cardTexts(saved, doc.lanes[0]!.id, doc.stages[0]!.id)).toEqual(['A1', 'A2', 'Asks a friend\nand waits']);

    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const row = dialog.locator('.shortcut-row').filter({ hasText: 'Add another card to the cell' });
    expect(await row.locator('kbd').textContent()).toBe('Shift+Enter');
    expect(await dialog.locator('.shortcut-row').filter({ hasText: 'While typing: throw the edit away' }).locator('kbd').textContent()).toBe('Esc');
  });

  it('opens a map with the keyboard on it; from the top of the page, the skip link leads back to it past labelled landmarks', async () => {
    const { page, ...rest } = await open();
    await openJourney({ page, ...rest }, gridJourney(['One'], ['actions'], [[0, 0, 'A1']]), 'landmarks');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('application');
    // The skip link is the page's first Tab stop.
    const skip = page.getByRole('link', { name: 'Skip to the map' });
    const firstStop = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')].find((el) => el.tabIndex >= 0)?.textContent);
    expect(firstStop).toBe('Skip to the map');
    await skip.focus();
    const shown = (await skip.boundingBox())!;
    expect(shown.y).toBeGreaterThanOrEqual(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'skip-link-en.png') });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('application');
    // Arrow keys work from there at once.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('textbox', { name: 'Card text' }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');

    expect(await page.getByRole('banner').count()).toBe(1);
    expect(await page.getByRole('main', { name: 'Map' }).count()).toBe(1);
    expect(await page.getByRole('complementary', { name: 'Inspector' }).count()).toBe(1);
    expect(await page.getByRole('region', { name: 'Journey content' }).count()).toBe(1);
  });

  it('writes dates in the app’s language (Swedish)', async () => {
    const t = tr('sv');
    const { page, ...rest } = await open('sv-SE');
    await openJourney({ page, ...rest }, journeyFrom('blank'), 'dates');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');
    await page.getByRole('button', { name: t('content.bar.details') }).click();
    const next = page.getByLabel(t('content.review.nextReview'));
    expect(await next.getAttribute('lang')).toBe('sv');
    await next.fill('2026-03-14');
    await expect.poll(() => page.getByTestId('date-readout').first().textContent()).toBe('14 mars 2026');
    expect(await next.getAttribute('aria-describedby')).toBe(await page.getByTestId('date-readout').first().getAttribute('id'));
  });
});

describe('an 8-stage map of 50 cards from a pasted spreadsheet, finished by keyboard alone', () => {
  it('pastes 8 stages × 5 lanes, adds and edits cards with keys only, and saves through the picker with Ctrl+S', async () => {
    const stages = ['Awareness', 'Consideration', 'Decision', 'Purchase', 'Onboarding', 'Usage', 'Retention', 'Advocacy'];
    const lanes = ['Actions', 'Touchpoints', 'Thoughts', 'Pain points', 'Opportunities'];
    const tsv = [['', ...stages], ...lanes.map((lane) => [lane, ...stages.map((stage) => `${lane.split(' ')[0]} at ${stage}`)])].map((r) => r.join('\t')).join('\n');
    const { page, folder } = await open();
    await page.getByRole('button', { name: new RegExp(`^${englishT('template.blank.name')}`) }).click();
    await expect.poll(() => page.locator('.canvas-host canvas').count()).toBeGreaterThan(0);

    // From here on, only the keyboard.
    await page.locator('.canvas-host').focus();
    await pasteText(page, tsv);
    await expect.poll(() => toast(page).textContent()).toContain('Pasted 40 cards, 5 new stages, and 4 new lanes. 3 pasted stages filled empty stages in their places.');
    // The paste selects its cards; the keyboard is on the last one (Opportunities at Advocacy).
    for (let i = 8; i >= 1; i -= 1) {
      await page.keyboard.press('Shift+Enter');
      await page.keyboard.type(`Idea ${i}`);
      await page.keyboard.press('Enter');
      // The new card is the cell's last; left goes to the same place in the cell on the left.
      if (i > 1) await page.keyboard.press('ArrowLeft');
    }
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('Slow page');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('No price');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('shown');
    await page.keyboard.press('Enter');
    // Edit the pasted card two above: Enter opens it, Ctrl+End goes to the end of its text.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' (checked)');
    await page.keyboard.press('Enter');

    await page.keyboard.press('Control+s');
    const picker = page.getByRole('dialog', { name: 'Save the journey as' });
    await expect.poll(() => picker.getByRole('textbox', { name: 'File name' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Workshop map');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.title()).toBe('Workshop map — Waymark');

    const saved = await readJourney(join(folder, 'Workshop map.journey'));
    expect(stageNames(saved)).toEqual(stages);
    expect(lanesOf(saved)).toEqual(['actions:Actions', 'touchpoints:Touchpoints', 'thoughts:Thoughts', 'painPoints:Pain points', 'opportunities:Opportunities']);
    expect(saved.cards).toHaveLength(50);
    const laneId = (name: string) => saved.lanes.find((l) => l.name === name)!.id;
    const stageId = (name: string) => saved.stages.find((s) => s.name === name)!.id;
    stages.forEach((stage, i) => expect(cardTexts(saved, laneId('Opportunities'), stageId(stage))).toEqual([`Opportunities at ${stage}`, `Idea ${i + 1}`]));
    expect(cardTexts(saved, laneId('Pain points'), stageId('Awareness'))).toEqual(['Pain at Awareness (checked)', 'Slow page', 'No price\nshown']);
    expect(cardTexts(saved, laneId('Actions'), stageId('Usage'))).toEqual(['Actions at Usage']);
  });
});
