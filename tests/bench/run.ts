import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildReport, formatReport } from './report';
import { runBench, type BenchOptions } from './run-bench';

/**
 * `npm run bench [-- --sizes 500,2000 --no-peer --loads 5 --out file.json]`: runs the
 * benchmark, prints the table and writes the figures as JSON (default out/bench/results.json).
 */
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '500,2000,10000' },
    'no-peer': { type: 'boolean', default: false },
    seed: { type: 'string', default: '2024' },
    loads: { type: 'string', default: '3' },
    out: { type: 'string', default: 'out/bench/results.json' },
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
  workFolder,
  screenshotFolder: join(dirname(values.out), 'screenshots'),
  log: (line) => console.log(`  ${line}`),
};
const startedAt = new Date();
try {
  const report = buildReport(await runBench(options), options, startedAt);
  await mkdir(dirname(values.out), { recursive: true });
  await writeFile(values.out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\n${formatReport(report)}\n\nFigures: ${values.out}; screenshots: ${options.screenshotFolder}`);
  if (report.offHostRequests.length > 0 || report.pageErrors.length > 0) process.exitCode = 1;
} finally {
  await rm(workFolder, { recursive: true, force: true });
}
