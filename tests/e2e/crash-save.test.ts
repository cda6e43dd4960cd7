import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JourneyFileError } from '../../shared/document/errors';
import { FileLocks } from '../../main/services/file-lock';
import { buildSaveChild } from '../crash/build-child';
import { runKillLoop } from '../crash/kill-loop';
import { useTempFolders } from '../helpers/temp-folder';

const KILLS = Number(process.env['WAYMARK_CRASH_KILLS'] ?? 200);
const BASE = new URL('../fixtures/v4/bike-sharing-workshops.journey', import.meta.url).pathname;
const REPORT = new URL('../../test-output/', import.meta.url).pathname;

/**
 * Fault injection for real: a child process saves version after version through Waymark's
 * own handlers and is SIGKILLed at random moments; after every kill the file must parse, be
 * byte-for-byte one of the versions written, be no older than the last save the child
 * reported done, and have an intact backup; temps the kill left must be gone once the next
 * child has opened the file.
 */
describe('saving survives SIGKILL at any moment', () => {
  const tempFolder = useTempFolders();
  let bundle = '';
  let child = '';
  beforeAll(async () => {
    bundle = await mkdtemp(join(tmpdir(), 'waymark-crash-child-'));
    child = await buildSaveChild(bundle);
  });
  afterAll(async () => rm(bundle, { recursive: true, force: true }));

  it(`${KILLS} kills: no torn file, no lost acknowledged save, no broken backup, no stale temp kept`, async () => {
    const figures = await runKillLoop({ child, basePath: BASE, folder: await tempFolder(), kills: KILLS, parallel: 2 });
    await mkdir(REPORT, { recursive: true });
    await writeFile(join(REPORT, `crash-report-${KILLS}.json`), `${JSON.stringify(figures, null, 2)}\n`);
    console.log(`crash test: ${JSON.stringify({ ...figures, problems: figures.problems.length })}`);
    expect(figures.problems).toEqual([]);
    expect(figures).toMatchObject({ kills: KILLS, tornFiles: 0, lostAcknowledgedSaves: 0, backupFailures: 0, staleTempsNotCleaned: 0 });
    // The kills did real damage: many interrupted a write, and saves were acknowledged between them.
    expect(figures.killsMidWrite).toBeGreaterThan(KILLS / 10);
    expect(figures.acknowledgedSaves).toBeGreaterThan(KILLS * 0.4);
  // A node process per kill: on a loaded two-core machine each takes up to a second or more to start.
  }, 60_000 + KILLS * 2_000);

  it('lets one process write a file at a time, and takes over the lock of a killed one', async () => {
    const folder = await tempFolder();
    const maps = join(folder, 'maps');
    await mkdir(maps);
    const process_ = spawn(process.execPath, [child, maps, join(folder, 'user-data'), BASE, '1'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise((done) => process_.once('exit', done));
    const lines = createInterface({ input: process_.stdout });
    await new Promise<void>((done, failed) => {
      lines.on('line', (line) => line.startsWith('saved') && done());
      void exited.then(() => failed(new Error('the child exited before saving')));
    });
    const locks = new FileLocks();
    const refused = await locks.acquire(join(maps, 'crash.journey')).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(JourneyFileError);
    expect((refused as JourneyFileError).problem).toBe('locked');
    expect((refused as JourneyFileError).message).toContain(`process ${process_.pid}`);
    process_.kill('SIGKILL');
    await exited;
    lines.close();
    await expect(locks.acquire(join(maps, 'crash.journey'))).resolves.toBe(true);
    await locks.release(join(maps, 'crash.journey'));
  });
});
