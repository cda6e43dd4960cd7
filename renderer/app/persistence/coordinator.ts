import type { AppliedChange } from '../../../shared/document/changes';
import type { JourneyDocument } from '../../../shared/document/schema';
import type { ApiMethods } from '../../../shared/ipc/contract';
import type { FileFingerprint } from '../../../shared/ipc/fingerprint';
import type { SharedPersonaWrite } from '../../../shared/ipc/portfolio';
import type { ReadOnlyReason } from '../../../shared/ipc/read-only';
import type { IpcError, Result } from '../../../shared/ipc/result';
import type { JourneyStore } from '../../state/journey-store';
import { SharedWriteThrough } from './shared-write-through';
import { SerialJobs } from './serial-jobs';

/** About a second after the last change; never more than ten seconds behind while the user edits on. */
export const PERSIST_DELAY_MS = 1_000;
export const PERSIST_MAX_WAIT_MS = 10_000;
/**
 * Others' edits on a map this laptop can only journal (a co-editing guest's mirror) wait this
 * long at most while they keep coming: the host keeps them too, and journaling the whole map
 * every ten seconds cost the guest's window more than drawing their edits. This person's own
 * edits keep the ten seconds.
 */
export const REMOTE_JOURNAL_MAX_WAIT_MS = 60_000;

export type PersistenceApi = Pick<ApiMethods, 'saveJourney' | 'writeRecovery' | 'discardRecovery' | 'releaseRecovery' | 'putSharedPersona'>;

/** Where the map lives and what this window knows of its file. */
export interface PersistedFile {
  readonly path: string | null;
  readonly name: string;
  /** The file as this window last read or wrote it (main, which knows its own writes, checks against those first). */
  readonly fingerprint: FileFingerprint | null;
  /** Why the file cannot be written where it is: edits are journaled, and Save asks where. */
  readonly readOnly: ReadOnlyReason | null;
}

/** What stopped a write of the file. */
export type SaveProblem =
  | { readonly kind: 'conflict'; readonly path: string }
  | { readonly kind: 'read-only'; readonly reason: ReadOnlyReason }
  | { readonly kind: 'failed'; readonly path: string; readonly error: IpcError };

/** What a turn of the coordinator came to: the file written, the edits journaled, nothing to do, or no file to write to. */
export type SaveOutcome = { readonly kind: 'saved' | 'journaled' | 'idle' | 'needs-path' } | SaveProblem;

export interface PersistenceEvents {
  /** A write of the file started (true) or ended. */
  saving(saving: boolean): void;
  /** The file holds the map as it was when the write started: its path, name and fingerprint now. */
  saved(file: PersistedFile, savedAt: Date): void;
  /** A write nobody asked for (autosave) did not happen; the edits are journaled instead. */
  problem(problem: SaveProblem): void;
}

type Job = { readonly kind: 'auto' } | { readonly kind: 'write'; readonly path: string; readonly check: boolean };
/** A write asked for (Save, Save As) wins over a turn of autosave; the later of two writes wins. */
const mergeJobs = (queued: Job, next: Job): Job => (next.kind === 'write' ? next : queued);

/**
 * The one persistence listener of an open map (as tldraw's one throttled persistence listener
 * and excalidraw's single onChange seam): one timer, one turn in flight, at most one queued
 * behind it. Autosave, Save, Save As, overwrite, closing and the shared-persona write-through
 * all go through it. A turn writes the file when it can (a path, writable, autosave on, no
 * conflict waiting for the user) in one call to main, which also drops the map's journal; it
 * journals the edits for recovery only when it cannot (untitled, read-only, autosave off, a
 * failing disk, a conflict).
 */
export class PersistenceCoordinator {
  readonly journalId: string;
  private current: PersistedFile;
  private autosave: boolean;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pendingSince: number | null = null;
  private editedAt = Date.now();
  private journaled: boolean;
  private journaledVersion: number | null = null;
  /** This person edited since the last turn (not only the others, through co-editing). */
  private ownEditsWaiting = false;
  /** Autosave met a change by another program: it journals until the user saves and chooses. */
  private conflictWaiting = false;
  private closed = false;
  private lastDocument: JourneyDocument;
  private writing: { path: string; version: number; outcome: Promise<SaveOutcome> } | null = null;
  private readonly jobs = new SerialJobs<Job, SaveOutcome>(mergeJobs, (job) => this.run(job));
  private readonly shared = new SharedWriteThrough();
  private readonly sharedListeners = new Set<(written: Result<SharedPersonaWrite>) => void>();
  private readonly unlisten: () => void;

  /** `restored`: the journal this map came back from, already on disk. */
  constructor(
    private readonly api: PersistenceApi,
    private readonly store: JourneyStore,
    file: PersistedFile,
    private readonly events: PersistenceEvents,
    options: { autosave: boolean; restored?: { id: string; editedAt: string } },
  ) {
    this.current = file;
    this.autosave = options.autosave;
    this.journalId = options.restored?.id ?? crypto.randomUUID();
    this.journaled = options.restored !== undefined;
    if (options.restored) this.editedAt = Date.parse(options.restored.editedAt);
    this.lastDocument = store.document;
    this.unlisten = store.listen(this.onChange);
  }

  get file(): PersistedFile {
    return this.current;
  }

  /** Autosave turned on with edits waiting: they are written on the next turn. */
  setAutosave(on: boolean): void {
    const turnedOn = on && !this.autosave;
    this.autosave = on;
    if (turnedOn && this.store.dirty) this.schedule();
  }

  /** The disk watcher found the file's bytes unchanged under a new fingerprint (touched, or copied back). */
  noteFingerprint(fingerprint: FileFingerprint): void {
    this.current = { ...this.current, fingerprint };
  }

  /** Subscribes to the results of writing shared personas through (for the notes above the map). */
  onSharedWritten(listener: (written: Result<SharedPersonaWrite>) => void): () => void {
    this.sharedListeners.add(listener);
    return () => this.sharedListeners.delete(listener);
  }

  /** Save: the map to its file now, checked against the file as last read or written; `needs-path` when it has none it may write. */
  async save(): Promise<SaveOutcome> {
    const { path, readOnly } = this.current;
    if (path === null || readOnly !== null) return { kind: 'needs-path' };
    // A write of this very version to this file is already under way, with nothing queued: it is this save.
    const writing = this.writing;
    if (writing && writing.path === path && writing.version === this.store.getSnapshot().version && !this.jobs.hasQueued) return writing.outcome;
    return this.jobs.request({ kind: 'write', path, check: true });
  }

  /** Save As (`check`: against the file there if it is the map's own) or overwrite (unchecked). */
  saveTo(path: string, check: boolean): Promise<SaveOutcome> {
    return this.jobs.request({ kind: 'write', path, check });
  }

  /** Resolves once nothing is in flight or queued (the timer may still be waiting). */
  idle(): Promise<void> {
    return this.jobs.idle();
  }

  /** Does now what the timer would have done, and waits until nothing is in flight. */
  async flush(): Promise<void> {
    if (this.closed) return;
    this.cancelTimer();
    await this.jobs.request({ kind: 'auto' });
  }

  /**
   * The map is closing. 'keep': unsaved edits stay journaled for the start screen (the window
   * may already be on another file, so the file is not written here: callers flush first);
   * 'discard': the edits and their journal go.
   */
  async close(edits: 'keep' | 'discard'): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.unlisten();
    this.cancelTimer();
    await this.jobs.idle();
    if (edits === 'discard') {
      if (this.journaled) await this.api.discardRecovery({ id: this.journalId });
      this.journaled = false;
      return;
    }
    if (this.store.dirty) await this.journal();
    await this.writeShared();
    if (this.journaled) await this.api.releaseRecovery({ id: this.journalId });
  }

  private readonly onChange = (change: AppliedChange): void => {
    const before = this.lastDocument;
    this.lastDocument = this.store.document;
    this.shared.note(before, this.lastDocument, change);
    this.editedAt = Date.now();
    if (change.origin !== 'remote') this.ownEditsWaiting = true;
    this.schedule();
  };

  private schedule(): void {
    if (this.closed) return;
    const now = Date.now();
    this.pendingSince ??= now;
    clearTimeout(this.timer);
    const { path, readOnly } = this.current;
    const writesFile = path !== null && readOnly === null && this.autosave && !this.conflictWaiting;
    const maxWait = writesFile || this.ownEditsWaiting ? PERSIST_MAX_WAIT_MS : REMOTE_JOURNAL_MAX_WAIT_MS;
    const wait = Math.min(PERSIST_DELAY_MS, this.pendingSince + maxWait - now);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.jobs.request({ kind: 'auto' });
    }, Math.max(0, wait));
  }

  private cancelTimer(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pendingSince = null;
  }

  /** One turn: what the map needs (written, journaled, or its journal dropped), then the shared personas. */
  private async run(job: Job): Promise<SaveOutcome> {
    // This turn takes every change so far; later ones start the timer again.
    this.cancelTimer();
    this.ownEditsWaiting = false;
    const outcome = job.kind === 'write' ? await this.write(job.path, job.check) : await this.autosaveTurn();
    if (job.kind === 'auto' && (outcome.kind === 'conflict' || outcome.kind === 'read-only' || outcome.kind === 'failed')) this.events.problem(outcome);
    await this.writeShared();
    return outcome;
  }

  private async autosaveTurn(): Promise<SaveOutcome> {
    if (!this.store.dirty) {
      // Undone back to what is on disk: the journal has nothing to keep.
      if (this.journaled) await this.dropJournal();
      return { kind: 'idle' };
    }
    const { path, readOnly } = this.current;
    if (path !== null && readOnly === null && this.autosave && !this.conflictWaiting) return this.write(path, true);
    await this.journal();
    return { kind: 'journaled' };
  }

  private write(path: string, check: boolean): Promise<SaveOutcome> {
    const { version } = this.store.getSnapshot();
    const outcome = this.writeFile(path, check);
    this.writing = { path, version, outcome };
    return outcome.finally(() => {
      this.writing = null;
    });
  }

  private async writeFile(path: string, check: boolean): Promise<SaveOutcome> {
    const { document, version } = this.store.getSnapshot();
    const own = path === this.current.path;
    const baseline = check && own ? this.current.fingerprint : null;
    const journalId = this.journaled ? this.journalId : undefined;
    this.events.saving(true);
    const result = await this.api.saveJourney({ path, document, ...(baseline ? { baseline } : {}), ...(journalId ? { journalId } : {}) });
    this.events.saving(false);
    if (result.ok) {
      const { name, fingerprint, savedAt } = result.value;
      // Main dropped the journal in the same call.
      if (journalId) this.journaled = false;
      this.conflictWaiting = false;
      this.current = { path: result.value.path, name, fingerprint, readOnly: null };
      // "Saved" only once main reports the file durable on disk; edits made meanwhile stay unsaved.
      this.store.markSaved(version);
      this.events.saved(this.current, new Date(savedAt));
      return { kind: 'saved' };
    }
    const { error } = result;
    let problem: SaveProblem;
    if (error.code === 'read-only' && own) {
      // The map's own file turned out not to be writable (a medium made read-only since it opened).
      const reason = error.reason ?? 'read-only-medium';
      this.current = { ...this.current, readOnly: reason };
      problem = { kind: 'read-only', reason };
    } else if (error.code === 'changed-on-disk') {
      this.conflictWaiting = true;
      problem = { kind: 'conflict', path };
    } else problem = { kind: 'failed', path, error };
    // Whatever stopped the write, the edits are kept for recovery.
    if (this.store.dirty) await this.journal();
    return problem;
  }

  private async journal(): Promise<void> {
    const { document, version } = this.store.getSnapshot();
    if (this.journaled && this.journaledVersion === version) return;
    const { path, name, fingerprint } = this.current;
    const entry = { id: this.journalId, path, name, baseline: fingerprint, editedAt: new Date(this.editedAt).toISOString(), document };
    const result = await this.api.writeRecovery(entry);
    // A failed journal write leaves the map in memory; the next turn tries again.
    if (!result.ok) return;
    this.journaled = true;
    this.journaledVersion = version;
  }

  private async dropJournal(): Promise<void> {
    const result = await this.api.discardRecovery({ id: this.journalId });
    if (result.ok) this.journaled = false;
  }

  /** Writes each changed shared persona through to the library and the workspace's other maps (a map with a file only). */
  private async writeShared(): Promise<void> {
    if (!this.shared.hasPending) return;
    const entries = this.shared.take(this.store.document);
    const mapPath = this.current.path;
    if (mapPath === null) return;
    for (const entry of entries) {
      const written = await this.api.putSharedPersona({ mapPath, entry, propagate: true });
      for (const listener of this.sharedListeners) listener(written);
    }
  }
}
