import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExcalidrawElementSkeleton } from '@excalidraw/excalidraw/data/transform';
import type { Browser } from 'playwright-core';
import type { JourneyDocument } from '../../shared/document/schema';
import { computeLayout } from '../../shared/layout/layout';
import { estimateLines } from '../../shared/layout/metrics';
import { LANE_COLOURS } from '../../renderer/canvas/theme';
import { openMapPage } from './bench-browser';
import { exportPeerScene, peerSceneBuilt } from './page-probes';

/**
 * The journey's cards as Excalidraw draws a journey map by hand: one rectangle per card with
 * its text as a bound label, in Waymark's layout and lane colours. Excalidraw's cleanest style
 * (no roughness, solid fill) is its fastest, so the comparison does not flatter Waymark.
 */
export function excalidrawSkeleton(doc: JourneyDocument): ExcalidrawElementSkeleton[] {
  const layout = computeLayout(doc, estimateLines);
  const kinds = new Map(layout.lanes.map((lane) => [lane.id, lane.kind]));
  return layout.cards.map((card) => {
    const colours = LANE_COLOURS[kinds.get(card.laneId) ?? 'actions'];
    return {
      type: 'rectangle',
      x: card.x, y: card.y, width: card.width, height: card.height,
      backgroundColor: colours.fill, strokeColor: colours.accent, fillStyle: 'solid', roughness: 0, roundness: { type: 3 },
      label: { text: card.text, fontSize: 16, textAlign: 'left', verticalAlign: 'top' },
    };
  });
}

/**
 * Writes `<name>.excalidraw` into the peer's files folder: Excalidraw builds the elements from
 * the skeleton (measuring and wrapping each label in its font) and saves them in its own file
 * format, so the timed runs open a real Excalidraw file. Returns the page URL that opens it.
 */
export async function writeExcalidrawFile(browser: Browser, peerUrl: string, folder: string, name: string, doc: JourneyDocument): Promise<string> {
  await writeFile(join(folder, `${name}.skeleton.json`), JSON.stringify(excalidrawSkeleton(doc)));
  const builder = await openMapPage(browser, 'excalidraw', `${peerUrl}?skeleton=/files/${name}.skeleton.json`);
  try {
    await builder.page.waitForFunction(peerSceneBuilt, undefined, { timeout: 180_000, polling: 100 });
    await writeFile(join(folder, `${name}.excalidraw`), await builder.page.evaluate(exportPeerScene));
  } finally {
    await builder.close();
  }
  return `${peerUrl}?scene=/files/${name}.excalidraw`;
}
