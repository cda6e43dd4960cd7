import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { AppLanguage } from '../../main/app-language';
import { startPreviewServer, type PreviewServer } from '../../main/preview/server';
import { SettingsStore } from '../../main/services/settings-store';
import type { JourneyDocument } from '../../shared/document/schema';
import { createI18n, LANGUAGE_NAMES, SUPPORTED_LANGUAGES, type Language } from '../../shared/i18n/i18n';
import { openContext, previewAddress, previewServerOptions, requestsLeavingLoopback, SCREENSHOTS, waitForApp } from '../helpers/browser';
import { menuOf } from '../helpers/menu';

const tr = (language: Language) => createI18n(language).t;

interface Session { server: PreviewServer; context: BrowserContext; page: Page; folder: string; userData: string; errors: string[]; requests: string[] }
let session: Session | null = null;

/** The preview in Chromium whose OS locale is `locale` (navigator.languages), with a fresh profile. */
async function openWithLocale(locale: string): Promise<Session> {
  const folder = await mkdtemp(join(tmpdir(), 'waymark-i18n-'));
  const userData = await mkdtemp(join(tmpdir(), 'waymark-i18n-user-data-'));
  const server = await startPreviewServer(previewServerOptions(folder, userData));
  const { context, page, pageErrors: errors, requests } = await openContext(undefined, locale);
  await page.goto(server.url);
  await waitForApp(page);
  await mkdir(SCREENSHOTS, { recursive: true });
  session = { server, context, page, folder, userData, errors, requests };
  return session;
}

afterEach(async () => {
  if (!session) return;
  const { context, server, folder, userData, errors, requests } = session;
  session = null;
  await context.close();
  await server.close();
  await rm(folder, { recursive: true, force: true });
  await rm(userData, { recursive: true, force: true });
  expect(errors).toEqual([]);
  expect(requestsLeavingLoopback(requests)).toEqual([]);
});

/**
 * Visible controls and headings whose text does not fit their box (clipped or spilling out),
 * and drop-downs too narrow for the choice they show.
 */
const overflowing = (page: Page) =>
  page.evaluate(() => {
    const ruler = document.createElement('canvas').getContext('2d')!;
    const tooNarrow = (el: HTMLElement) => {
      if (!(el instanceof HTMLSelectElement)) return el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'auto';
      ruler.font = getComputedStyle(el).font;
      return ruler.measureText(el.selectedOptions[0]?.text ?? '').width + 24 > el.clientWidth;
    };
    return [...document.querySelectorAll<HTMLElement>('button, h1, h2, h3, label, th, select, .template-card strong, .toolbar *:not(input)')]
      .filter((el) => el.offsetParent !== null && !el.closest('.visually-hidden') && tooNarrow(el))
      .map((el) => (el instanceof HTMLSelectElement ? el.selectedOptions[0]?.text : el.textContent?.trim().slice(0, 60)) || el.outerHTML.slice(0, 120));
  });

const chooseLanguage = async (page: Page, language: Language) => {
  await page.getByTestId('language-select').selectOption(language);
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(language);
};

const savedStatus = (language: Language) => new RegExp(`^${tr(language)('editor.savedAt', { time: 'TIME' }).replace('TIME', '.+')}$`);

/** Saves a new map through the in-page picker, in the UI's language; returns the file as written. */
async function saveAs(page: Page, language: Language, folder: string, name: string): Promise<Buffer> {
  const t = tr(language);
  await page.getByRole('application').focus();
  await page.keyboard.press('Control+Shift+s');
  const dialog = page.getByRole('dialog', { name: t('picker.saveTitle') });
  await dialog.getByRole('textbox', { name: t('picker.fileName') }).fill(name);
  await dialog.getByRole('button', { name: t('picker.save'), exact: true }).click();
  await expect.poll(() => page.title()).toBe(`${name} — Waymark`);
  await expect.poll(() => page.getByTestId('save-status').textContent()).toMatch(savedStatus(language));
  return readFile(join(folder, `${name}.journey`));
}

/** Adds a card by double-clicking the first lane's cell of stage `stage` and typing. */
async function typeCard(page: Page, stage: number, type: (page: Page) => Promise<void>): Promise<void> {
  const box = (await page.locator('.canvas-host').boundingBox())!;
  await page.mouse.dblclick(box.x + 200 + 260 * stage + 130, box.y + 56 + 40);
  await expect.poll(() => page.locator('textarea').count()).toBeGreaterThan(0);
  await type(page);
  await page.keyboard.press('Enter');
}

describe('Waymark in Swedish, Polish, Romanian and Greek (Chromium through the preview server)', () => {
  it('starts in the OS language, switches on the start screen without a reload, remembers it, and main’s menu follows', async () => {
    const { page, userData } = await openWithLocale('el-GR');
    const heading = () => page.getByRole('heading', { level: 1 }).textContent();
    await expect.poll(heading).toBe('Ξεκινήστε έναν χάρτη ταξιδιού πελάτη');

    for (const language of ['el', 'sv', 'ro', 'en', 'pl'] as const) {
      const t = tr(language);
      await chooseLanguage(page, language);
      await expect.poll(heading).toBe(t('start.heading'));
      expect(await page.getByLabel(t('language.label')).inputValue()).toBe(language);
      // The gallery is its own chunk: it may arrive after the rest of the start screen.
      await expect.poll(() => page.getByRole('button', { name: t('template.journey8.name') }).isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: t('start.open') }).isVisible()).toBe(true);
      expect(await overflowing(page)).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, `i18n-start-${language}.png`), fullPage: true });
    }
    // Remembered over the OS language: a new start of the page comes back in Polish.
    await page.reload();
    await expect.poll(heading).toBe('Zacznij mapę podróży klienta');

    // Main reads the same settings: its menu (plain data) comes out in Polish, Polski ticked.
    const settings = new SettingsStore(userData);
    const menu = menuOf(new AppLanguage(['el-GR'], (await settings.get()).language));
    expect(menu.top).toEqual(['Plik', 'Edycja', 'Widok', 'Okno', 'Pomoc']);
    expect([menu.item('new'), menu.item('open'), menu.item('save'), menu.item('import'), menu.item('zoomFit')])
      .toEqual(['Nowa mapa podróży', 'Otwórz…', 'Zapisz', 'Importuj…', 'Dopasuj do okna']);
    expect(menu.language).toBe('Język');
    expect(menu.choices.filter((c) => c.checked).map((c) => c.label)).toEqual(['Polski']);
    expect(menu.choices.map((c) => c.label)).toEqual(SUPPORTED_LANGUAGES.map((l) => LANGUAGE_NAMES[l]));
  });

  it('offers templates in the chosen language and draws the map in each; screenshots', async () => {
    const { page, folder } = await openWithLocale('en-US');
    for (const language of SUPPORTED_LANGUAGES) {
      const t = tr(language);
      await chooseLanguage(page, language);
      await page.getByRole('button', { name: t('template.journey8.name') }).click();
      await expect.poll(() => page.locator('.canvas-host canvas').count()).toBeGreaterThan(0);
      await typeCard(page, 0, (p) => p.keyboard.type(t('template.journey8.description')));
      expect(await overflowing(page)).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, `i18n-map-${language}.png`) });
      const saved = JSON.parse((await saveAs(page, language, folder, `map-${language}`)).toString('utf8')) as JourneyDocument;
      // The template's names in the language chosen when the map was made; the map's own text as typed.
      expect(saved.stages.map((s) => s.name)).toEqual(
        ['awareness', 'consideration', 'decision', 'purchase', 'onboarding', 'usage', 'retention', 'advocacy'].map((k) => t(`stage.${k}`)));
      expect(saved.lanes[0]!.name).toBe(t('lane.actions'));
      expect(saved.journey.title).toBe(t('app.untitled'));
      expect(saved.cards.map((c) => c.text)).toEqual([t('template.journey8.description')]);
      await page.getByRole('button', { name: t('editor.close'), exact: true }).click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(t('start.heading'));
    }
    // Worked examples come written in the chosen language.
    await chooseLanguage(page, 'pl');
    await page.getByRole('button', { name: tr('pl')('template.retail.name') }).click();
    await expect.poll(() => page.getByTestId('cards-in-view').textContent()).toContain('Po 10-kilometrowym biegu zauważa, że buty są zdarte');
    await page.screenshot({ path: join(SCREENSHOTS, 'i18n-example-retail-pl.png') });
    await page.getByRole('button', { name: tr('pl')('editor.close'), exact: true }).click();
    // Switching the language later never rewrites a map: the Greek map stays Greek in English.
    await chooseLanguage(page, 'en');
    await page.getByRole('button', { name: /map-el/ }).click();
    await expect.poll(() => page.getByTestId('cards-in-view').textContent()).toContain(tr('el')('template.journey8.description'));
    await page.screenshot({ path: join(SCREENSHOTS, 'i18n-greek-map-english-ui.png') });
  });

  it('fits the longest words: a service blueprint, fitted to the window, and the shortcut list, in Greek and Romanian', async () => {
    const { page } = await openWithLocale('el-GR');
    for (const language of ['el', 'ro'] as const) {
      const t = tr(language);
      await chooseLanguage(page, language);
      await page.getByRole('button', { name: t('template.serviceBlueprint.name') }).click();
      await expect.poll(() => page.locator('.canvas-host canvas').count()).toBeGreaterThan(0);
      await page.getByRole('button', { name: t('toolbar.fit'), exact: true }).click();
      await page.screenshot({ path: join(SCREENSHOTS, `i18n-blueprint-${language}.png`) });
      await page.getByRole('button', { name: t('toolbar.shortcuts') }).click();
      const overlay = page.getByRole('dialog', { name: t('shortcuts.title') });
      await expect.poll(() => overlay.isVisible()).toBe(true);
      expect(await overflowing(page)).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, `i18n-shortcuts-${language}.png`) });
      await overlay.getByRole('button', { name: t('shortcuts.close') }).click();
      await page.getByRole('button', { name: t('editor.close'), exact: true }).click();
      // Unsaved new map: the page asks nothing in the preview; the start screen is back.
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(t('start.heading'));
    }
    // A worked example with its content band and action plan (drop-downs of statuses), in each language.
    for (const language of SUPPORTED_LANGUAGES) {
      const t = tr(language);
      await chooseLanguage(page, language);
      await page.getByRole('button', { name: t('template.banking.name') }).click();
      await page.getByRole('button', { name: new RegExp(t('content.actionPlan.heading')) }).click();
      await expect.poll(() => page.getByRole('table').count()).toBe(1);
      expect(await overflowing(page), language).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, `i18n-action-plan-${language}.png`) });
      await page.getByRole('button', { name: t('content.close') }).click();
      await page.getByRole('button', { name: t('editor.close'), exact: true }).click();
    }
  });

  it('a journey typed in Greek and Polish round-trips byte for byte: save, reopen, save again, export', async () => {
    const { page, folder } = await openWithLocale('pl-PL');
    const t = tr('pl');
    const polish = 'Klient czeka na odpowiedź — długa kolejka, żółć i źdźbło';
    const greek = 'Ο πελάτης περιμένει απάντηση· η παράδοση καθυστέρησε';
    // Decomposed input, as some keyboards and programs send it, enters the map composed (NFC).
    const decomposed = 'Ελληνικά με τόνους: άέήίόύώ ΐΰ; Łódź, Ćma'.normalize('NFD');
    // Chosen, not only the OS's: the preview server (whose own locale is the shell's) then exports in Polish too.
    await chooseLanguage(page, 'pl');
    await page.getByRole('button', { name: t('template.buyer5.name') }).click();
    await typeCard(page, 0, (p) => p.keyboard.type(polish));
    await typeCard(page, 1, (p) => p.keyboard.type(greek));
    await typeCard(page, 2, (p) => p.keyboard.insertText(decomposed));
    const title = page.getByRole('textbox', { name: t('editor.titleLabel') });
    await title.fill('Podróż klienta · Ταξίδι πελάτη');
    await title.press('Enter');

    const first = await saveAs(page, 'pl', folder, 'Łódź και Αθήνα');
    const doc = JSON.parse(first.toString('utf8')) as JourneyDocument;
    expect(doc.cards.map((c) => c.text)).toEqual([polish, greek, decomposed.normalize('NFC')]);
    expect(doc.journey.title).toBe('Podróż klienta · Ταξίδι πελάτη');
    expect(first.toString('utf8')).toBe(first.toString('utf8').normalize('NFC'));

    // Reopen from disk, as the OS would, and find the same text; saving again writes the same bytes.
    const path = join(folder, 'Łódź και Αθήνα.journey');
    await page.goto(previewAddress(session!.server.url, { open: path }));
    await expect.poll(() => page.title()).toBe('Łódź και Αθήνα — Waymark');
    await expect.poll(() => page.getByTestId('cards-in-view').locator('li').allTextContents()).toEqual([polish, greek, decomposed.normalize('NFC')]);
    expect(await title.inputValue()).toBe('Podróż klienta · Ταξίδι πελάτη');
    expect(await saveAs(page, 'pl', folder, 'kopia')).toEqual(first);

    // Export from the Polish UI: the dialog speaks Polish, the files carry the text unchanged.
    for (const format of ['md', 'csv'] as const) {
      await page.getByRole('button', { name: t('exchange.menu.export') }).click();
      const dialog = page.getByRole('dialog', { name: t('exchange.dialog.exportTitle') });
      await dialog.getByRole('combobox', { name: t('exchange.dialog.format') }).selectOption(format);
      await expect.poll(() => dialog.getByRole('textbox', { name: t('exchange.dialog.fileName') }).inputValue()).toBe(`kopia.${format}`);
      await dialog.getByRole('button', { name: t('exchange.dialog.export') }).click();
      const out = join(folder, `kopia.${format}`);
      await expect.poll(() => dialog.getByRole('status').textContent()).toBe(t('exchange.dialog.exported', { path: out }));
      if (format === 'md') await page.screenshot({ path: join(SCREENSHOTS, 'i18n-export-dialog-pl.png') });
      await dialog.getByRole('button', { name: t('exchange.dialog.close') }).click();
      const text = await readFile(out, 'utf8');
      for (const typed of [polish, greek, decomposed.normalize('NFC')]) expect(text, format).toContain(typed);
      // The export's own words follow the UI language too.
      if (format === 'md') expect(text).toContain(`## ${t('exchange.report.byStage')}`);
    }
  });
});
