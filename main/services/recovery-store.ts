import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { JourneyFileError } from '../../shared/document/errors';
import { assertNestingWithin, assertNoForbiddenKeys } from '../../shared/document/json-guard';
import { LIMITS } from '../../shared/document/limits';
import { formatPath, parseJourneyText } from '../../shared/document/parse';
import { recoveryEntrySchema, type RecoveryEntry, type RecoverySummary } from '../../shared/ipc/recovery';
import { writeFileAtomic } from './atomic-write';
import { readTextChecked } from './journey-file-adapter';
import { removeAllStaleTemps } from './stale-temps';

const JOURNAL_SUFFIX = '.journal.json';
/** The document is checked by parseJourneyText on the way in, so a journal from an older Waymark migrates. */
const journalFileSchema = z.strictObject({
  format: z.literal('waymark.recovery'),
  version: z.literal(1),
  entry: recoveryEntrySchema.omit({ document: true }).extend({ document: z.record(z.string(), z.unknown()) }),
});

/**
 * Unsaved edits, one journal file per open journey in `<userData>/recovery`. A journal a
 * live window is writing is "claimed" by that window in memory; the start screen offers only
 * unclaimed ones, which after a crash or a kill is all of them.
 */
export class RecoveryStore {
  private readonly folder: string;
  private readonly claims = new Map<string, number>();

  constructor(userDataFolder: string) {
    this.folder = join(userDataFolder, 'recovery');
  }

  private fileOf(id: string): string {
    return join(this.folder, `${id}${JOURNAL_SUFFIX}`);
  }

  /** Clears temp files of journal writes a crash interrupted. Call once at start. */
  async sweep(): Promise<string[]> {
    return removeAllStaleTemps(this.folder);
  }

  async write(entry: RecoveryEntry, windowId: number): Promise<void> {
    this.assertClaimable(entry.id, windowId);
    this.claims.set(entry.id, windowId);
    await mkdir(this.folder, { recursive: true });
    const text = JSON.stringify({ format: 'waymark.recovery', version: 1, entry });
    await writeFileAtomic(this.fileOf(entry.id), text, { backup: false });
  }

  async discard(id: string, windowId: number): Promise<void> {
    this.assertClaimable(id, windowId);
    this.claims.delete(id);
    await rm(this.fileOf(id), { force: true });
  }

  /** The window stops journaling `id` but keeps its edits for the start screen (a dirty map closed). */
  release(id: string, windowId: number): void {
    if (this.claims.get(id) === windowId) this.claims.delete(id);
  }

  /** A window went away (or its page crashed): its journals become recoverable. */
  releaseWindow(windowId: number): void {
    for (const [id, owner] of this.claims) if (owner === windowId) this.claims.delete(id);
  }

  /** The user chose "Don't Save" for a window: its edits go. */
  async discardWindow(windowId: number): Promise<void> {
    const ids = [...this.claims].filter(([, owner]) => owner === windowId).map(([id]) => id);
    for (const id of ids) await this.discard(id, windowId);
  }

  /** Journals no live window is writing, newest edit first. Damaged journals are left alone and skipped. */
  async list(): Promise<RecoverySummary[]> {
    const entries = await this.readAll();
    return entries
      .filter((entry) => !this.claims.has(entry.id))
      .map(({ id, path, name, editedAt, document }) => ({ id, path, name, editedAt, title: document.journey.title }))
      .sort((a, b) => (a.editedAt < b.editedAt ? 1 : a.editedAt > b.editedAt ? -1 : 0));
  }

  /** The full entry; the window now owns the journal and keeps writing it as the user edits. */
  async restore(id: string, windowId: number): Promise<RecoveryEntry> {
    this.assertClaimable(id, windowId);
    const entry = await this.read(id);
    this.claims.set(id, windowId);
    return entry;
  }

  private assertClaimable(id: string, windowId: number): void {
    const owner = this.claims.get(id);
    if (owner !== undefined && owner !== windowId) throw new JourneyFileError('locked', 'these unsaved changes belong to another window');
  }

  private async read(id: string): Promise<RecoveryEntry> {
    const damaged = () => new JourneyFileError('invalid', 'the unsaved changes were damaged and cannot be restored');
    const text = await readTextChecked(this.fileOf(id), LIMITS.fileBytes * 2);
    assertNestingWithin(text, LIMITS.nesting);
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw damaged();
    }
    assertNoForbiddenKeys(data, formatPath);
    const parsed = journalFileSchema.safeParse(data);
    if (!parsed.success) throw damaged();
    return { ...parsed.data.entry, document: parseJourneyText(JSON.stringify(parsed.data.entry.document)) };
  }

  private async readAll(): Promise<RecoveryEntry[]> {
    const names = await readdir(this.folder).catch(() => [] as string[]);
    const entries: RecoveryEntry[] = [];
    for (const name of names.filter((n) => n.endsWith(JOURNAL_SUFFIX) && !n.startsWith('.'))) {
      const entry = await this.read(name.slice(0, -JOURNAL_SUFFIX.length)).catch(() => null);
      if (entry) entries.push(entry);
    }
    return entries;
  }
}
