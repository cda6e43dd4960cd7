import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sortByOrder } from '../../shared/document/order';
import { createI18n, type Language } from '../../shared/i18n/i18n';
import { participantEdits } from '../../shared/workshop/model';
import { axeViolations } from '../helpers/axe';
import { closeChecked, openPreview, SCREENSHOTS, type PreviewSession } from '../helpers/browser';
import { measureCanvasText } from '../helpers/canvas-contrast';
import { layoutOf, openJourney } from '../helpers/editor';
import { journeyFrom } from '../helpers/journeys';
import { METRICS } from '../../shared/layout/metrics';
import { LOOPBACK, Phone, socketUrl } from '../helpers/workshop-clients';

/**
 * axe-core (WCAG 2.2 A and AA) on the screens a room sees, in English and Greek: the
 * presentation in each of its three themes (title slide, a stage with its neighbours dimmed,
 * the closing slide, the key list), the presenter view, and a live workshop (the start dialog,
 * the join screen, the facilitator's panel with a note from a phone, and the phones' page). The
 * canvas, which axe cannot read, is measured in the rendered pixels: every card text and stage
 * name at 4.5:1 or more against its ground, dimmed ones included. One browser and one preview.
 */
const doc = journeyFrom('retail');
const stages = sortByOrder(doc.stages);
const stageNames = stages.map((s) => s.name);
const layout = layoutOf(doc);

let session: PreviewSession;
let page: Page;
const phones: Phone[] = [];

beforeAll(async () => {
  session = await openPreview({ viewport: { width: 1920, height: 1080 } });
  page = session.page;
}, 120_000);

afterAll(async () => {
  for (const phone of phones) phone.leave();
  await closeChecked(session);
});

// A screen whose test failed may have left a dialog or the presentation open: the next one starts from the editor.
beforeEach(async () => {
  for (let i = 0; i < 4 && (await page.locator('[aria-modal="true"], .map-screen.is-presenting').count()) > 0; i += 1) await page.keyboard.press('Escape');
});

async function expectNoViolations(on: Page, name: string): Promise<void> {
  const found = await axeViolations(on);
  if (found.length > 0) await on.screenshot({ path: join(SCREENSHOTS, `axe-${name}.png`) });
  expect(found, found.join('\n')).toEqual([]);
}

/** Starts the room on 127.0.0.1 only from the start dialog, in the UI's language; the join address from the join screen. */
async function startWorkshop(t: ReturnType<typeof createI18n>['t']): Promise<string> {
  await page.getByRole('button', { name: t('workshopHost.button.start') }).click();
  const dialog = page.getByRole('dialog', { name: t('workshopHost.start.title') });
  await dialog.getByRole('checkbox').first().waitFor();
  for (const box of await dialog.getByRole('checkbox').all()) await box.setChecked((await box.locator('xpath=..').textContent())?.includes(LOOPBACK) ?? false);
  await dialog.getByRole('button', { name: t('workshopHost.start.start'), exact: true }).click();
  const join = page.getByRole('dialog', { name: t('workshopHost.join.title') });
  await join.getByTestId('workshop-join-url').waitFor();
  return `http://${await join.getByTestId('workshop-join-url').textContent()}`;
}

const theme = () => page.locator('.map-screen').getAttribute('class').then((c) => /show-(\w+)/.exec(c ?? '')?.[1]);

describe.each(['en', 'el'] as const)('the room’s screens pass axe in %s', (language: Language) => {
  const t = createI18n(language).t;

  it('sets the language', async () => {
    if (await page.locator('.canvas-host').count() === 0) await openJourney(session, doc, 'retail');
    await page.getByTestId('language-select').selectOption(language);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(language);
  });

  it.each(['light', 'dark', 'contrast'] as const)('presentation in the %s theme: title slide, a stage, the closing slide, the keys', async (wanted) => {
    await page.locator('.canvas-host').focus();
    await page.keyboard.press('F5');
    await expect.poll(() => page.getByRole('progressbar', { name: t('present.progress') }).count()).toBe(1);
    while ((await theme()) !== wanted) await page.keyboard.press('t');
    await page.keyboard.press('Home');
    await expect.poll(() => page.locator('[data-slide="title"]').count()).toBe(1);
    await expectNoViolations(page, `present-title-${wanted}-${language}`);

    // The second stage: its neighbours dimmed on the canvas.
    await page.keyboard.press('2');
    await expect.poll(() => page.getByRole('progressbar', { name: t('present.progress') }).getAttribute('aria-valuenow')).not.toBe('1');
    await page.waitForFunction(() => !document.querySelector('[data-slide]'));
    // Until the glide is over: two screenshots alike.
    await expect.poll(async () => (await page.screenshot()).equals(await page.screenshot())).toBe(true);
    await expectNoViolations(page, `present-stage-${wanted}-${language}`);
    const measured = await measureCanvasText(page, { headerHeight: layout.top, laneHeaderWidth: METRICS.laneHeaderWidth, stageNames });
    await page.screenshot({ path: join(SCREENSHOTS, `present-contrast-${wanted}-${language}.png`) });
    const lowest = [...measured].sort((a, b) => a.ratio - b.ratio).slice(0, 3).map((m) => `${m.text.slice(0, 30)} ${m.ratio.toFixed(2)}:1`);
    console.info(`${wanted} (${language}): ${measured.length} texts on the canvas measured, the lowest ${lowest.join(', ')}`);
    expect(measured.length).toBeGreaterThan(10);
    // Both the second stage's cards and its dimmed neighbours' are among them.
    const inFocus = new Set(doc.cards.filter((c) => c.stageId === stages[1]!.id).map((c) => c.text));
    expect(measured.filter((m) => inFocus.has(m.text)).length).toBeGreaterThan(0);
    expect(measured.filter((m) => !inFocus.has(m.text) && !stageNames.includes(m.text)).length).toBeGreaterThan(0);
    expect(measured.filter((m) => m.ratio < 4.5).map((m) => `${m.text}: ${m.ratio.toFixed(2)}:1`)).toEqual([]);

    await page.keyboard.press('End');
    await expect.poll(() => page.locator('[data-slide="closing"]').count()).toBe(1);
    await expectNoViolations(page, `present-closing-${wanted}-${language}`);
    await page.keyboard.press('?');
    await expect.poll(() => page.getByRole('dialog', { name: t('present.keysTitle') }).count()).toBe(1);
    await expectNoViolations(page, `present-keys-${wanted}-${language}`);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog', { name: t('present.keysTitle') }).count()).toBe(0);

    await page.keyboard.press('p');
    await expect.poll(() => page.getByRole('complementary', { name: t('present.presenterView') }).count()).toBe(1);
    await expectNoViolations(page, `presenter-${wanted}-${language}`);
    await page.keyboard.press('p');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.toolbar').count()).toBe(1);
  }, 180_000);

  it('workshop: the start dialog, the join screen, the facilitator’s panel with a note, the phones’ page', async () => {
    await page.getByRole('button', { name: t('workshopHost.button.start') }).click();
    const start = page.getByRole('dialog', { name: t('workshopHost.start.title') });
    await start.getByRole('checkbox').first().waitFor();
    await expectNoViolations(page, `workshop-start-${language}`);
    await page.keyboard.press('Escape');
    await expect.poll(() => start.count()).toBe(0);

    const url = await startWorkshop(t);
    await expectNoViolations(page, `workshop-join-${language}`);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('button', { name: t('workshopHost.button.panel') }).count()).toBe(1);
    const phone = await Phone.join(socketUrl(Number(new URL(url).port), url.split('/w/')[1]!));
    phones.push(phone);
    participantEdits.addNote(phone.client.own, { stageId: doc.stages[0]!.id, lane: 'painPoints', text: 'Ads everywhere' });
    await expect.poll(() => page.locator('[data-workshop-note]').count()).toBe(1);
    await page.getByRole('button', { name: t('workshopHost.panel.share') }).click();
    await expectNoViolations(page, `workshop-panel-${language}`);

    // The phones' page, as a phone in this language opens it.
    const phonePage = await page.context().newPage();
    await phonePage.setViewportSize({ width: 360, height: 740 });
    await phonePage.addInitScript((tag) => Object.defineProperty(navigator, 'languages', { get: () => [tag] }), language === 'el' ? 'el-GR' : 'en-GB');
    await phonePage.goto(url);
    const phoneT = createI18n(language).t;
    await expect.poll(() => phonePage.getByRole('tab', { name: phoneT('phone.tabs.stages') }).count()).toBe(1);
    await expectNoViolations(phonePage, `phone-stages-${language}`);
    await phonePage.getByRole('button', { name: new RegExp(phoneT('phone.stages.addNote')) }).first().click();
    await expectNoViolations(phonePage, `phone-note-${language}`);
    await phonePage.getByRole('tab', { name: new RegExp(`^${phoneT('phone.tabs.votes')}`) }).click();
    await expectNoViolations(phonePage, `phone-votes-${language}`);
    await phonePage.close();

    await page.getByRole('button', { name: t('workshopHost.panel.end') }).click();
    await page.getByRole('button', { name: t('workshopHost.panel.endConfirm') }).click();
    await expect.poll(() => page.getByRole('button', { name: t('workshopHost.button.start') }).count()).toBe(1);
  }, 120_000);
});
