/**
 * The participant page in Debian's Chromium as a phone: 360x740, mobile, touch, in a language
 * of the test's choosing, against a real WorkshopHost on 127.0.0.1 that serves the built page
 * (out/phone, from `npm run build`).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type BrowserContext, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import type { WorkshopHost } from '../../main/workshop/host';
import { phonePageHandler } from '../../main/workshop/phone-page';
import type { WorkshopPageHandler } from '../../main/workshop/server';
import { openContext, SCREENSHOTS } from './browser';

export const PHONE_PAGE = new URL('../../out/phone', import.meta.url).pathname;
export const PHONE_VIEWPORT = { width: 360, height: 740 };

let handler: Promise<WorkshopPageHandler> | null = null;
/** The page hook over the built page, read once per test file. */
export const builtPhonePage = (): Promise<WorkshopPageHandler> => (handler ??= phonePageHandler(PHONE_PAGE));

export interface PhoneBrowser {
  context: BrowserContext;
  page: Page;
  requests: string[];
  pageErrors: string[];
  close(): Promise<void>;
}

/** A phone: a context in the run's Chromium, mobile and touch at 360x740, in `locale`. */
export async function openPhone(url: string, options: { locale?: string } = {}): Promise<PhoneBrowser> {
  const { context, page, requests, pageErrors } = await openContext(PHONE_VIEWPORT, options.locale ?? 'en-GB', { deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(`console: ${message.text()}`);
  });
  await page.goto(url);
  await mkdir(SCREENSHOTS, { recursive: true });
  return {
    context, page, requests, pageErrors,
    async close() {
      await context.close();
    },
  };
}

/** A room of phones, a context each in the run's Chromium (its own storage, language and touch screen at 360x740). */
export async function openPhoneRoom(url: string, locales: readonly string[]): Promise<{ phones: PhoneBrowser[]; close(): Promise<void> }> {
  const phones = await Promise.all(locales.map((locale) => openPhone(url, { locale })));
  return { phones, close: async () => void (await Promise.all(phones.map((phone) => phone.close()))) };
}

export const joinAddress = async (host: WorkshopHost) => (await host.joinInfo()).links[0]!.url;

/** The card of a stage, found by its heading. */
export const stageCard = (page: Page, name: string): Locator => page.locator('section.stage').filter({ has: page.getByRole('heading', { name, exact: true }) });

/** Until the page says it is online with nothing waiting. */
export async function allSent(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.connection').getAttribute('data-state')).toBe('online');
  await expect.poll(() => page.locator('.connection').getAttribute('data-waiting')).toBe('0');
}

/** Adds a note by touch: opens the stage's form, picks the lane, types, taps Add. */
export async function addNoteByTouch(page: Page, stage: string, lane: string, text: string): Promise<void> {
  const card = stageCard(page, stage);
  await card.getByRole('button', { name: /Add a note/ }).tap();
  await card.getByRole('radio', { name: lane }).tap();
  await card.getByRole('textbox', { name: 'Your note' }).fill(text);
  await card.getByRole('button', { name: 'Add note' }).tap();
  await expect.poll(() => card.getByRole('listitem').filter({ hasText: text }).count()).toBe(1);
}

export const screenshot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, name), fullPage: false });
