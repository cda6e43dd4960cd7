import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { LANE_KINDS } from '../../shared/document/schema';
import { serializeJourney } from '../../shared/document/serialize';
import { createI18n, SUPPORTED_LANGUAGES, type Language } from '../../shared/i18n/i18n';
import { axeViolations } from '../helpers/axe';
import { closeChecked, openPreview, type PreviewSession, SCREENSHOTS } from '../helpers/browser';
import { openJourney, openPreviewOn, saveAndRead } from '../helpers/editor';
import { journeyFrom } from '../helpers/journeys';

const tr = (language: Language) => createI18n(language).t;
let session: PreviewSession | null = null;
afterEach(async () => {
  await closeChecked(session);
  session = null;
});

const chooseLanguage = async (page: Page, language: Language) => {
  await page.getByTestId('language-select').selectOption(language);
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(language);
};

/** Every control of the toolbar with its box: one row means they all sit between its top and bottom. */
const toolbarControls = (page: Page) =>
  page.locator('.toolbar').evaluate((bar) => {
    const own = bar.getBoundingClientRect();
    return {
      height: own.height,
      top: own.top,
      bottom: own.bottom,
      controls: [...bar.querySelectorAll<HTMLElement>('button, select, input, output, label')]
        .filter((el) => el.offsetParent !== null && !el.closest('.visually-hidden') && !el.closest('[role="menu"]'))
        .map((el) => {
          const box = el.getBoundingClientRect();
          return { name: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName, title: el.getAttribute('title'), top: box.top, bottom: box.bottom, left: box.left, right: box.right, clipped: el.scrollWidth > el.clientWidth + 1 && el.tagName === 'BUTTON' };
        }),
    };
  });

/** Where every toolbar control, the band and the map are: equal before and after means nothing moved. */
const chromeBoxes = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.toolbar button, .toolbar select, .toolbar input, .content-bar, .canvas-host')].map((el) => {
    const box = el.getBoundingClientRect();
    const name = el.closest('.toolbar') ? (el.getAttribute('aria-label') ?? el.textContent) : el.className;
    return `${name}: ${box.x},${box.y},${box.width},${box.height}`;
  }));

describe('the editor’s chrome and the start screen, for the first hour', () => {
  it('keeps the toolbar to one compact row at 1280 px in every language, its icon buttons named and with tooltips, and persona names whole', async () => {
    session = await openPreview({ viewport: { width: 1280, height: 800 } });
    const { page } = session;
    for (const language of SUPPORTED_LANGUAGES) {
      const t = tr(language);
      await chooseLanguage(page, language);
      await page.getByRole('button', { name: t('template.retail.name') }).click();
      await expect.poll(() => page.locator('.canvas-host canvas').count()).toBeGreaterThan(0);
      const bar = await toolbarControls(page);
      // One row: no taller than a title over its status line, and every control inside it.
      expect(bar.height, language).toBeLessThanOrEqual(56);
      for (const control of bar.controls) {
        expect(control.top, `${language}: ${control.name}`).toBeGreaterThanOrEqual(bar.top);
        expect(control.bottom, `${language}: ${control.name}`).toBeLessThanOrEqual(bar.bottom);
        expect(control.right, `${language}: ${control.name}`).toBeLessThanOrEqual(1280);
        expect(control.clipped, `${language}: ${control.name}`).toBe(false);
      }
      // The icon buttons say what they do, aloud and on hover, in the language.
      for (const key of ['toolbar.undo', 'toolbar.redo', 'toolbar.addStage', 'toolbar.addLane', 'toolbar.fit', 'editor.saveAs', 'exchange.menu.import', 'exchange.menu.export', 'editor.close', 'present.views.open']) {
        const button = page.locator('.toolbar').getByRole('button', { name: t(key), exact: true });
        expect(await button.getAttribute('title'), `${language}: ${key}`).toBe(t(key));
      }
      expect(await page.locator('.toolbar').getByRole('checkbox', { name: t('toolbar.autosave') }).getAttribute('aria-label')).toBe(t('toolbar.autosave'));
      // The persona's name is there in full (wrapped if it must, never cut off).
      const name = page.getByTestId('persona-chip').locator('strong');
      expect(await name.evaluate((el) => el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1), language).toBe(true);
      await page.screenshot({ path: join(SCREENSHOTS, `chrome-toolbar-${language}-1280.png`) });
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.screenshot({ path: join(SCREENSHOTS, `chrome-toolbar-${language}-1920.png`) });
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.getByRole('button', { name: t('editor.close'), exact: true }).click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(t('start.heading'));
    }
  });

  it('moves nothing when “Unsaved changes” appears, nor when it turns to “Saved at”, nor when another program changes the file', async () => {
    let path: string;
    ({ session, path } = await openPreviewOn(journeyFrom('retail'), 'retail', { viewport: { width: 1280, height: 800 } }));
    const { page } = session;
    await page.getByRole('checkbox', { name: 'Autosave' }).uncheck();
    const before = await chromeBoxes(page);
    expect(await page.getByTestId('save-status').textContent()).toBe('');
    // An edit by keyboard: a new stage, named in place.
    await page.getByRole('button', { name: 'Add stage', exact: true }).click();
    await page.keyboard.type('Return');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('save-status').textContent()).toBe('Unsaved changes');
    expect(await chromeBoxes(page)).toEqual(before);
    await page.locator('.canvas-host').focus();
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByTestId('save-status').textContent()).toMatch(/^Saved at/);
    expect(await chromeBoxes(page)).toEqual(before);

    // Another program changes the file while the map has edits: its notice comes under the
    // toolbar, so a click on Save at that moment still lands on Save.
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByTestId('save-status').textContent()).toBe('Unsaved changes');
    const theirs = journeyFrom('retail');
    await writeFile(path, serializeJourney({ ...theirs, journey: { ...theirs.journey, title: 'Theirs' } }));
    const notice = page.getByRole('status').filter({ hasText: '“retail” was changed by another program' });
    await expect.poll(() => notice.count()).toBe(1);
    const inToolbar = (boxes: string[]) => boxes.filter((box) => !/^(content-bar|canvas-host)/.test(box));
    expect(inToolbar(await chromeBoxes(page))).toEqual(inToolbar(before));
    const [toolbar, shown] = await Promise.all([page.locator('.toolbar').boundingBox(), notice.boundingBox()]);
    expect(shown!.y).toBeGreaterThanOrEqual(toolbar!.y + toolbar!.height);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'chrome-disk-notice.png') });
  });

  it('adds a lane of any kind from the Add lane menu with the keyboard alone', async () => {
    const opened = await openPreviewOn(journeyFrom('blank'), 'blank', { viewport: { width: 1280, height: 800 } });
    session = opened.session;
    const { page } = session;
    const { path } = opened;
    const button = page.getByRole('button', { name: 'Add lane', exact: true });
    await button.focus();
    await page.keyboard.press('ArrowDown');
    const menu = page.getByRole('menu', { name: 'Add lane' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Actions');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await page.screenshot({ path: join(SCREENSHOTS, 'chrome-add-lane-menu.png') });
    // Esc closes it and gives the keyboard back to the button; nothing is added.
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Add lane');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Actions');
    await page.keyboard.press('ArrowUp'); // wraps to the last kind
    await page.keyboard.press('ArrowUp');
    const chosen = await page.evaluate(() => document.activeElement?.textContent);
    await page.keyboard.press('Enter');
    await expect.poll(() => menu.count()).toBe(0);
    const saved = await saveAndRead(page, path);
    const kind = LANE_KINDS.at(-2)!;
    expect(chosen).toBe(tr('en')(`lane.${kind}`));
    expect(saved.lanes.map((l) => l.kind)).toEqual(['actions', kind]);
  });

  it('shows Open and Recent without scrolling at 1280 × 800, and the picker lists the folder’s journeys, in subfolders too', async () => {
    session = await openPreview({ viewport: { width: 1280, height: 800 } });
    const { page, folder } = session;
    for (const name of ['Retail', 'Travel', 'Banking']) await openJourney(session, journeyFrom('retail'), name);
    await mkdir(join(folder, 'client-a'));
    await writeFile(join(folder, 'client-a', 'Onboarding.journey'), serializeJourney(journeyFrom('journey8')));
    await writeFile(join(folder, '.hidden.journey'), serializeJourney(journeyFrom('blank')));
    await symlink(join(folder, 'client-a', 'Onboarding.journey'), join(folder, 'Linked.journey'));
    await page.goto(session.server.url);
    const open = page.getByRole('button', { name: 'Open a journey…' });
    await open.waitFor();
    const recent = page.getByRole('region', { name: 'Recent journeys' });
    await expect.poll(() => recent.getByRole('listitem').count()).toBe(3);
    const inView = async (locator: ReturnType<Page['locator']>) => {
      const box = await locator.boundingBox();
      return box !== null && box.y >= 0 && box.x >= 0 && box.y + box.height <= 800 && box.x + box.width <= 1280;
    };
    expect(await inView(open)).toBe(true);
    expect(await inView(page.getByRole('button', { name: 'Import…' }))).toBe(true);
    for (const item of await recent.getByRole('listitem').all()) expect(await inView(item)).toBe(true);
    expect(await page.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'start-screen-1280.png') });

    await open.click();
    const picker = page.getByRole('dialog', { name: 'Open a journey' });
    await expect.poll(() => picker.getByRole('listitem').allTextContents()).toEqual(['Banking', 'client-a/Onboarding', 'Linked', 'Retail', 'Travel']);
    await page.screenshot({ path: join(SCREENSHOTS, 'start-picker-1280.png') });
    await picker.getByRole('button', { name: 'client-a/Onboarding' }).click();
    await expect.poll(() => page.title()).toBe('Onboarding — Waymark');

    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await open.waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'start-screen-1920.png') });
  });
});
