import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { measureHostileImports } from './hostile-imports';
import { buildReport, formatReport } from './report';
import { runBench, type BenchOptions } from './run-bench';

/**
 * `npm run bench [-- --sizes 500,2000 --no-peer --loads 5 --workspace-maps 200 --out file.json | --hostile-only]`: runs the
 * benchmark, prints the table and writes the figures as JSON (default out/bench/results.json).
 */
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '500,2000,10000' },
    'no-peer': { type: 'boolean', default: false },
    seed: { type: 'string', default: '2024' },
    loads: { type: 'string', default: '3' },
    /** Maps in the generated workspace whose start-screen listing is timed (0: none). */
    'workspace-maps': { type: 'string', default: '200' },
    out: { type: 'string', default: 'out/bench/results.json' },
    /** Only the hostile-import set (no browser needed). */
    'hostile-only': { type: 'boolean', default: false },
  },
});

const workFolder = await mkdtemp(join(tmpdir(), 'waymark-bench-'));
const options: BenchOptions = {
  sizes: values.sizes.split(',').map(Number),
  peer: !values['no-peer'],
  seed: Number(values.seed),
  interactionMs: 2000,
  loads: Number(values.loads),
  fileRuns: 15,
  workspaceMaps: Number(values['workspace-maps']),
  workFolder,
  screenshotFolder: join(dirname(values.out), 'screenshots'),
  log: (line) => console.log(`  ${line}`),
};
const startedAt = new Date();
/** Each hostile import's time and peak memory, printed and written beside the results. */
async function hostileImports(): Promise<void> {
  console.log('Hostile imports (waymark import, one process each):');
  const figures = await measureHostileImports(workFolder, options.log);
  const out = join(dirname(values.out), 'hostile-imports.json');
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(figures, null, 2)}\n`);
  if (figures.some((f) => f.timedOut)) process.exitCode = 1;
}
try {
  if (values['hostile-only']) {
    await hostileImports();
  } else {
    const report = buildReport(await runBench(options), options, startedAt);
    await mkdir(dirname(values.out), { recursive: true });
    await writeFile(values.out, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\n${formatReport(report)}\n\nFigures: ${values.out}; screenshots: ${options.screenshotFolder}`);
    if (report.offHostRequests.length > 0 || report.pageErrors.length > 0) process.exitCode = 1;
    await hostileImports();
  }
} finally {
  await rm(workFolder, { recursive: true, force: true });
}
