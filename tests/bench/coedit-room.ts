/**
 * Five laptops edit one 2,000-card map together (issue 28): the host's preview runs as its own
 * process (the relay in its workshop thread, as in Electron's main process), each guest has a
 * preview server of its own in this process (a guest's connection lives in its main), and every
 * laptop is a page in one Chromium. Each laptop edits the text of a card of its own through the
 * editor (select, Enter, type, Ctrl+Enter) about once a second. Every page records when each
 * edit's text first shows in its map (the screen readers' list of the cards in view), so the
 * latency is from the commit on one laptop to the text on another's screen (one machine, one
 * clock). Lost is an edit whose last text is missing from a screen or from the host's file at
 * the end; superseded edits (overwritten before a screen drew them) are counted apart. The
 * host's saves are timed from its page and set against a plain write + fsync + rename.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startPreviewServer, type PreviewServer } from '../../main/preview/server';
import { parseJourneyText } from '../../shared/document/parse';
import { serializeJourney } from '../../shared/document/serialize';
import { computeLayout } from '../../shared/layout/layout';
import { estimateLines } from '../../shared/layout/metrics';
import { previewAddress } from '../helpers/preview-address';
import { startPreviewProcess } from '../helpers/preview-process';
import { launchBenchBrowser } from './bench-browser';
import { writeSyncRename } from './file-timings';
import { generateJourney } from './generate-journey';
import { cpuSecondsByKind, cpuUsedBetween, type CpuTimes } from './proc-cpu';
import { processMegabytes } from './proc-memory';
import { median, spread, type Spread } from './stats';

export interface CoeditRoomFigures {
  laptops: number;
  cards: number;
  seconds: number;
  edits: number;
  /** Edits times the other screens: each should show each edit. */
  expectedArrivals: number;
  arrivals: number;
  /** Edits overwritten by the same laptop's next one before a screen drew them (not lost: the later text is there). */
  superseded: number;
  /** Last edits missing from a screen or from the host's file at the end. */
  lost: number;
  /** Commit on one laptop -> its text on another laptop's screen. */
  latencyMs: Spread;
  /**
   * The host's saves as its page waits for them (HTTP to the preview, checks, write, fsync,
   * rename): alone before sharing (Ctrl+S), during the run (autosave), and a plain write + fsync
   * + rename of the same bytes in this process. `ratio` is during / alone, same run.
   */
  save: { soloMs: number; count: number; medianMs: number; p95Ms: number; floorMs: number; ratio: number };
  /** The host's preview process (relay thread, file services, served pages). */
  relayMB: { before: number; after: number; peak: number };
  /**
   * CPU seconds used while the laptops edited, by kind of process (null off Linux): every
   * laptop shares this machine's cores here, so this says how near the machine was to full.
   */
  cpuSeconds: CpuTimes | null;
  loadAverage: { start: number[]; end: number[] };
}

export const COEDIT_LATENCY_TARGET_MS = 100;
/** The host's save while others edit, against the same save alone in the same run: within the maps' own factor of 2 (targets.ts). */
export const COEDIT_SAVE_TO_ALONE = 2;
const VIEWPORT = { width: 1920, height: 900 };

/** In each page: the first time each "L<laptop> #<n>" text shows in the list of cards in view. */
function recordArrivals(): void {
  const seen = new Map<string, number>();
  (window as unknown as { coeditSeen: Map<string, number> }).coeditSeen = seen;
  const scan = () => {
    const now = Date.now();
    for (const item of document.querySelectorAll('[data-testid="cards-in-view"] li')) {
      for (const match of (item.textContent ?? '').matchAll(/L(\d+) #(\d+)/g)) if (!seen.has(match[0])) seen.set(match[0], now);
    }
  };
  new MutationObserver(scan).observe(document, { subtree: true, childList: true, characterData: true });
}
const arrivalsOf = (page: Page) => page.evaluate(() => [...(window as unknown as { coeditSeen: Map<string, number> }).coeditSeen]);

export async function measureCoeditRoom(workFolder: string, log: (line: string) => void, laptops = 5, seconds = 60, cards = 2_000): Promise<CoeditRoomFigures> {
  const loadStart = loadavg();
  const folder = join(workFolder, 'coedit-maps');
  await mkdir(folder, { recursive: true });
  const doc = generateJourney({ cards, seed: 2024 });
  const mapPath = join(folder, 'Together.journey');
  await writeFile(mapPath, serializeJourney(doc));
  const layout = computeLayout(doc, estimateLines);
  const lane = layout.lanes.find((entry) => layout.cards.some((card) => card.laneId === entry.id))!;
  // Each laptop's card: the first of its stage in the first lane, all in view at 1920 wide.
  const targets = layout.columns.slice(0, laptops).map((column) => layout.cards
    .filter((card) => card.laneId === lane.id && card.x >= column.x && card.x < column.x + column.width)
    .sort((a, b) => a.y - b.y)[0]!);

  const host = await startPreviewProcess(folder, join(workFolder, 'coedit-host-user-data'));
  const guests: PreviewServer[] = [];
  const browser = await launchBenchBrowser();
  try {
    const pid = host.child.pid ?? -1;
    const pages: Page[] = [];
    const saves: number[] = [];
    const open = async (url: string) => {
      const page = await (await browser.newContext({ viewport: VIEWPORT })).newPage();
      await page.addInitScript(recordArrivals);
      await page.goto(url);
      pages.push(page);
      return page;
    };
    const hostPage = await open(previewAddress(host.url, { open: mapPath }));
    hostPage.on('requestfinished', (request) => {
      if (request.url().endsWith('/api/saveJourney')) saves.push(request.timing().responseEnd);
    });
    await hostPage.locator('.canvas-host canvas').first().waitFor({ timeout: 120_000 });
    const before = await processMegabytes(pid);
    // The host's save alone, timed the same way, before anyone shares the map.
    await hostPage.locator('.canvas-host').focus();
    for (let i = 0; i < 3; i += 1) {
      const done = hostPage.waitForEvent('requestfinished', { predicate: (request) => request.url().endsWith('/api/saveJourney'), timeout: 30_000 });
      await hostPage.keyboard.press('Control+s');
      await done;
    }
    const solo = saves.splice(0);
    await hostPage.getByRole('button', { name: 'Edit together…' }).click();
    const dialog = hostPage.getByRole('dialog');
    await dialog.getByLabel('Your name (the others see it)').fill('Laptop 0');
    await dialog.getByRole('radio', { name: /127\.0\.0\.1/ }).check();
    await dialog.getByRole('button', { name: 'Start editing together' }).click();
    const address = await hostPage.locator('[data-coedit-address]').first().getAttribute('data-coedit-address');
    const code = await hostPage.locator('[data-coedit-code]').getAttribute('data-coedit-code');
    await hostPage.keyboard.press('Escape');

    for (let i = 1; i < laptops; i += 1) {
      const guestFolder = join(workFolder, `coedit-guest-${i}`);
      await mkdir(guestFolder, { recursive: true });
      const server = await startPreviewServer({
        folder: guestFolder, userDataFolder: join(guestFolder, '.user-data'),
        rendererDir: new URL('../../out/renderer', import.meta.url).pathname,
        workshopWorker: new URL('../../out/cli/workshop-worker.js', import.meta.url),
      });
      guests.push(server);
      const page = await open(server.url);
      await page.getByLabel('Your name (the others see it)').fill(`Laptop ${i}`);
      await page.getByLabel('Host’s address').fill(address ?? '');
      await page.getByLabel('Code').fill(code ?? '');
      await page.getByRole('button', { name: 'Join', exact: true }).click();
      await page.locator('[data-coedit-connection="online"]').waitFor({ timeout: 120_000 });
      await page.locator('.canvas-host canvas').first().waitFor();
    }
    log(`co-editing: ${laptops} laptops on a ${cards}-card map; each edits a card about once a second for ${seconds} s`);

    const cpuBefore = await cpuSecondsByKind(pid);
    const sentAt = new Map<string, number>();
    const last: number[] = pages.map(() => 0);
    const end = Date.now() + seconds * 1000;
    await Promise.all(pages.map(async (page, i) => {
      const card = targets[i]!;
      const box = await page.locator('.canvas-host').boundingBox();
      if (!box) throw new Error('no canvas');
      let n = 0;
      while (Date.now() < end) {
        const started = Date.now();
        n += 1;
        await page.mouse.click(box.x + card.x + 30, box.y + card.y + 14);
        await page.keyboard.press('Enter');
        await page.keyboard.press('Control+a');
        await page.keyboard.type(`L${i} #${n}`);
        sentAt.set(`L${i} #${n}`, Date.now());
        await page.keyboard.press('Control+Enter');
        last[i] = n;
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, 1000 - (Date.now() - started)) + Math.random() * 100));
      }
    }));

    const cpuSeconds = cpuUsedBetween(cpuBefore, await cpuSecondsByKind(pid));
    // The last edits settle everywhere, and the host's autosave writes them.
    const finals = last.map((n, i) => `L${i} #${n}`);
    const settled = async () => {
      const file = (await readFile(mapPath, 'utf8').catch(() => '')).toString();
      const onScreens = await Promise.all(pages.map(async (page) => new Map(await arrivalsOf(page))));
      return { file, onScreens, done: finals.every((text) => file.includes(`"${text}"`) && onScreens.every((seen) => seen.has(text))) };
    };
    let state = await settled();
    for (let wait = 0; wait < 30 && !state.done; wait += 1) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      state = await settled();
    }
    const latencies: number[] = [];
    let arrivals = 0;
    let superseded = 0;
    for (const [text, at] of sentAt) {
      const laptop = Number(/^L(\d+)/.exec(text)?.[1]);
      state.onScreens.forEach((seen, screen) => {
        if (screen === laptop) return;
        const shown = seen.get(text);
        if (shown === undefined) superseded += 1;
        else {
          arrivals += 1;
          latencies.push(Math.max(0, shown - at));
        }
      });
    }
    const saved = parseJourneyText(state.file);
    const lost = finals.filter((text) => !saved.cards.some((card) => card.text === text) || !state.onScreens.every((seen) => seen.has(text))).length;
    const after = await processMegabytes(pid);
    const bytes = Buffer.from(state.file);
    const floors: number[] = [];
    for (let i = 0; i < 9; i += 1) {
      const started = performance.now();
      await writeSyncRename(join(folder, 'floor.journey'), bytes);
      floors.push(performance.now() - started);
    }
    const floorMs = median(floors);
    const saveMedian = median(saves);
    expectEdits(sentAt.size, (await stat(mapPath)).size);
    return {
      laptops, cards, seconds,
      edits: sentAt.size,
      expectedArrivals: sentAt.size * (laptops - 1),
      arrivals, superseded, lost,
      latencyMs: spread(latencies),
      save: { soloMs: round(median(solo)), count: saves.length, medianMs: round(saveMedian), p95Ms: round(spread(saves).p95), floorMs: round(floorMs), ratio: round(saveMedian / median(solo)) },
      relayMB: { before: before.now, after: after.now, peak: after.peak },
      cpuSeconds,
      loadAverage: { start: loadStart.map(round), end: loadavg().map(round) },
    };
  } finally {
    await browser.close();
    for (const server of guests) await server.close();
    await host.kill();
  }
}

const round = (value: number) => Math.round(value * 10) / 10;
function expectEdits(edits: number, fileBytes: number): void {
  if (edits === 0 || fileBytes === 0) throw new Error('the co-editing bench made no edit or wrote no file');
}
