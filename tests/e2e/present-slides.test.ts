import { join } from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import type { JourneyDocument } from '../../shared/document/schema';
import { createI18n, type Language } from '../../shared/i18n/i18n';
import { topOpportunities } from '../../shared/presentation/slides';
import { createJourney } from '../../shared/templates/templates';
import { closeChecked, type PreviewSession, SCREENSHOTS } from '../helpers/browser';
import { openPreviewOn } from '../helpers/editor';
import { englishT } from '../helpers/journeys';

/** The worked retail example in a language, its persona given a photo (stored as the app stores one). */
async function retailIn(language: Language): Promise<JourneyDocument> {
  const doc = createJourney('retail', englishT, language);
  const photo = await sharp({ create: { width: 96, height: 96, channels: 3, background: '#CC79A7' } }).webp().toBuffer();
  const persona = doc.personas.find((p) => doc.journey.personaIds?.includes(p.id))!;
  return {
    ...doc,
    assets: [...doc.assets, { id: 'PhotoOfPersona1', mimeType: 'image/webp', width: 96, height: 96, data: photo.toString('base64') }],
    personas: doc.personas.map((p) => (p.id === persona.id ? { ...p, photoId: 'PhotoOfPersona1' } : p)),
  };
}

const slide = (page: Page) => page.getByTestId('show-slide');
const stepLabel = (page: Page) => page.getByTestId('show-step').textContent();
const progress = (page: Page) => page.getByRole('progressbar');

/** Every element of the slide inside the window and above the progress bar, and nothing cut off inside it. */
const slideFits = (page: Page) => page.evaluate(() => {
  const section = document.querySelector<HTMLElement>('[data-testid="show-slide"]')!;
  const hud = document.querySelector<HTMLElement>('.show-hud')!.getBoundingClientRect();
  const outside = [...section.querySelectorAll<HTMLElement>('h1, p, li, img')].filter((el) => {
    const box = el.getBoundingClientRect();
    return box.top < 0 || box.left < 0 || box.right > window.innerWidth || box.bottom > hud.top;
  }).map((el) => el.textContent ?? el.tagName);
  const root = document.scrollingElement!;
  return { outside, overflows: section.scrollHeight > section.clientHeight, pageScrolls: root.scrollHeight > window.innerHeight || root.scrollWidth > window.innerWidth };
});

let session: PreviewSession | null = null;
afterEach(async () => {
  await closeChecked(session);
  session = null;
});

describe('the title and closing slides', () => {
  it('open and close the walk-through, reached by Home and End, and can be turned off in the presenter view', async () => {
    const doc = await retailIn('en');
    ({ session } = await openPreviewOn(doc, 'retail', { viewport: { width: 1920, height: 1080 } }));
    const { page } = session;
    await page.keyboard.press('F5');

    // Title: name, goal, and the persona with their photo.
    await expect.poll(() => slide(page).getAttribute('data-slide')).toBe('title');
    expect(await slide(page).getByRole('heading', { level: 1 }).textContent()).toBe(doc.journey.title);
    expect(await slide(page).locator('.show-slide-goal').textContent()).toBe(`Goal ${doc.journey.goal}`);
    const persona = doc.personas.find((p) => p.photoId)!;
    const photo = slide(page).getByRole('img', { name: `Photo of ${persona.name}` });
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(96);
    expect(await slide(page).getByText(persona.name, { exact: true }).count()).toBe(1);
    const count = Number(await progress(page).getAttribute('aria-valuemax'));
    expect(await progress(page).getAttribute('aria-valuenow')).toBe('1');

    // Closing: the plan's open opportunities, highest priority first, five of them.
    await page.keyboard.press('End');
    await expect.poll(() => slide(page).getAttribute('data-slide')).toBe('closing');
    expect(await progress(page).getAttribute('aria-valuenow')).toBe(String(count));
    const expected = topOpportunities(doc);
    expect(expected).toHaveLength(5);
    expect(await slide(page).locator('.show-slide-opportunity').allTextContents()).toEqual(expected.map((r) => r.text));
    expect(await slide(page).locator('.show-slide-meta').first().textContent()).toContain('High');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => stepLabel(page)).toMatch(/^Stage 6 of 6 · /);
    expect(await slide(page).count()).toBe(0);

    // Off in the presenter view: two steps fewer; End is the last stage and Home the first.
    await page.keyboard.press('p');
    const toggle = page.getByRole('checkbox', { name: 'Title and closing slides' });
    expect(await toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await expect.poll(() => progress(page).getAttribute('aria-valuemax')).toBe(String(count - 2));
    await expect.poll(() => stepLabel(page)).toMatch(/^Stage 6 of 6 · /);
    await page.keyboard.press('Home');
    await expect.poll(() => stepLabel(page)).toMatch(/^Stage 1 of 6 · /);
    await page.keyboard.press('End');
    await expect.poll(() => stepLabel(page)).toMatch(/^Stage 6 of 6 · /);
    expect(await slide(page).count()).toBe(0);
    await toggle.check();
    await expect.poll(() => progress(page).getAttribute('aria-valuemax')).toBe(String(count));
    await page.keyboard.press('End');
    await expect.poll(() => slide(page).getAttribute('data-slide')).toBe('closing');
  });

  for (const language of ['en', 'el'] as const) {
    for (const size of [{ width: 1920, height: 1080 }, { width: 1280, height: 800 }]) {
      it(`fit the screen in every theme (${language}, ${size.width}x${size.height})`, async () => {
        const t = createI18n(language).t;
        const doc = await retailIn(language);
        ({ session } = await openPreviewOn(doc, 'retail', { viewport: size }));
        const { page } = session;
        await page.getByTestId('language-select').selectOption(language);
        await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(language);
        await page.locator('.canvas-host').focus();
        await page.keyboard.press('F5');
        for (const [key, name] of [['Home', 'title'], ['End', 'closing']] as const) {
          await page.keyboard.press(key);
          await expect.poll(() => slide(page).getAttribute('data-slide')).toBe(name);
          expect(await stepLabel(page)).toBe(name === 'title' ? t('present.slide.titleLabel', { name: doc.journey.title }) : t('present.slide.closingLabel'));
          if (name === 'closing') expect(await slide(page).getByRole('heading', { level: 1 }).textContent()).toBe(t('present.slide.closingHeading'));
          else expect(await slide(page).locator('.show-slide-goal .show-slide-label').textContent()).toBe(t('present.slide.goal'));
          for (const theme of ['light', 'dark', 'contrast'] as const) {
            await expect.poll(() => page.locator(`.map-screen.show-${theme}`).count()).toBe(1);
            const colours = await slide(page).evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el.querySelector('h1')!).color]);
            expect(colours[0], theme).not.toBe(colours[1]);
            expect(await slideFits(page), `${language} ${size.width} ${name} ${theme}`).toEqual({ outside: [], overflows: false, pageScrolls: false });
            if (theme !== 'contrast') await page.screenshot({ path: join(SCREENSHOTS, `present-${name}-${language}-${size.width}-${theme}.png`) });
            await page.keyboard.press('t');
          }
        }
      });
    }
  }
});
