import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { JourneyDocument } from '../../shared/document/schema';
import { renderInWorker } from '../../main/exchange/render-in-worker';
import { writeFileAtomic } from '../../main/services/atomic-write';
import { median, timed } from './stats';
import type { TargetCheck } from './targets';

/** The export worker as built (the one Electron runs off its main thread). */
const WORKER = new URL('../../out/cli/export-worker.js', import.meta.url);

export interface ExportFigures {
  /** File > Export to PowerPoint: a fresh worker renders the deck, then the file is written crash-safely. */
  pptxMs: number;
  pptxBytes: number;
}

/** The limit for a PowerPoint export of the 2,000-card map. */
export const PPTX_EXPORT_LIMIT_MS = 10_000;
const PPTX_TARGET_CARDS = 2000;

/** Times exporting `doc` to PPTX as the app does it; the median of `runs` after one warm-up. */
export async function timeExports(folder: string, name: string, doc: JourneyDocument, runs: number): Promise<ExportFigures> {
  const path = join(folder, `${name}.pptx`);
  const options = { format: 'pptx', scale: 2, page: 'poster', orientation: 'landscape' } as const;
  const samples: number[] = [];
  for (let run = 0; run <= runs; run += 1) {
    const ms = await timed(async () => writeFileAtomic(path, await renderInWorker(WORKER, doc, options, 'en'), { backup: false }));
    if (run > 0) samples.push(ms);
  }
  return { pptxMs: median(samples), pptxBytes: (await stat(path)).size };
}

/** The PPTX export target, checked on the 2,000-card map when the run measured one. */
export function exportTargets(sizes: readonly { cards: number; exports: ExportFigures }[]): TargetCheck[] {
  const size = sizes.find((s) => s.cards === PPTX_TARGET_CARDS);
  if (!size) return [];
  return [{ target: 'PPTX export (ms)', cards: size.cards, value: size.exports.pptxMs, limit: PPTX_EXPORT_LIMIT_MS, met: size.exports.pptxMs <= PPTX_EXPORT_LIMIT_MS }];
}
