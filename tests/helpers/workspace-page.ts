import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { JourneyDocument } from '../../shared/document/schema';
import { at, layoutOf } from './editor';

/** The titles of the start screen's workspace cards, in the order shown. */
export const cardTitles = (page: Page) => page.getByTestId('workspace-card').locator('.workspace-card-title').allTextContents();

/** The middle of a stage header's linked-map mark (Headers.tsx: 30 wide, 8 from the right end), at 100% zoom. */
export const linkMarkOf = (doc: JourneyDocument, stage: number) => {
  const box = layoutOf(doc).stages[stage]!;
  return { x: box.x + box.width - 8 - 15, y: 28 };
};

/** Clicks a map point at 100% zoom with nothing scrolled. */
export const clickMap = async (page: Page, point: { x: number; y: number }) => {
  const p = await at(page, point.x, point.y);
  await page.mouse.click(p.x, p.y);
};

/** Until the window shows the map saved as `name`.journey. */
export const waitForMap = (page: Page, name: string) => expect.poll(() => page.title(), { timeout: 10_000 }).toBe(`${name} — Waymark`);
