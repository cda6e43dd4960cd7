import type { ApiMethods } from '../../../shared/ipc/contract';
import type { FileFingerprint } from '../../../shared/ipc/fingerprint';
import type { JourneyStore } from '../../state/journey-store';

/** About a second after the last change, as the issue asks; never more than ten seconds behind while typing on. */
export const JOURNAL_DELAY_MS = 1_000;
export const JOURNAL_MAX_WAIT_MS = 10_000;

/** Where the journaled map lives: what the start screen shows and what a restore reopens. */
export interface JournalFile {
  readonly path: string | null;
  readonly name: string;
  readonly baseline: FileFingerprint | null;
}

type JournalApi = Pick<ApiMethods, 'writeRecovery' | 'discardRecovery' | 'releaseRecovery'>;

/**
 * Journals one open map's unsaved edits to main (the user-data folder), off the editing path:
 * a timer after the last change, writes one at a time in order. A clean map has no journal.
 */
export class RecoveryJournal {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pendingSince: number | null = null;
  private editedAt = Date.now();
  private written: boolean;
  private finished = false;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly unsubscribe: () => void;

  readonly id: string;

  /** `restored`: the journal this map came back from, already on disk. */
  constructor(
    private readonly api: JournalApi,
    private readonly store: JourneyStore,
    private file: JournalFile,
    restored?: { id: string; editedAt: string },
  ) {
    this.id = restored?.id ?? crypto.randomUUID();
    this.written = restored !== undefined;
    if (restored) this.editedAt = Date.parse(restored.editedAt);
    this.unsubscribe = store.subscribe(this.onChange);
  }

  /** After a save or Save As: the file the journal belongs to now. */
  setFile(file: JournalFile): void {
    this.file = file;
  }

  private readonly onChange = (): void => {
    if (this.finished) return;
    if (!this.store.dirty) {
      this.cancelTimer();
      if (this.written) this.enqueue(() => this.api.discardRecovery({ id: this.id }));
      this.written = false;
      return;
    }
    this.editedAt = Date.now();
    this.pendingSince ??= this.editedAt;
    clearTimeout(this.timer);
    const wait = Math.min(JOURNAL_DELAY_MS, this.pendingSince + JOURNAL_MAX_WAIT_MS - this.editedAt);
    this.timer = setTimeout(() => void this.flush(), Math.max(0, wait));
  };

  /** Writes the current edits now (if there are any) and waits until main has them on disk. */
  async flush(): Promise<void> {
    this.cancelTimer();
    if (this.store.dirty) {
      const entry = { id: this.id, ...this.file, editedAt: new Date(this.editedAt).toISOString(), document: this.store.document };
      this.written = true;
      this.enqueue(() => this.api.writeRecovery(entry));
    }
    await this.queue;
  }

  /** The map is closing: unsaved edits stay for the start screen; a clean map leaves nothing. */
  async close(): Promise<void> {
    if (this.finished) return;
    await this.flush();
    this.stop();
    if (this.written) this.enqueue(() => this.api.releaseRecovery({ id: this.id }));
    await this.queue;
  }

  /** The user chose to drop the edits (reload from disk). */
  async discard(): Promise<void> {
    if (this.finished) return;
    this.stop();
    this.cancelTimer();
    this.enqueue(() => this.api.discardRecovery({ id: this.id }));
    this.written = false;
    await this.queue;
  }

  private stop(): void {
    this.finished = true;
    this.unsubscribe();
  }

  private cancelTimer(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pendingSince = null;
  }

  private enqueue(write: () => Promise<unknown>): void {
    // A failed journal write must not stop the next one; the map itself is still in memory.
    this.queue = this.queue.then(write, write).catch(() => undefined);
  }
}
