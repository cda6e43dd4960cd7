import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { measureHostileImports } from './hostile-imports';
import { measureRelayAttack } from './relay-attack';
import { SCENARIOS, type Scenario } from './relay-load-protocol';
import { measureWorkshopRoom, WORKSHOP_LATENCY_TARGET_MS } from './workshop-room';
import { COEDIT_LATENCY_TARGET_MS, COEDIT_SAVE_TO_ALONE, measureCoeditRoom } from './coedit-room';
import { buildReport, formatReport } from './report';
import { runBench, type BenchOptions } from './run-bench';

/**
 * `npm run bench [-- --sizes 500,2000 --no-peer --loads 5 --workspace-maps 200 --out file.json --maps-only | --hostile-only | --workshop-only | --relay-attack | --coedit]`: runs the
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
    /** Only the live workshop: phones adding notes, timed to the facilitator's screen. */
    'workshop-only': { type: 'boolean', default: false },
    'workshop-phones': { type: 'string', default: '30' },
    'workshop-seconds': { type: 'string', default: '60' },
    /** Only the map sizes: no hostile imports and no workshop after them. */
    'maps-only': { type: 'boolean', default: false },
    /** Only the attacks on the workshop's relay, each for this many seconds (loopback only). */
    'relay-attack': { type: 'boolean', default: false },
    'relay-attack-seconds': { type: 'string', default: '15' },
    /** Which of them (baseline, idle-sockets, wrong-codes, minting, flood), comma-separated; all by default. */
    'relay-attacks': { type: 'string', default: SCENARIOS.join(',') },
    /** Only co-editing: five laptops edit a 2,000-card map together, timed from one screen to the others. */
    coedit: { type: 'boolean', default: false },
    'coedit-laptops': { type: 'string', default: '5' },
    'coedit-seconds': { type: 'string', default: '60' },
    'coedit-cards': { type: 'string', default: '2000' },
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
/** The live workshop's note-to-screen latency and the relay's memory, printed and written beside the results. */
async function workshopRoom(): Promise<void> {
  const phones = Number(values['workshop-phones']);
  const seconds = Number(values['workshop-seconds']);
  console.log(`Live workshop (${phones} phones for ${seconds} s, note to the facilitator's inbox on screen):`);
  const figures = await measureWorkshopRoom(workFolder, options.log, phones, seconds);
  const out = join(dirname(values.out), 'workshop.json');
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(figures, null, 2)}\n`);
  const { latencyMs: l, relayMB: m } = figures;
  const met = l.p95 <= WORKSHOP_LATENCY_TARGET_MS ? 'met ' : 'MISS';
  console.log(`  ${figures.notesSent} notes sent, ${figures.notesShown} shown, ${figures.lost} lost; ${figures.voteChanges} vote changes, ${figures.ratings} ratings`);
  console.log(`  ${met} latency p50 ${l.p50} ms, p95 ${l.p95} ms (limit ${WORKSHOP_LATENCY_TARGET_MS}), max ${l.max} ms`);
  console.log(`  preview process (relay) memory: ${m.before} MB before, ${m.after} MB after, peak ${m.peak} MB`);
  if (figures.lost > 0) process.exitCode = 1;
}
/** The relay under each attack: a correct phone's join, an unrelated request, a save, the relay's memory. */
async function relayAttack(): Promise<void> {
  const seconds = Number(values['relay-attack-seconds']);
  console.log(`Attacks on the workshop's relay (loopback only, ${seconds} s each; load average now ${loadavg().map((l) => l.toFixed(1)).join(' ')}):`);
  // Bounded in time whatever happens: five phases, their setup, and the preview's start and stop.
  const guard = setTimeout(() => {
    console.error('  the relay-attack bench ran out of time');
    process.exit(2);
  }, (seconds + 30) * 5 * 1000 + 60_000);
  guard.unref();
  const scenarios = values['relay-attacks'].split(',').filter((name): name is Scenario => (SCENARIOS as readonly string[]).includes(name));
  const figures = await measureRelayAttack(workFolder, options.log, seconds, scenarios);
  clearTimeout(guard);
  const out = join(dirname(values.out), 'relay-attack.json');
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`  Figures: ${out}`);
  if (figures.some((f) => !Object.values(f.met).every(Boolean))) process.exitCode = 1;
}
/** Laptops co-editing one map: edit-to-other-screens latency, lost edits, the host's saves, the relay's memory. */
async function coeditRoom(): Promise<void> {
  const [laptops, seconds, cards] = [Number(values['coedit-laptops']), Number(values['coedit-seconds']), Number(values['coedit-cards'])];
  console.log(`Co-editing (${laptops} laptops, ${cards} cards, ${seconds} s; load average now ${loadavg().map((l) => l.toFixed(1)).join(' ')}):`);
  const f = await measureCoeditRoom(workFolder, options.log, laptops, seconds, cards);
  const out = join(dirname(values.out), 'coedit.json');
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(f, null, 2)}\n`);
  const l = f.latencyMs;
  const mark = (ok: boolean) => (ok ? 'met ' : 'MISS');
  console.log(`  ${f.edits} edits; ${f.arrivals} of ${f.expectedArrivals} shown on the other screens (${f.superseded} overwritten before drawn); ${mark(f.lost === 0)} ${f.lost} lost`);
  console.log(`  ${mark(l.p95 <= COEDIT_LATENCY_TARGET_MS)} edit to other screens p50 ${l.p50} ms, p95 ${l.p95} ms (limit ${COEDIT_LATENCY_TARGET_MS}), max ${l.max} ms`);
  console.log(`  ${mark(f.save.ratio <= COEDIT_SAVE_TO_ALONE)} host saves while co-editing: ${f.save.count}, median ${f.save.medianMs} ms, p95 ${f.save.p95Ms} ms; alone ${f.save.soloMs} ms (during / alone ${f.save.ratio}, limit ${COEDIT_SAVE_TO_ALONE}); write + fsync + rename ${f.save.floorMs} ms`);
  console.log(`  host preview process (relay) memory: ${f.relayMB.before} MB before, ${f.relayMB.after} MB after, peak ${f.relayMB.peak} MB`);
  const cpu = f.cpuSeconds;
  if (cpu) console.log(`  CPU used while editing (${availableParallelism()} cores x ${seconds} s = ${availableParallelism() * seconds} s): the ${laptops} pages ${cpu.pages} s, the browser's other processes ${cpu.browser} s, the host's preview ${cpu.host} s, the guests' previews and this bench ${cpu.bench} s`);
  console.log(`  load average: ${f.loadAverage.start.join(' ')} at the start, ${f.loadAverage.end.join(' ')} at the end; figures: ${out}`);
  if (f.lost > 0) process.exitCode = 1;
}
try {
  if (values.coedit) {
    await coeditRoom();
  } else if (values['relay-attack']) {
    await relayAttack();
  } else if (values['hostile-only']) {
    await hostileImports();
  } else if (values['workshop-only']) {
    await workshopRoom();
  } else {
    const report = buildReport(await runBench(options), options, startedAt);
    await mkdir(dirname(values.out), { recursive: true });
    await writeFile(values.out, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\n${formatReport(report)}\n\nFigures: ${values.out}; screenshots: ${options.screenshotFolder}`);
    if (report.offHostRequests.length > 0 || report.pageErrors.length > 0) process.exitCode = 1;
    if (!values['maps-only']) {
      await hostileImports();
      await workshopRoom();
    }
  }
} finally {
  await rm(workFolder, { recursive: true, force: true });
}
