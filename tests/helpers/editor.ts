import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect } from 'vitest';
import { applyChanges } from '../../shared/document/changes';
import { addCard, addLane, addStage } from '../../shared/document/commands';
import type { JourneyDocument, LaneKind } from '../../shared/document/schema';
import { serializeJourney } from '../../shared/document/serialize';
import { computeLayout, type JourneyLayout } from '../../shared/layout/layout';
import { estimateLines } from '../../shared/layout/metrics';
import { journeyFrom } from './journeys';
import { openPreview, previewAddress, type PreviewOptions, type PreviewSession } from './browser';

/**
 * A map with short one-line cards, so node's estimated layout matches the page's measured
 * one exactly and tests can aim the mouse from computeLayout.
 */
export function gridJourney(stages: readonly string[], lanes: readonly LaneKind[], cards: readonly [lane: number, stage: number, text: string][]): JourneyDocument {
  let doc: JourneyDocument = { ...journeyFrom('blank'), stages: [], lanes: [], emotionCurves: [], emotionPoints: [] };
  for (const name of stages) doc = applyChanges(doc, addStage(doc, name).changes);
  for (const kind of lanes) doc = applyChanges(doc, addLane(doc, kind, kind).changes);
  const [stageIds, laneIds] = [doc.stages.map((s) => s.id), doc.lanes.map((l) => l.id)];
  for (const [lane, stage, text] of cards) doc = applyChanges(doc, addCard(doc, { laneId: laneIds[lane]!, stageId: stageIds[stage]! }, text).changes);
  return doc;
}

export const layoutOf = (doc: JourneyDocument): JourneyLayout => computeLayout(doc, estimateLines);

async function writeJourney(folder: string, doc: JourneyDocument, name: string): Promise<string> {
  const path = join(folder, `${name}.journey`);
  await writeFile(path, serializeJourney(doc));
  return path;
}

async function mapShown(page: Page, name: string): Promise<void> {
  await expect.poll(() => page.title()).toBe(`${name} — Waymark`);
  await expect.poll(() => page.locator('.canvas-host canvas').count()).toBeGreaterThan(0);
}

/** Writes the journey into the preview folder and opens it as the OS would (a launch path). */
export async function openJourney(session: PreviewSession, doc: JourneyDocument, name = 'map'): Promise<string> {
  const path = await writeJourney(session.folder, doc, name);
  await session.page.goto(previewAddress(session.server.url, { open: path }));
  await mapShown(session.page, name);
  return path;
}

/** A fresh preview whose page starts on `doc` (written to `<name>.journey` in its folder), as a launch with a path. */
export async function openPreviewOn(doc: JourneyDocument, name = 'map', options: Omit<PreviewOptions, 'launch'> = {}): Promise<{ session: PreviewSession; path: string }> {
  let path = '';
  const session = await openPreview({ ...options, launch: async (folder) => (path = await writeJourney(folder, doc, name)) });
  await mapShown(session.page, name);
  return { session, path };
}

/** Page coordinates of a map point at 100% zoom with nothing scrolled. */
export async function at(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
  const box = await page.locator('.canvas-host').boundingBox();
  if (!box) throw new Error('no canvas');
  return { x: box.x + x, y: box.y + y };
}

export async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, hold?: () => Promise<void>): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 4 });
  await hold?.();
  await page.mouse.up();
}

/** Saves with the keyboard and returns the file as now on disk. */
export async function saveAndRead(page: Page, path: string): Promise<JourneyDocument> {
  await page.locator('.canvas-host').focus();
  await page.keyboard.press('Control+s');
  await expect.poll(() => page.getByTestId('save-status').textContent()).toMatch(/^Saved at/);
  return JSON.parse(await readFile(path, 'utf8')) as JourneyDocument;
}

export const cardTexts = (doc: JourneyDocument, laneId: string, stageId: string): string[] =>
  doc.cards.filter((c) => c.laneId === laneId && c.stageId === stageId).sort((a, b) => (a.order < b.order ? -1 : 1)).map((c) => c.text);

/**
 * The texts the canvas lists for screen readers (the cards in view), once the list has caught
 * up with the drawing: it follows through a deferred update and says aria-busy meanwhile.
 */
export async function cardsInView(page: Page, which = 'li'): Promise<string[]> {
  const grid = page.locator('[data-testid="cards-in-view"]:not([aria-busy="true"])');
  await grid.waitFor({ state: 'attached' });
  return grid.locator(which).allTextContents();
}

/** The cards the screen readers' list says are selected. */
export const selectedInView = (page: Page): Promise<string[]> => cardsInView(page, 'li[aria-current="true"]');

/** For each test: a fresh preview with `doc` open, closed afterwards; the page must not throw. */
export function withOpenJourney(doc: JourneyDocument, name = 'map'): { readonly session: PreviewSession; readonly path: string } {
  let session: PreviewSession | null = null;
  let path = '';
  beforeEach(async () => {
    ({ session, path } = await openPreviewOn(doc, name, { viewport: { width: 1400, height: 900 } }));
  });
  afterEach(async () => {
    if (!session) return;
    expect(session.pageErrors).toEqual([]);
    await session.close();
    session = null;
  });
  return {
    get session() {
      if (!session) throw new Error('no preview: use inside a test');
      return session;
    },
    get path() {
      return path;
    },
  };
}
