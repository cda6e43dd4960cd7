import type { Page } from 'playwright-core';
import { VIEWPORT } from './bench-browser';
import { cardNearCentre, cardPlaces, mapScales, startDragLatency, startFrames, stopDragLatency, stopFrames, type Point } from './page-probes';
import { spread, type Spread } from './stats';

/** A figure the app cannot produce yet, and why. */
export interface Unavailable { unavailable: string }
export interface DragFigures { frames: Spread; latency: Spread }

const CENTRE: Point = { x: VIEWPORT.width / 2, y: VIEWPORT.height / 2 };

/**
 * Real input for `ms`: `step(sign)` sends one event (Chromium delivers one per frame, so each
 * call takes about a frame); the first half goes one way (sign 1), the second half back (-1).
 */
async function forAndBack(ms: number, step: (sign: 1 | -1) => Promise<void>): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < ms) await step(Date.now() - start < ms / 2 ? 1 : -1);
}

/** Frame times (requestAnimationFrame deltas) while `drive` applies input. */
async function framesDuring(page: Page, drive: () => Promise<void>): Promise<number[]> {
  await page.evaluate(startFrames);
  await drive();
  return page.evaluate(stopFrames);
}

/** Wheel scroll over the middle of the map, diagonally, like a trackpad flick and back. */
export async function measurePan(page: Page, ms: number): Promise<Spread> {
  await page.mouse.move(CENTRE.x, CENTRE.y);
  return spread(await framesDuring(page, () => forAndBack(ms, (sign) => page.mouse.wheel(12 * sign, 36 * sign))));
}

/** Ctrl+wheel (what a pinch sends) out, then back in, if Ctrl+wheel changes the map's scale. */
export async function measureZoom(page: Page, ms: number): Promise<Spread | Unavailable> {
  await page.mouse.move(CENTRE.x, CENTRE.y);
  const before = await page.evaluate(mapScales);
  await page.keyboard.down('Control');
  try {
    await page.mouse.wheel(0, 8);
    await page.waitForTimeout(100);
    if ((await page.evaluate(mapScales)) === before) return { unavailable: 'Ctrl+wheel does not change the map scale yet' };
    return spread(await framesDuring(page, () => forAndBack(ms, (sign) => page.mouse.wheel(0, 8 * sign))));
  } finally {
    await page.keyboard.up('Control');
  }
}

/**
 * Presses a card near the middle and moves it around for `ms`: frame times and pointer-to-frame
 * latency, if the card follows the pointer (it is drawn somewhere else while the button is down).
 */
export async function measureDrag(page: Page, ms: number): Promise<DragFigures | Unavailable> {
  const card = await page.evaluate(cardNearCentre);
  if (!card) return { unavailable: 'no card in view to drag' };
  const before = await page.evaluate(cardPlaces, card.text);
  await page.mouse.move(card.at.x, card.at.y);
  await page.mouse.down();
  await page.evaluate(startDragLatency);
  let moves = 0;
  const farthest: { places?: string } = {};
  const frames = await framesDuring(page, () =>
    forAndBack(ms, async (sign) => {
      if (sign === -1) farthest.places ??= await page.evaluate(cardPlaces, card.text);
      moves += sign;
      await page.mouse.move(card.at.x + moves * 6, card.at.y + moves * 3);
    }),
  );
  const latencies = await page.evaluate(stopDragLatency);
  // Back where it started, then released: the drop changes nothing.
  await page.mouse.move(card.at.x, card.at.y);
  await page.mouse.up();
  if (farthest.places === undefined || farthest.places === before) return { unavailable: 'pressing and moving a card does not drag it yet' };
  return { frames: spread(frames), latency: spread(latencies) };
}
