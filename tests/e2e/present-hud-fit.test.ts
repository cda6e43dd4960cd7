import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseJourneyText } from '../../shared/document/parse';
import { closeChecked, type PreviewSession, SCREENSHOTS } from '../helpers/browser';
import { openPreviewOn } from '../helpers/editor';

let session: PreviewSession | null = null;
afterEach(async () => {
  await closeChecked(session);
  session = null;
});

const greekRetail = () => parseJourneyText(readFileSync(new URL('../../shared/templates/library/el/retail.journey', import.meta.url), 'utf8'));

describe('the progress bar with long stage names', () => {
  it('shows every stage pill and the current stage’s whole name in Greek at 1280 px; cut names keep a tooltip', async () => {
    const doc = greekRetail();
    ({ session } = await openPreviewOn(doc, 'retail-el', { viewport: { width: 1280, height: 800 }, locale: 'el' }));
    const { page } = session;
    await page.locator('.canvas-host').focus();
    await page.keyboard.press('F5');
    const progress = page.getByRole('progressbar');
    await expect.poll(() => progress.getAttribute('aria-valuemax')).not.toBeNull();
    for (let stage = 0; stage < doc.stages.length; stage += 1) {
      await page.keyboard.press('PageDown');
      const pills = await page.locator('.show-stage').evaluateAll((items) =>
        items.map((li) => {
          const pill = li.firstElementChild as HTMLElement;
          const box = pill.getBoundingClientRect();
          const bar = li.parentElement!.getBoundingClientRect();
          return {
            focused: li.classList.contains('is-focused'),
            whole: pill.scrollWidth <= pill.clientWidth,
            inside: box.left >= bar.left - 0.5 && box.right <= bar.right + 0.5 && box.width >= 24,
            title: pill.getAttribute('title') ?? '',
            text: pill.textContent ?? '',
          };
        }),
      );
      expect(pills).toHaveLength(doc.stages.length);
      pills.forEach((pill, i) => {
        expect(pill.inside, pill.text).toBe(true);
        // No name is cut: a pill shows its whole name or, without room for it, its number alone.
        expect(pill.whole, pill.text).toBe(true);
        expect([String(i + 1), pill.title], pill.title).toContain(pill.text);
        if (pill.focused) expect(pill.text).toBe(pill.title);
      });
      // Room left over goes to names: at least one stage beside the focused one is named.
      expect(pills.filter((p) => p.text === p.title).length).toBeGreaterThan(1);
      if (stage === 2) await page.screenshot({ path: join(SCREENSHOTS, 'present-hud-greek-1280.png') });
    }
  });
});
