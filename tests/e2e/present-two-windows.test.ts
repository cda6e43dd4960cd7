import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPreview, SCREENSHOTS, type PreviewSession } from '../helpers/browser';
import { openJourney } from '../helpers/editor';
import { journeyFrom } from '../helpers/journeys';

const doc = journeyFrom('retail');
doc.stages = doc.stages.map((s, i) => ({ ...s, speakerNotes: `Stage ${i + 1}: let the room react before moving on.` }));

const stepLabel = (page: Page) => page.getByTestId('show-step').textContent();
const pointers = (page: Page) => page.getByTestId('show-pointer').textContent();
const inFocus = (page: Page) => page.getByTestId('cards-in-focus').locator('li').allTextContents();

describe('a presenter view on the laptop and the map on the projector', () => {
  let session: PreviewSession;
  beforeEach(async () => {
    // The context's size is the projector's; the presenter's page is resized to a laptop's.
    session = await openPreview({ viewport: { width: 1920, height: 1080 } });
    await session.page.setViewportSize({ width: 1440, height: 900 });
    await openJourney(session, doc, 'retail');
  });
  afterEach(async () => {
    expect(session.pageErrors).toEqual([]);
    await session.close();
  });

  it('keeps two pages of one session in step: steps, keys from either window, theme, pointers and live edits', async () => {
    const { page: laptop, context } = session;
    const audienceErrors: string[] = [];
    await laptop.keyboard.press('F5');
    await laptop.keyboard.press('p');
    const open = laptop.getByRole('link', { name: 'Open the audience window' });
    const [projector] = await Promise.all([context.waitForEvent('page'), open.click()]);
    projector.on('pageerror', (e) => audienceErrors.push(e.message));

    // The audience says hello; the laptop shows the presenter view, both on the same step.
    await expect.poll(() => laptop.getByText('The audience window is showing the map.').count()).toBe(1);
    // Both open on the title slide, drawn on the wall from the document the laptop sent.
    await expect.poll(() => stepLabel(projector)).toBe(`Title · ${doc.journey.title}`);
    await expect.poll(() => projector.getByTestId('show-slide').getByRole('heading', { level: 1 }).textContent()).toBe(doc.journey.title);
    expect(await stepLabel(laptop)).toBe(await stepLabel(projector));
    await laptop.keyboard.press('PageDown');
    await expect.poll(() => stepLabel(projector)).toMatch(/^Stage 1 of 6 · Discover/);
    expect(await projector.getByTestId('show-slide').count()).toBe(0);
    await expect.poll(async () => (await stepLabel(laptop)) === (await stepLabel(projector))).toBe(true);
    expect(await laptop.getByTestId('speaker-notes').textContent()).toBe('Stage 1: let the room react before moving on.');
    expect(await projector.getByTestId('speaker-notes').count()).toBe(0);

    // Each step is the next part of a stage or the next stage (a stage that fits is one step).
    const first = await stepLabel(projector);
    await laptop.keyboard.press('PageDown');
    await expect.poll(() => stepLabel(projector)).not.toBe(first);
    expect(await stepLabel(laptop)).toBe(await stepLabel(projector));
    // A clicker plugged into the projector's machine works too: its keys go to the presenter.
    const second = await stepLabel(laptop);
    await projector.keyboard.press('PageDown');
    await expect.poll(() => stepLabel(laptop)).not.toBe(second);
    await expect.poll(async () => (await stepLabel(laptop)) === (await stepLabel(projector))).toBe(true);
    // End from the projector's clicker: the closing slide, on both.
    await projector.keyboard.press('End');
    await expect.poll(() => projector.getByTestId('show-slide').getAttribute('data-slide')).toBe('closing');
    expect(await projector.getByTestId('show-slide').getByRole('listitem').count()).toBe(5);
    await expect.poll(() => stepLabel(laptop)).toBe('Closing · top opportunities');
    await laptop.keyboard.press('3');
    await expect.poll(() => stepLabel(projector)).toMatch(/^Stage 3 of 6 · Visit the store/);

    await laptop.keyboard.press('t');
    await expect.poll(() => projector.locator('main.show-dark').count()).toBe(1);

    // Pointers: drawn on the laptop, seen on the wall; the document never changes.
    const canvas = (await laptop.locator('.canvas-host').boundingBox())!;
    const [cx, cy] = [canvas.x + canvas.width * 0.55, canvas.y + canvas.height * 0.3];
    await laptop.keyboard.press('l');
    await laptop.mouse.move(cx, cy);
    await laptop.mouse.move(cx + 20, cy + 10, { steps: 3 });
    await expect.poll(() => pointers(projector)).toContain('Laser pointer on the map.');
    await laptop.keyboard.press('h');
    await laptop.mouse.move(cx - 120, cy + 40);
    await laptop.mouse.down();
    await laptop.mouse.move(cx + 120, cy + 50, { steps: 8 });
    await laptop.mouse.up();
    await expect.poll(() => pointers(projector)).toBe('1 highlighter mark');
    await projector.waitForTimeout(700);
    await projector.screenshot({ path: join(SCREENSHOTS, 'present-audience-dark.png') });
    await laptop.screenshot({ path: join(SCREENSHOTS, 'present-laptop-presenter-dark.png') });
    await laptop.keyboard.press('e');
    await expect.poll(() => pointers(projector)).toBe('0 highlighter marks');
    await laptop.keyboard.press('Escape');

    // A live edit on the laptop reaches the wall.
    await laptop.keyboard.press('Enter');
    await laptop.keyboard.press('Enter');
    await laptop.keyboard.type('Seen from the back row');
    await laptop.keyboard.press('Enter');
    await expect.poll(() => inFocus(projector)).toContain('Seen from the back row');
    await laptop.keyboard.press('Escape');
    await laptop.keyboard.press('Escape');

    // Ending on the laptop ends it on the wall.
    await laptop.keyboard.press('Escape');
    await expect.poll(() => laptop.locator('.toolbar').count()).toBe(1);
    await expect.poll(async () => projector.isClosed() || (await projector.getByRole('status').textContent())?.includes('has ended')).toBe(true);
    expect(audienceErrors).toEqual([]);
  });
});
