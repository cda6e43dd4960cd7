import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { JourneyFileError } from '../../shared/document/errors';
import { parseJourneyText } from '../../shared/document/parse';
import type { JourneyDocument } from '../../shared/document/schema';
import { serializeJourney } from '../../shared/document/serialize';
import { versionDocument, versionOf } from './versions';

export interface CrashFigures {
  kills: number;
  /** Kills that landed before the child reported ready (during start, open or temp cleanup). */
  killsDuringStart: number;
  acknowledgedSaves: number;
  /** Kills after which a temp file was left: the kill interrupted a write. */
  killsMidWrite: number;
  staleTempsLeft: number;
  staleTempsNotCleaned: number;
  tornFiles: number;
  lostAcknowledgedSaves: number;
  backupFailures: number;
  problems: string[];
}

interface Worker { folder: string; userData: string; lastOnDisk: number | null; lastAcked: number | null }

const TEMP = /\.waymark-tmp$/;
const random = (max: number) => Math.floor(Math.random() * max);

async function versionInFile(path: string, base: JourneyDocument): Promise<{ version: number } | { problem: string } | null> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return { problem: `${path}: not UTF-8` };
  }
  let doc: JourneyDocument;
  try {
    doc = parseJourneyText(text);
  } catch (error) {
    return { problem: `${path}: ${error instanceof JourneyFileError ? error.message : String(error)}` };
  }
  const version = versionOf(doc);
  if (version === null) return { problem: `${path}: no version in the title` };
  // Byte for byte one of the versions written, not a mix that happens to parse.
  if (text !== serializeJourney(versionDocument(base, version))) return { problem: `${path}: bytes differ from version ${version}` };
  return { version };
}

/** Starts the child, kills it at a random moment, and checks what it left on disk. */
async function killRound(child: string, basePath: string, base: JourneyDocument, worker: Worker, figures: CrashFigures): Promise<void> {
  const stale = (await readdir(worker.folder)).filter((n) => TEMP.test(n));
  const first = (worker.lastOnDisk ?? 0) + 1;
  const process_ = spawn(process.execPath, [child, worker.folder, worker.userData, basePath, String(first)], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((done) => process_.once('exit', () => done()));
  let stderr = '';
  process_.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let ready = false;
  let acked: number | null = null;
  const lines = createInterface({ input: process_.stdout });
  let firstAck = () => {};
  const ackedOrExit = new Promise<void>((done) => {
    firstAck = done;
    void exited.then(done);
  });
  const readyOrExit = new Promise<void>((done) => {
    lines.on('line', (line) => {
      if (line === 'ready') {
        ready = true;
        done();
      } else if (line.startsWith('saved ')) {
        acked = Number(line.slice(6));
        figures.acknowledgedSaves += 1;
        firstAck();
      } else figures.problems.push(`child said: ${line}`);
    });
    void exited.then(done);
  });
  // One kill in ten lands during start-up (opening, taking the lock, clearing temps).
  const duringStart = random(10) === 0;
  if (duringStart) await new Promise((done) => setTimeout(done, random(120)));
  else {
    await readyOrExit;
    if (ready) {
      const leftover = (await readdir(worker.folder)).filter((n) => stale.includes(n));
      figures.staleTempsNotCleaned += leftover.length;
    }
    // Half the kills come after a save was acknowledged, however long saves take on this
    // machine: the check that no acknowledged save is lost always has saves to check.
    if (random(2) === 0) await ackedOrExit;
    await new Promise((done) => setTimeout(done, random(60)));
  }
  process_.kill('SIGKILL');
  await exited;
  lines.close();
  if (stderr) figures.problems.push(`child stderr: ${stderr.trim().split('\n')[0]}`);
  figures.kills += 1;
  if (!ready) figures.killsDuringStart += 1;
  if (acked !== null) worker.lastAcked = acked;

  const names = await readdir(worker.folder);
  const temps = names.filter((n) => TEMP.test(n));
  figures.staleTempsLeft += temps.length;
  if (temps.length > 0) figures.killsMidWrite += 1;
  const path = join(worker.folder, 'crash.journey');
  const onDisk = await versionInFile(path, base);
  if (onDisk === null) {
    if (worker.lastAcked !== null) figures.lostAcknowledgedSaves += 1;
    return;
  }
  if ('problem' in onDisk) {
    figures.tornFiles += 1;
    figures.problems.push(onDisk.problem);
    return;
  }
  if (worker.lastAcked !== null && onDisk.version < worker.lastAcked) {
    figures.lostAcknowledgedSaves += 1;
    figures.problems.push(`version ${onDisk.version} on disk after save ${worker.lastAcked} was acknowledged`);
  }
  // At most one save is in flight: the one after the last acknowledged in this round.
  if (onDisk.version > (acked ?? first - 1) + 1) figures.problems.push(`version ${onDisk.version} on disk was never started`);
  worker.lastOnDisk = onDisk.version;
  await checkBackup(`${path}.bak`, onDisk.version, base, figures);
}

/** The backup holds the version before the file's, or the same one when the kill fell between backup and rename. */
async function checkBackup(path: string, fileVersion: number, base: JourneyDocument, figures: CrashFigures): Promise<void> {
  const backup = await versionInFile(path, base);
  if (backup === null) {
    if (fileVersion > 1) {
      figures.backupFailures += 1;
      figures.problems.push(`no backup beside version ${fileVersion}`);
    }
    return;
  }
  if ('problem' in backup || (backup.version !== fileVersion - 1 && backup.version !== fileVersion)) {
    figures.backupFailures += 1;
    figures.problems.push('problem' in backup ? backup.problem : `backup is version ${backup.version} beside version ${fileVersion}`);
  }
}

/** `kills` SIGKILLs shared among `parallel` folders, each saved into by a fresh child after every kill. */
export async function runKillLoop(options: { child: string; basePath: string; folder: string; kills: number; parallel: number }): Promise<CrashFigures> {
  const base = parseJourneyText(await readFile(options.basePath, 'utf8'));
  const figures: CrashFigures = {
    kills: 0, killsDuringStart: 0, acknowledgedSaves: 0, killsMidWrite: 0, staleTempsLeft: 0, staleTempsNotCleaned: 0,
    tornFiles: 0, lostAcknowledgedSaves: 0, backupFailures: 0, problems: [],
  };
  const workers: Worker[] = [];
  for (let i = 0; i < options.parallel; i += 1) {
    const folder = join(options.folder, `maps-${i}`);
    await mkdir(folder, { recursive: true });
    workers.push({ folder, userData: join(options.folder, `user-data-${i}`), lastOnDisk: null, lastAcked: null });
  }
  let remaining = options.kills;
  await Promise.all(workers.map(async (worker) => {
    while (remaining > 0) {
      remaining -= 1;
      await killRound(options.child, options.basePath, base, worker, figures);
    }
  }));
  return figures;
}
