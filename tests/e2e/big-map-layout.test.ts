import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { generateJourney } from '../bench/generate-journey';
import { cardsInView, openJourney, withOpenJourney } from '../helpers/editor';

/** 3,000 cards in 12 stages and 10 lanes: big enough for the first-screen layout. */
const doc = generateJourney({ cards: 3000, seed: 7 });

interface DrawnCard { id: string; x: number; y: number; height: number; lines: number }

/** The cards the canvas draws now, with the lines each is painted in. */
const drawnCards = (page: Page): Promise<DrawnCard[]> =>
  page.evaluate(() => {
    type Node = { getAttr(name: string): unknown; x(): number; y(): number; height(): number };
    const konva = (window as unknown as { Konva: { stages: { find(selector: string): Node[] }[] } }).Konva;
    return konva.stages.flatMap((stage) => stage.find('.card')).map((card) => ({
      id: String(card.getAttr('cardId')),
      x: card.x(),
      y: card.y(),
      height: card.height(),
      lines: (card.getAttr('cardLines') as string[]).length,
    }));
  });

const heightFor = (lines: number) => Math.max(44, 20 + 20 * lines);

describe('a big map', () => {
  const open = withOpenJourney(doc, 'big');

  it('draws the first screen where the exact layout puts it, and is exact everywhere once idle', async () => {
    const { page } = open.session;
    await expect.poll(() => cardsInView(page).then((cards) => cards.length)).toBeGreaterThan(0);
    const first = await drawnCards(page);
    expect(first.length).toBeGreaterThan(5);
    for (const card of first) expect(card.height, card.id).toBe(heightFor(card.lines));

    // Lanes below the first screen were laid out from an estimate; the exact layout follows when idle.
    await page.waitForTimeout(1500);
    const settled = new Map((await drawnCards(page)).map((card) => [card.id, card]));
    for (const card of first) expect(settled.get(card.id), card.id).toEqual(card);

    // Far down the map every card is exactly as tall as its lines.
    const canvas = page.locator('.canvas-host');
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 10; i += 1) await page.mouse.wheel(0, 2000);
    await expect.poll(async () => (await drawnCards(page)).some((card) => !settled.has(card.id))).toBe(true);
    const below = await drawnCards(page);
    const lowest = Math.max(...below.map((card) => card.y));
    // Lanes that start below the screen's height were the estimated ones.
    expect(lowest).toBeGreaterThan(await page.evaluate(() => window.screen.height));
    for (const card of below) expect(card.height, card.id).toBe(heightFor(card.lines));
  });

  it('lists the cards for screen readers in the frame that first draws them', async () => {
    const { page } = open.session;
    // Each frame from the page's start: the first one with cards on the canvas notes how many the grid lists.
    await page.addInitScript(() => {
      const w = window as unknown as { Konva?: { stages: { find(selector: string): unknown[] }[] }; listedAtFirstCards?: number };
      const frame = () => {
        const drawn = w.Konva?.stages.some((stage) => stage.find('.card').length > 0) ?? false;
        if (drawn) w.listedAtFirstCards = document.querySelectorAll('[data-testid="cards-in-view"] li').length;
        else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    await openJourney(open.session, doc, 'again');
    await expect.poll(() => page.evaluate(() => (window as unknown as { listedAtFirstCards?: number }).listedAtFirstCards)).toBeGreaterThan(0);
  });
});
