import { mkdir } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { startPreviewServer } from '../../main/preview/server';
import { heapAfterGc, launchBenchBrowser, offHostRequests, openMapPage } from './bench-browser';
import { writeExcalidrawFile } from './excalidraw-scene';
import type { FirstDrawSteps } from './first-draw-steps';
import { timeExports, type ExportFigures } from './export-timings';
import { timeMergeAndDiff, type MergeFigures } from './merge-timings';
import { timeWorkspace, type WorkspaceFigures } from './workspace-timings';
import { timeFileOperations, type FileFigures } from './file-timings';
import { generateJourney } from './generate-journey';
import { measureDrag, measurePan, measureZoom, type DragFigures, type Unavailable } from './interactions';
import type { PageKind } from './page-probes';
import { startPeerServer } from './peer-server';
import { median, medianSpread, type Spread } from './stats';
import { isUnavailable } from './targets';

const RENDERER = fileURLToPath(new URL('../../out/renderer', import.meta.url));

export interface BenchOptions {
  sizes: readonly number[];
  /** Measure Excalidraw side by side. */
  peer: boolean;
  seed: number;
  /** How long pan, zoom and drag each apply input. */
  interactionMs: number;
  /** Page loads per app and size (interleaved between the apps); figures are their medians. */
  loads: number;
  /** Timed rounds of open and save (after a warm-up round). */
  fileRuns: number;
  /** Maps in the generated workspace whose opening is timed (cold and warm cache); 0 skips it. */
  workspaceMaps?: number;
  /** Journey and Excalidraw files and the preview's settings go here. */
  workFolder: string;
  /** Where the screenshot after each app's first draw goes. */
  screenshotFolder: string;
  log: (line: string) => void;
}

export interface MapFigures {
  firstDrawMs: number;
  firstDrawRunsMs: number[];
  /** Where the time before the first draw went (medians). */
  firstDrawSteps: FirstDrawSteps;
  heapMB: number;
  pan: Spread;
}
export interface WaymarkFigures extends MapFigures { zoom: Spread | Unavailable; drag: DragFigures | Unavailable }
export interface SizeResult { cards: number; files: FileFigures; exports: ExportFigures; merge: MergeFigures; waymark: WaymarkFigures; excalidraw: MapFigures | null }
export interface BenchRun {
  chromium: string;
  /** The machine's 1-minute load average before and after: other work on it makes figures noisy. */
  loadAverage: { atStart: number; atEnd: number };
  sizes: SizeResult[];
  /** Opening a folder of generated maps as a workspace; null when not measured. */
  workspace: WorkspaceFigures | null;
  offHostRequests: string[];
  pageErrors: string[];
}

interface Load<T> { firstDrawMs: number; steps: FirstDrawSteps; heapMB: number; moves: T }
interface WaymarkMoves { pan: Spread; zoom: Spread | Unavailable; drag: DragFigures | Unavailable }

/** One page load: first draw, heap after it, a screenshot, then `interact` on the loaded map. */
async function load<T>(browser: Browser, kind: PageKind, url: string, run: BenchRun, screenshot: string, interact: (page: Page) => Promise<T>): Promise<Load<T>> {
  const map = await openMapPage(browser, kind, url);
  try {
    const heapMB = await heapAfterGc(map.page);
    await map.page.screenshot({ path: screenshot });
    return { firstDrawMs: map.firstDrawMs, steps: map.steps, heapMB, moves: await interact(map.page) };
  } finally {
    run.offHostRequests.push(...offHostRequests(map.requests));
    run.pageErrors.push(...map.pageErrors.map((error) => `${kind}: ${error}`));
    await map.close();
  }
}

/** Medians over the loads; a gesture one load could not make is unavailable. */
function medianOf<T extends object>(runs: readonly (T | Unavailable)[], combine: (runs: T[]) => T): T | Unavailable {
  const missing = runs.find(isUnavailable);
  return missing ?? combine(runs as T[]);
}

function medianSteps(steps: readonly FirstDrawSteps[]): FirstDrawSteps {
  const of = (key: keyof FirstDrawSteps) => {
    const known = steps.flatMap((s) => (s[key] === null ? [] : [s[key]]));
    return known.length > 0 ? median(known) : null;
  };
  return { scripts: of('scripts'), fonts: of('fonts'), mapAsked: of('mapAsked'), mapReceived: of('mapReceived') };
}

function mapFigures(loads: readonly Load<{ pan: Spread }>[]): MapFigures {
  return {
    firstDrawMs: median(loads.map((l) => l.firstDrawMs)),
    firstDrawRunsMs: loads.map((l) => l.firstDrawMs),
    firstDrawSteps: medianSteps(loads.map((l) => l.steps)),
    heapMB: median(loads.map((l) => l.heapMB)),
    pan: medianSpread(loads.map((l) => l.moves.pan)),
  };
}

function waymarkFigures(loads: readonly Load<WaymarkMoves>[]): WaymarkFigures {
  return {
    ...mapFigures(loads),
    zoom: medianOf(loads.map((l) => l.moves.zoom), medianSpread),
    drag: medianOf(loads.map((l) => l.moves.drag), (runs) => ({ frames: medianSpread(runs.map((r) => r.frames)), latency: medianSpread(runs.map((r) => r.latency)) })),
  };
}

const waymarkMoves = (ms: number) => async (page: Page): Promise<WaymarkMoves> =>
  ({ pan: await measurePan(page, ms), zoom: await measureZoom(page, ms), drag: await measureDrag(page, ms) });
const peerMoves = (ms: number) => async (page: Page) => ({ pan: await measurePan(page, ms) });

/**
 * The whole benchmark: for each size, a generated journey is timed on disk, then loaded in
 * Waymark and (with `peer`) in Excalidraw, alternately, in the same browser; after each load
 * the map is panned (and in Waymark zoomed, and a card dragged) with real input.
 */
export async function runBench(options: BenchOptions): Promise<BenchRun> {
  const files = join(options.workFolder, 'files');
  const shots = options.screenshotFolder;
  await mkdir(files, { recursive: true });
  await mkdir(shots, { recursive: true });
  const preview = await startPreviewServer({ folder: files, rendererDir: RENDERER, userDataFolder: join(options.workFolder, 'user-data') });
  const peer = options.peer ? await startPeerServer(files) : null;
  const browser = await launchBenchBrowser();
  const run: BenchRun = { chromium: browser.version(), loadAverage: { atStart: loadavg()[0] ?? 0, atEnd: 0 }, sizes: [], workspace: null, offHostRequests: [], pageErrors: [] };
  const ms = options.interactionMs;
  try {
    if (options.workspaceMaps) {
      options.log(`a workspace of ${options.workspaceMaps} generated maps: timing its listing, cold and warm`);
      run.workspace = await timeWorkspace(options.workFolder, options.workspaceMaps, options.seed, Math.min(options.fileRuns, 3));
    }
    for (const cards of options.sizes) {
      const name = `bench-${cards}`;
      options.log(`${cards} cards: generating, timing open and save`);
      const doc = generateJourney({ cards, seed: options.seed });
      const fileFigures = await timeFileOperations(files, name, doc, options.fileRuns);
      options.log(`${cards} cards: timing the PowerPoint export`);
      const exportFigures = await timeExports(files, name, doc, 3);
      options.log(`${cards} cards: timing merge and diff of two edited copies`);
      const mergeFigures = await timeMergeAndDiff(doc, options.fileRuns);
      // The preview's address carries its token; the file to open is one more parameter.
      const waymarkAddress = new URL(preview.url);
      waymarkAddress.searchParams.set('open', join(files, `${name}.journey`));
      const waymarkUrl = waymarkAddress.href;
      const peerUrl = peer && (await writeExcalidrawFile(browser, peer.url, files, name, doc));
      const loads = { waymark: [] as Load<WaymarkMoves>[], excalidraw: [] as Load<{ pan: Spread }>[] };
      for (let i = 1; i <= options.loads; i += 1) {
        options.log(`${cards} cards: load ${i} of ${options.loads}${peerUrl ? ' in each app' : ''}`);
        loads.waymark.push(await load(browser, 'waymark', waymarkUrl, run, join(shots, `waymark-${cards}.png`), waymarkMoves(ms)));
        if (peerUrl) loads.excalidraw.push(await load(browser, 'excalidraw', peerUrl, run, join(shots, `excalidraw-${cards}.png`), peerMoves(ms)));
      }
      run.sizes.push({
        cards,
        files: fileFigures,
        exports: exportFigures,
        merge: mergeFigures,
        waymark: waymarkFigures(loads.waymark),
        excalidraw: loads.excalidraw.length > 0 ? mapFigures(loads.excalidraw) : null,
      });
    }
  } finally {
    run.loadAverage.atEnd = loadavg()[0] ?? 0;
    await browser.close();
    await preview.close();
    await peer?.close();
  }
  return run;
}
