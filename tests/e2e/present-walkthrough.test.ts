import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sortByOrder } from '../../shared/document/order';
import { PRESENT_KEYS } from '../../renderer/present/present-keys';
import { SCREENSHOTS, type PreviewSession } from '../helpers/browser';
import { at, layoutOf, openPreviewOn, selectedInView } from '../helpers/editor';
import { journeyFrom } from '../helpers/journeys';

const doc = journeyFrom('retail');
doc.stages = doc.stages.map((s) => ({ ...s, speakerNotes: `Ask the room: who has felt this at ${s.name}?` }));
const stageNames = sortByOrder(doc.stages).map((s) => s.name);
const firstCard = layoutOf(doc).cards.find((c) => c.stageId === sortByOrder(doc.stages)[0]!.id)!;

const slide = (page: Page) => page.getByTestId('show-slide');
const stepLabel = (page: Page) => page.getByTestId('show-step').textContent();
const progress = (page: Page) => page.getByRole('progressbar', { name: 'Walk-through progress' });
const position = async (page: Page) => Number(await progress(page).getAttribute('aria-valuenow'));
const stageItems = (page: Page) => page.getByRole('list', { name: 'Stages' }).getByRole('listitem');
const focusedStage = (page: Page) => page.locator('.show-stages li[aria-current="step"]');
const zoomLevel = (page: Page) => page.locator('output.zoom-level').textContent();
/** The glide between steps takes under 400 ms (600 at worst, on a busy machine); screenshots wait for it to land. */
const settle = (page: Page) => page.waitForTimeout(700);

describe('presenting a map to a room', () => {
  let session: PreviewSession;
  beforeEach(async () => {
    ({ session } = await openPreviewOn(doc, 'retail', { viewport: { width: 1920, height: 1080 } }));
  });
  afterEach(async () => {
    expect(session.pageErrors).toEqual([]);
    await session.close();
  });

  it('enters full screen without the editing chrome, walks every stage with the keyboard, dims the rest, and Esc returns to the editor where it was', async () => {
    const { page } = session;
    // Somewhere particular in the editor: a card selected, zoomed in.
    const card = await at(page, firstCard.x + 40, firstCard.y + 12);
    await page.mouse.click(card.x, card.y);
    await page.keyboard.press('Control+=');
    await expect.poll(() => zoomLevel(page)).toBe('125%');
    await expect.poll(() => selectedInView(page)).toEqual([firstCard.text]);

    await page.keyboard.press('F5');
    await expect.poll(() => page.locator('.toolbar').count()).toBe(0);
    expect(await page.locator('.inspector').count()).toBe(0);
    // The title slide first: the map's name over the map, no stage in focus.
    await expect.poll(() => stepLabel(page)).toBe(`Title · ${doc.journey.title}`);
    expect(await slide(page).getAttribute('data-slide')).toBe('title');
    expect(await slide(page).getByRole('heading', { level: 1 }).textContent()).toBe(doc.journey.title);
    expect(await focusedStage(page).count()).toBe(0);
    await page.keyboard.press('PageDown');
    await expect.poll(() => stepLabel(page)).toMatch(/^Stage 1 of 6 · Discover · part 1 of \d$/);
    expect(await slide(page).count()).toBe(0);
    expect(await page.getByTestId('cards-in-focus').locator('li').allTextContents()).toContain(firstCard.text);

    // Clickers send PageDown, arrows or Space: every one of them moves on. The stages' parts
    // lie between the title slide (1) and the closing slide (count).
    const count = Number(await progress(page).getAttribute('aria-valuemax'));
    expect(count).toBeGreaterThan(stageNames.length + 2);
    const keys = ['PageDown', 'ArrowRight', 'Space', 'ArrowDown'];
    const visited: string[] = [];
    for (let i = 1; i < count - 1; i += 1) {
      await expect.poll(() => position(page)).toBe(i + 1);
      const current = (await focusedStage(page).textContent()) ?? '';
      visited.push(current.replace(/^\d+ /, ''));
      const states = await stageItems(page).evaluateAll((items) => items.map((li) => li.getAttribute('data-state')));
      expect(states.filter((s) => s === 'focused')).toHaveLength(1);
      expect(states.filter((s) => s === 'dimmed')).toHaveLength(stageNames.length - 1);
      expect(await stepLabel(page)).toContain(visited.at(-1));
      await page.keyboard.press(keys[i % keys.length]!);
    }
    expect([...new Set(visited)]).toEqual(stageNames);
    // The closing slide last: the action plan's top open opportunities.
    await expect.poll(() => position(page)).toBe(count);
    expect(await stepLabel(page)).toBe('Closing · top opportunities');
    expect(await slide(page).getAttribute('data-slide')).toBe('closing');
    expect(await slide(page).getByRole('listitem').count()).toBeGreaterThan(0);
    expect(await focusedStage(page).count()).toBe(0);

    await page.keyboard.press('Home');
    await expect.poll(() => position(page)).toBe(1);
    await expect.poll(() => slide(page).getAttribute('data-slide')).toBe('title');
    await page.keyboard.press('4');
    await expect.poll(() => focusedStage(page).textContent()).toBe('4 Try on');
    await page.keyboard.press('PageUp');
    await expect.poll(() => focusedStage(page).textContent()).toBe('3 Visit the store');
    await page.keyboard.press('End');
    await expect.poll(() => position(page)).toBe(count);
    await expect.poll(() => slide(page).getAttribute('data-slide')).toBe('closing');
    await page.keyboard.press('0');
    await expect.poll(() => stepLabel(page)).toBe('Overview · 6 stages');
    expect(await focusedStage(page).count()).toBe(0);
    expect(await stageItems(page).evaluateAll((items) => items.every((li) => li.getAttribute('data-state') === 'shown'))).toBe(true);

    // Lane by lane, when asked.
    await page.keyboard.press('d');
    await page.keyboard.press('2');
    await expect.poll(() => stepLabel(page)).toBe('Stage 2 of 6 · Research online · Actions');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => stepLabel(page)).toBe('Stage 2 of 6 · Research online · Touchpoints');
    expect(await page.getByTestId('cards-in-focus').locator('li').allTextContents()).toEqual(['Product pages with reviews', 'Store stock checker']);
    await page.keyboard.press('d');
    await expect.poll(() => stepLabel(page)).toMatch(/^Stage 2 of 6 · Research online · part 1 of \d$/);

    // Each theme, as the back of the room sees it.
    await settle(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'present-light.png') });
    for (const theme of ['dark', 'contrast']) {
      await page.keyboard.press('t');
      await expect.poll(() => page.locator(`.map-screen.show-${theme}`).count()).toBe(1);
      await settle(page);
      await page.screenshot({ path: join(SCREENSHOTS, `present-${theme}.png`) });
    }
    await page.keyboard.press('t');

    // On one screen the presenter view is a toggle: notes, next step, timer, controls.
    await page.keyboard.press('p');
    const presenter = page.getByRole('complementary', { name: 'Presenter view' });
    await expect.poll(() => presenter.isVisible()).toBe(true);
    expect(await page.getByTestId('speaker-notes').textContent()).toBe('Ask the room: who has felt this at Research online?');
    expect(await page.getByTestId('presenter-next').textContent()).toMatch(/^Stage 2 of 6 · Research online · part 2 of \d$/);
    // The stopwatch: its value is however long this machine took, so only what it does is checked.
    const timer = presenter.getByRole('timer');
    const shown = (await timer.textContent()) ?? '';
    expect(shown).toMatch(/^\d+:\d\d$/);
    await expect.poll(() => timer.textContent(), { message: 'the stopwatch runs' }).not.toBe(shown);
    await presenter.getByRole('button', { name: 'Pause', exact: true }).click();
    await presenter.getByRole('button', { name: 'Restart', exact: true }).click();
    await expect.poll(() => timer.textContent()).toBe('0:00');
    await presenter.getByRole('button', { name: 'Resume', exact: true }).click();
    await expect.poll(() => presenter.getByRole('button', { name: 'Pause', exact: true }).count()).toBe(1);
    await presenter.getByRole('button', { name: 'Next', exact: true }).click();
    await expect.poll(() => page.getByTestId('presenter-now').textContent()).toMatch(/part 2 of/);
    await settle(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'present-presenter-view.png') });
    await page.keyboard.press('p');
    await expect.poll(() => presenter.count()).toBe(0);

    // ? lists the keys from the table the handler uses; Esc closes the list, not the presentation.
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Presenting: keys' });
    await expect.poll(() => help.isVisible()).toBe(true);
    expect(await help.locator('kbd').count()).toBe(PRESENT_KEYS.length + 1);
    await page.keyboard.press('Escape');
    await expect.poll(() => help.count()).toBe(0);
    expect(await page.locator('.toolbar').count()).toBe(0);

    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.toolbar').count()).toBe(1);
    expect(await zoomLevel(page)).toBe('125%');
    await expect.poll(() => selectedInView(page)).toEqual([firstCard.text]);
  });
});
