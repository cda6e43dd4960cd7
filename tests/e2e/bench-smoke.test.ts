import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildReport, formatReport } from '../bench/report';
import { runBench, type BenchOptions } from '../bench/run-bench';
import { isUnavailable } from '../bench/targets';
import { measureWorkshopRoom } from '../bench/workshop-room';
import { SCREENSHOTS } from '../helpers/browser';

/** A small run of `npm run bench` (200 cards, no Excalidraw, short gestures), so it cannot silently break. */
describe('the benchmark harness', () => {
  const folders: string[] = [];
  afterEach(async () => {
    await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
  });

  it('loads a generated 200-card map in Chromium, pans it, times open and save, and reports every figure', async () => {
    const workFolder = await mkdtemp(join(tmpdir(), 'waymark-bench-smoke-'));
    folders.push(workFolder);
    const options: BenchOptions = {
      sizes: [200], peer: false, seed: 7, interactionMs: 400, loads: 1, fileRuns: 1, workspaceMaps: 10,
      workFolder, screenshotFolder: SCREENSHOTS, log: () => undefined,
    };
    const report = buildReport(await runBench(options), options, new Date());

    expect(report.offHostRequests).toEqual([]);
    expect(report.pageErrors).toEqual([]);
    const [size] = report.sizes;
    expect(size?.cards).toBe(200);
    expect(size?.excalidraw).toBeNull();
    const { waymark, files, ratios } = size!;
    expect(waymark.firstDrawMs).toBeGreaterThan(0);
    // The page asked for the map and had it before the first draw.
    expect(waymark.firstDrawSteps.mapAsked).toBeGreaterThan(0);
    expect(waymark.firstDrawSteps.mapReceived).toBeLessThan(waymark.firstDrawMs);
    expect(waymark.heapMB).toBeGreaterThan(0);
    expect(waymark.pan.count).toBeGreaterThan(5);
    expect(waymark.pan.p95).toBeGreaterThanOrEqual(waymark.pan.p50);
    // Zoom and drag either measure frames or say why they cannot yet.
    for (const figure of [waymark.zoom, isUnavailable(waymark.drag) ? waymark.drag : waymark.drag.latency]) {
      if (isUnavailable(figure)) expect(figure.unavailable).not.toBe('');
      else expect(figure.count).toBeGreaterThan(0);
    }
    expect(files.bytes).toBeGreaterThan(10_000);
    expect(ratios.openToFloor).toBeGreaterThan(0);
    expect(ratios.saveToFloor).toBeGreaterThan(0);
    expect(report.targets.map((t) => t.target)).toContain('pan frame p95 (ms)');
    expect(formatReport(report)).toMatch(/first draw, Waymark \(ms\)\s+\| \d+/);
    // The workspace row: a folder of generated maps listed cold, then warm from the cache.
    expect(report.workspace).toMatchObject({ maps: 10 });
    expect(report.workspace!.coldMs).toBeGreaterThan(0);
    expect(formatReport(report)).toMatch(/Workspace of 10 maps .* cold [\d.]+ ms, warm [\d.]+ ms/);
  });

  it('runs a short live workshop: every note a phone made reaches the inbox on screen, timed, with the relay\'s memory', async () => {
    const workFolder = await mkdtemp(join(tmpdir(), 'waymark-bench-workshop-'));
    folders.push(workFolder);
    const figures = await measureWorkshopRoom(workFolder, () => undefined, 4, 3);
    expect(figures.notesSent).toBeGreaterThan(4);
    expect(figures.lost).toBe(0);
    expect(figures.notesShown).toBe(figures.notesSent);
    expect(figures.latencyMs.count).toBe(figures.notesSent);
    expect(figures.latencyMs.p95).toBeGreaterThanOrEqual(figures.latencyMs.p50);
    expect(figures.relayMB.peak).toBeGreaterThanOrEqual(figures.relayMB.after);
    expect(figures.relayMB.before).toBeGreaterThan(0);
  });
});
