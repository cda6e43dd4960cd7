import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeChecked, type PreviewSession, SCREENSHOTS } from '../helpers/browser';
import { openJourney, openPreviewOn } from '../helpers/editor';
import { journeyFrom, sparseJourney8 } from '../helpers/journeys';

let session: PreviewSession | null = null;
afterEach(async () => {
  await closeChecked(session);
  session = null;
});

describe('presenting an 8-stage map end to end', () => {
  it('walks the 8 stages of a new customer journey after its title slide in 9 steps (8 key presses; 16 steps before empty parts were skipped), with no page scrollbar in any theme, and a first session’s map in as many presses at 1280x800 as at 1920x1080', async () => {
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

    // The same session: a map from a first session's work, a few cards a stage and one stage
    // filled in more (so some lanes are taller than most stages need). Counted press by press,
    // title and closing slides included, at 1920x1080 and at 1280x800.
    await page.keyboard.press('Escape');
    // Reduced motion: the map jumps to each step, so a screenshot shows where it lands.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openJourney(session, sparseJourney8(), 'first session');
    const presses8 = async (size: { width: number; height: number }) => {
      await page.setViewportSize(size);
      await page.locator('.canvas-host').focus();
      await page.keyboard.press('F5');
      await expect.poll(() => page.getByTestId('show-step').textContent()).toBe('Title · Untitled journey');
      const count = Number(await progress.getAttribute('aria-valuemax'));
      let pressed = 0;
      while (await page.getByTestId('show-step').textContent() !== 'Closing · top opportunities') {
        await page.keyboard.press('PageDown');
        pressed += 1;
        await expect.poll(() => progress.getAttribute('aria-valuenow')).toBe(String(pressed + 1));
        // The second stage: an action, the curve and an opportunity, with the tall empty
        // thoughts and pain points lanes between drawn short, shown whole in one step.
        if (pressed === 2) {
          expect(await page.getByTestId('show-step').textContent()).toMatch(/^Stage 2 of 8 · [^·]+$/);
          await page.screenshot({ path: join(SCREENSHOTS, `present-sparse-stage2-${size.width}.png`) });
        }
      }
      expect(pressed).toBe(count - 1);
      await page.keyboard.press('Escape');
      return pressed;
    };
    const large = await presses8({ width: 1920, height: 1080 });
    const small = await presses8({ width: 1280, height: 800 });
    // The parts are cut at a share of the screen's height, so both sizes walk alike, and a
    // stage's empty card lanes are drawn short: 8 stages in at most 10 presses, title and
    // closing slides included (before: 18 presses at 1920x1080 and 22 at 1280x800).
    expect(small).toBe(large);
    expect(large).toBeLessThanOrEqual(10);
  });
});
