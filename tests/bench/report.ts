import { cpus, freemem, platform, release, totalmem } from 'node:os';
import { exportTargets } from './export-timings';
import type { FirstDrawSteps } from './first-draw-steps';
import type { BenchOptions, BenchRun, SizeResult } from './run-bench';
import type { Spread } from './stats';
import { checkTargets, isUnavailable, ratiosOf, workspaceTargets, type Ratios, type TargetCheck } from './targets';

export interface BenchReport {
  startedAt: string;
  durationSeconds: number;
  machine: { platform: string; release: string; cpuModel: string; cpuCount: number; memoryGB: number; freeMemoryGB: number; node: string };
  chromium: string;
  loadAverage: BenchRun['loadAverage'];
  options: Omit<BenchOptions, 'log' | 'workFolder' | 'screenshotFolder'>;
  sizes: (SizeResult & { ratios: Ratios })[];
  workspace: BenchRun['workspace'];
  targets: TargetCheck[];
  offHostRequests: string[];
  pageErrors: string[];
}

export function buildReport(run: BenchRun, options: BenchOptions, startedAt: Date): BenchReport {
  const { log: _log, workFolder: _work, screenshotFolder: _screenshots, ...shown } = options;
  const largest = run.sizes.at(-1);
  return {
    startedAt: startedAt.toISOString(),
    durationSeconds: Math.round((Date.now() - startedAt.getTime()) / 1000),
    machine: {
      platform: platform(), release: release(), cpuModel: cpus()[0]?.model ?? 'unknown', cpuCount: cpus().length,
      memoryGB: Math.round(totalmem() / 1024 ** 3), freeMemoryGB: Math.round(freemem() / 1024 ** 3), node: process.version,
    },
    chromium: run.chromium,
    loadAverage: run.loadAverage,
    options: shown,
    sizes: run.sizes.map((size) => ({ ...size, ratios: ratiosOf(size) })),
    workspace: run.workspace,
    targets: [...(largest ? checkTargets(largest) : []), ...exportTargets(run.sizes), ...workspaceTargets(run.workspace)],
    offHostRequests: run.offHostRequests,
    pageErrors: run.pageErrors,
  };
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const ratio = (value: number | null) => (value === null ? '–' : `${value.toFixed(2)}x`);
const steps = (s: FirstDrawSteps) => [s.scripts, s.fonts, s.mapAsked, s.mapReceived].map((t) => (t === null ? '–' : t.toFixed(0))).join(' / ');
const frames = (figure: Spread | { unavailable: string }) =>
  isUnavailable(figure) ? 'unavailable' : `${ms(figure.p50)} / ${ms(figure.p95)} / ${ms(figure.max)}`;

type Row = [string, ...string[]];

/** Rows of figures, one column per size; the first row names the sizes. */
function rows(sizes: BenchReport['sizes']): [Row, ...Row[]] {
  const each = (label: string, cell: (size: BenchReport['sizes'][number]) => string): Row => [label, ...sizes.map(cell)];
  return [
    each('cards', (s) => s.cards.toLocaleString('en')),
    each('first draw, Waymark (ms)', (s) => ms(s.waymark.firstDrawMs)),
    each('  scripts / fonts / map asked / map in', (s) => steps(s.waymark.firstDrawSteps)),
    each('first draw, Excalidraw (ms)', (s) => (s.excalidraw ? ms(s.excalidraw.firstDrawMs) : '–')),
    each('  scripts / fonts / map asked / map in', (s) => (s.excalidraw ? steps(s.excalidraw.firstDrawSteps) : '–')),
    each('  Waymark / Excalidraw', (s) => ratio(s.ratios.firstDrawWaymarkToExcalidraw)),
    each('pan frame p50/p95/max, Waymark (ms)', (s) => frames(s.waymark.pan)),
    each('pan frame p50/p95/max, Excalidraw (ms)', (s) => (s.excalidraw ? frames(s.excalidraw.pan) : '–')),
    each('  pan p95 Waymark / Excalidraw', (s) => ratio(s.ratios.panP95WaymarkToExcalidraw)),
    each('zoom frame p50/p95/max, Waymark (ms)', (s) => frames(s.waymark.zoom)),
    each('drag frame p50/p95/max, Waymark (ms)', (s) => frames(isUnavailable(s.waymark.drag) ? s.waymark.drag : s.waymark.drag.frames)),
    each('drag pointer-to-frame p50/p95/max (ms)', (s) => frames(isUnavailable(s.waymark.drag) ? s.waymark.drag : s.waymark.drag.latency)),
    each('JS heap after load, Waymark (MB)', (s) => ms(s.waymark.heapMB)),
    each('JS heap after load, Excalidraw (MB)', (s) => (s.excalidraw ? ms(s.excalidraw.heapMB) : '–')),
    each('file size (MB)', (s) => (s.files.bytes / 1024 ** 2).toFixed(2)),
    each('open / floor JSON.parse (ms)', (s) => `${ms(s.files.openMs)} / ${ms(s.files.openFloorMs)} = ${ratio(s.ratios.openToFloor)}`),
    each('save / floor write+fsync+rename (ms)', (s) => `${ms(s.files.saveMs)} / ${ms(s.files.saveFloorMs)} = ${ratio(s.ratios.saveToFloor)}`),
    each('PPTX export, worker + write (ms)', (s) => `${ms(s.exports.pptxMs)} (${(s.exports.pptxBytes / 1024 ** 2).toFixed(1)} MB)`),
    each('merge / diff / floor JSON.parse (ms)', (s) =>
      `${ms(s.merge.mergeMs)} / ${ms(s.merge.diffMs)} / ${ms(s.merge.parseFloorMs)} = ${ratio(s.merge.mergeMs / s.merge.parseFloorMs)} / ${ratio(s.merge.diffMs / s.merge.parseFloorMs)}`),
    each('compare (model, marks, list) / floor (ms)', (s) => `${ms(s.merge.compareMs)} / ${ms(s.merge.parseFloorMs)} = ${ratio(s.merge.compareMs / s.merge.parseFloorMs)}`),
  ];
}

/** The workspace row: it does not depend on the map sizes above, so it has a line of its own. */
const workspaceLine = (w: NonNullable<BenchReport['workspace']>) =>
  `Workspace of ${w.maps} maps (${w.cardsPerMap} cards each, ${w.megabytes.toFixed(1)} MB), start screen listing: cold ${ms(w.coldMs)} ms, warm ${ms(w.warmMs)} ms`;

/** A plain-text table (markdown-compatible) and the target checks. */
export function formatReport(report: BenchReport): string {
  const table = rows(report.sizes);
  const [header, ...body] = table;
  const widths = header.map((_, column) => Math.max(...table.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const { machine } = report;
  const targets = report.targets.map((t) => {
    const mark = t.met === null ? 'n/a ' : t.met ? 'met ' : 'MISS';
    const value = t.value === null ? (t.note ?? 'unavailable') : `${t.value.toFixed(2)} (limit ${t.limit.toFixed(2)})${t.note ? `, ${t.note}` : ''}`;
    return `  ${mark} ${t.target} at ${t.cards.toLocaleString('en')} cards: ${value}`;
  });
  return [
    `Waymark benchmark, ${report.startedAt}, ${report.durationSeconds} s`,
    `${machine.cpuCount} x ${machine.cpuModel}, ${machine.memoryGB} GB, ${machine.platform} ${machine.release}, node ${machine.node}, Chromium ${report.chromium}`,
    `Load average (1 min) at start ${report.loadAverage.atStart.toFixed(1)}, at end ${report.loadAverage.atEnd.toFixed(1)}; figures are medians of ${report.options.loads} loads per app`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...body.map(line),
    '',
    'Targets:',
    ...targets,
    ...(report.workspace ? [workspaceLine(report.workspace)] : []),
    `Requests outside 127.0.0.1: ${report.offHostRequests.length}; page errors: ${report.pageErrors.length}`,
  ].join('\n');
}
