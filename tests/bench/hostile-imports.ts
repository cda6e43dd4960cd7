import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeHostileSet } from '../helpers/hostile-imports';
import { processMegabytes } from './proc-memory';

/** The built CLI; WAYMARK_CLI names another build (to measure an older commit's). */
const CLI = process.env['WAYMARK_CLI'] ?? fileURLToPath(new URL('../../out/cli/waymark.js', import.meta.url));

export interface HostileImportFigures {
  file: string;
  seconds: number;
  peakMB: number;
  exitCode: number | null;
  /** Killed at the harness's own limit, not stopped by Waymark. */
  timedOut: boolean;
  /** The first line the command printed about the file. */
  said: string;
}

/**
 * `waymark import` of one file: wall time, and the process's peak resident memory (its import
 * worker thread included), sampled until it ends or is killed after `limitSeconds`.
 */
function timeImport(file: string, out: string, limitSeconds: number): Promise<HostileImportFigures> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, 'import', file, '--out', out, '--force'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.resume();
    const started = performance.now();
    let peakMB = NaN;
    const sample = setInterval(() => {
      if (child.pid !== undefined) void processMegabytes(child.pid).then(({ peak: mb }) => (peakMB = Number.isNaN(mb) ? peakMB : mb));
    }, 100);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, limitSeconds * 1000);
    child.on('exit', () => {
      if (child.pid !== undefined) void processMegabytes(child.pid).then(({ peak: mb }) => (peakMB = Number.isNaN(mb) ? peakMB : mb));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      clearInterval(sample);
      const said = stderr.split('\n').find((line) => line.trim() !== '') ?? '';
      done({
        file: file.split('/').pop() ?? file,
        seconds: (performance.now() - started) / 1000,
        peakMB,
        exitCode: code,
        timedOut,
        said: said.length > 160 ? `${said.slice(0, 157)}...` : said,
      });
    });
  });
}

/** The hostile set of issue 13 imported one by one with the built CLI. */
export async function measureHostileImports(workFolder: string, log: (line: string) => void, limitSeconds = 120): Promise<HostileImportFigures[]> {
  const folder = await mkdtemp(join(workFolder, 'hostile-'));
  try {
    const files = await writeHostileSet(folder);
    const figures: HostileImportFigures[] = [];
    for (const path of Object.values(files)) {
      const result = await timeImport(path, join(folder, 'out.journey'), limitSeconds);
      log(`${result.file}: ${result.seconds.toFixed(2)} s, ${result.peakMB} MB${result.timedOut ? ' (killed at the harness limit)' : ''}: ${result.said}`);
      figures.push(result);
    }
    return figures;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
