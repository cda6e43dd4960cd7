import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeChecked, type PreviewSession, SCREENSHOTS } from '../helpers/browser';
import { openPreviewOn } from '../helpers/editor';
import { journeyFrom } from '../helpers/journeys';

let session: PreviewSession | null = null;
afterEach(async () => {
  await closeChecked(session);
  session = null;
});

describe('presenting an 8-stage map end to end', () => {
  it('walks the 8 stages of a new customer journey after its title slide in 9 steps (8 key presses; 16 steps before empty parts were skipped), with no page scrollbar in any theme', async () => {
    ({ session } = await openPreviewOn(journeyFrom('journey8'), 'journey8', { viewport: { width: 1920, height: 1080 } }));
    const { page } = session;
    await page.locator('.canvas-host').focus();
    await page.keyboard.press('F5');
    const progress = page.getByRole('progressbar', { name: 'Walk-through progress' });
    // The title slide, then a step per stage; no closing slide, as the new map has no opportunities.
    await expect.poll(() => progress.getAttribute('aria-valuemax')).toBe('9');
    expect(await page.getByTestId('show-step').textContent()).toBe('Title · Untitled journey');
    let presses = 0;
    while (Number(await progress.getAttribute('aria-valuenow')) < 9) {
      await page.keyboard.press('PageDown');
      presses += 1;
      await expect.poll(() => progress.getAttribute('aria-valuenow')).toBe(String(presses + 1));
      expect(await page.getByTestId('show-step').textContent()).toMatch(new RegExp(`^Stage ${presses} of 8 · [^·]+$`));
    }
    expect(presses).toBe(8);
    for (const theme of ['light', 'dark', 'contrast']) {
      await expect.poll(() => page.locator('.map-screen').getAttribute('class')).toContain(`show-${theme}`);
      const scroll = await page.evaluate(() => {
        const root = document.scrollingElement!;
        return { vertical: root.scrollHeight > window.innerHeight, horizontal: root.scrollWidth > window.innerWidth };
      });
      expect(scroll, theme).toEqual({ vertical: false, horizontal: false });
      await page.screenshot({ path: join(SCREENSHOTS, `present-8-stages-${theme}.png`) });
      await page.keyboard.press('t');
    }
  });
});
