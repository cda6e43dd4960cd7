/**
 * A workshop on disk, so the facilitator's app can restart mid-workshop and the phones carry
 * on: `workshop.json` (settings, the room code, participants with hashed secrets, the
 * facilitator's triage, the room document) and `participants/<id>.ydoc` (each participant's
 * document as one Yjs update). Every file is written crash-safe (temp, fsync, rename, fsync
 * the folder). Participant files go first and workshop.json last, so a crash between them
 * leaves at worst a participant file that workshop.json does not name yet, which is ignored.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { tempPathFor, writeFileAtomic } from '../services/atomic-write';

export const WORKSHOP_FILE = 'workshop.json';
export const PARTICIPANTS_FOLDER = 'participants';
const FORMAT = 'waymark-workshop';
const VERSION = 1;

export const TRIAGE_STATUSES = ['accepted', 'merged', 'rejected'] as const;
export type TriageStatus = (typeof TRIAGE_STATUSES)[number];
export interface TriageEntry { status: TriageStatus; at: number; /** For merged notes: what it went into (a card id, another note's key). */ into?: string }

const participantRecordSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  secretHash: z.string().max(100),
  joinedAt: z.number(),
  removed: z.boolean(),
  /** Removed, and their votes and ratings no longer count (their notes stay, parked). */
  dropped: z.boolean().optional(),
});
export type ParticipantRecord = z.infer<typeof participantRecordSchema>;

const workshopFileSchema = z.strictObject({
  format: z.literal(FORMAT),
  version: z.literal(VERSION),
  workshopId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  code: z.string(),
  createdAt: z.number(),
  status: z.enum(['open', 'ended']),
  addresses: z.array(z.string()),
  port: z.number().int().min(0).max(65535),
  participants: z.array(participantRecordSchema),
  triage: z.record(z.string(), z.strictObject({ status: z.enum(TRIAGE_STATUSES), at: z.number(), into: z.string().optional() })),
  /** The room document, as a base64 Yjs update. */
  room: z.string(),
});
export type WorkshopFile = z.infer<typeof workshopFileSchema>;

export const newWorkshopFile = (fields: Omit<WorkshopFile, 'format' | 'version'>): WorkshopFile => ({ format: FORMAT, version: VERSION, ...fields });

const participantPath = (folder: string, id: string) => join(folder, PARTICIPANTS_FOLDER, `${id}.ydoc`);

export async function saveParticipantDoc(folder: string, id: string, update: Uint8Array): Promise<void> {
  await mkdir(join(folder, PARTICIPANTS_FOLDER), { recursive: true });
  await writeFileAtomic(participantPath(folder, id), Buffer.from(update), { backup: false });
}

export async function saveWorkshopFile(folder: string, file: WorkshopFile): Promise<void> {
  await mkdir(folder, { recursive: true });
  await writeFileAtomic(join(folder, WORKSHOP_FILE), `${JSON.stringify(file)}\n`, { backup: false });
}

/**
 * workshop.json written at once, crash-safe (temp, fsync, rename, fsync the folder), blocking
 * the calling thread for it: the workshop's own thread, never the app's main thread. A phone
 * joining waits for its record on disk, and this takes no turns of a busy event loop to get
 * there. The folder is the workshop's own, in the user-data folder: no link, owner or mode of
 * the user's to keep, so none of writeFileAtomic's care for those is needed.
 */
export function saveWorkshopFileSync(folder: string, file: WorkshopFile): void {
  mkdirSync(folder, { recursive: true });
  const target = join(folder, WORKSHOP_FILE);
  const temp = tempPathFor(target);
  try {
    const handle = openSync(temp, 'wx', 0o600);
    try {
      writeSync(handle, `${JSON.stringify(file)}\n`);
      fsyncSync(handle);
    } finally {
      closeSync(handle);
    }
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  // Windows cannot open a folder to fsync it; NTFS journals the rename.
  if (process.platform === 'win32') return;
  const handle = openSync(folder, 'r');
  try {
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
}

export async function loadWorkshopFile(folder: string): Promise<WorkshopFile> {
  return workshopFileSchema.parse(JSON.parse(await readFile(join(folder, WORKSHOP_FILE), 'utf8')));
}

/** A participant's saved document, or null when there is none yet (joined, nothing saved). */
export async function loadParticipantDoc(folder: string, id: string): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(await readFile(participantPath(folder, id)));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** The workshops kept under `root` (userData/workshops), newest first, for "resume the workshop". */
export async function listWorkshops(root: string): Promise<{ folder: string; workshopId: string; createdAt: number; status: 'open' | 'ended' }[]> {
  let names: string[];
  try {
    names = await readdir(root);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const found = await Promise.all(names.map(async (name) => {
    const folder = join(root, name);
    try {
      const file = await loadWorkshopFile(folder);
      return { folder, workshopId: file.workshopId, createdAt: file.createdAt, status: file.status };
    } catch {
      return null;
    }
  }));
  return found.filter((entry) => entry !== null).sort((a, b) => b.createdAt - a.createdAt);
}
