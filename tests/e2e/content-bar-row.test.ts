import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serializeJourney } from '../../shared/document/serialize';
import { createI18n } from '../../shared/i18n/i18n';
import { createJourney } from '../../shared/templates/templates';
import { closeChecked, openPreview, previewAddress, SCREENSHOTS, type PreviewSession } from '../helpers/browser';

let session: PreviewSession | null = null;
afterEach(async () => {
  await closeChecked(session);
  session = null;
});

describe('the content band above the map', () => {
  it.each(['el-GR', 'pl-PL'] as const)('stays one row at 1280 px in %s, every control on it reachable by Tab', async (locale) => {
    session = await openPreview({ viewport: { width: 1280, height: 800 }, locale });
    const i18n = createI18n(locale.slice(0, 2) as 'el' | 'pl');
    const doc = createJourney('retail', i18n.t.bind(i18n), locale.slice(0, 2));
    const path = join(session.folder, 'shop.journey');
    await writeFile(path, serializeJourney(doc));
    const { page } = session;
    await page.goto(previewAddress(session.server.url, { open: path }));
    await expect.poll(() => page.locator('.content-bar-actions button').count()).toBeGreaterThan(4);
    const controls = page.locator('.content-bar-actions > button, .content-bar-actions select, .content-bar-actions [role=button]');
    const middles = await controls.evaluateAll((items) => items.map((item) => item.getBoundingClientRect().top + item.getBoundingClientRect().height / 2));
    await page.screenshot({ path: join(SCREENSHOTS, `content-bar-${locale}.png`), clip: { x: 0, y: 0, width: 1280, height: 140 } });
    expect(Math.max(...middles) - Math.min(...middles)).toBeLessThan(4);
    // The buttons sit beside the personas, not below them.
    const [actions, personas] = [await page.locator('.content-bar-actions').boundingBox(), await page.locator('.persona-band').boundingBox()];
    expect(actions!.height).toBeLessThan(44);
    expect(actions!.y).toBeLessThan(personas!.y + personas!.height);
    // Each control takes the keyboard, in order, and names itself.
    const names = await controls.evaluateAll((items) => items.map((item) => (item as HTMLElement).title || item.getAttribute('aria-label') || item.textContent || ''));
    expect(names.every((name) => name.trim() !== '')).toBe(true);
    await controls.first().focus();
    for (let i = 1; i < middles.length; i += 1) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('.content-bar-actions') !== null)).toBe(true);
    }
  });
});
