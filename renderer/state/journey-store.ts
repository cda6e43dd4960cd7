import {
  applyAndRecord, applyChanges, invertChanges, type AppliedChange, type Change, type Transaction, type TransactionOrigin,
} from '../../shared/document/changes';
import { normalizeChanges } from '../../shared/document/nfc';
import type { JourneyDocument } from '../../shared/document/schema';

export interface JourneySnapshot {
  readonly document: JourneyDocument;
  /** Bumps on every change, undo and redo; compared with the saved version for dirtiness. */
  readonly version: number;
  readonly savedVersion: number;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

/** Told of every change of the document, after the snapshot shows it; never of saves. */
export type ChangeListener = (change: AppliedChange) => void;

/** Undo and redo kept elsewhere (co-editing: Yjs's UndoManager, which takes back only this person's changes). */
export interface HistoryDelegate {
  undo(): void;
  redo(): void;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

interface HistoryEntry { readonly transaction: Transaction; readonly versionAfter: number; readonly versionBefore: number }

/**
 * The one write path for document changes: every edit is a named transaction of record
 * changes with an origin; undo applies the inverse. Loading a document clears history.
 * Session state (selection, zoom, scroll) lives elsewhere and never enters here.
 *
 * Two kinds of listener: `subscribe` (React's useSyncExternalStore: anything in the snapshot
 * changed, saves included) and `listen` (each document change with its transaction and
 * origin, as tldraw's store listeners get a change's source), so that persistence, sync and
 * write-through decide by origin, never by a transaction's name.
 */
export class JourneyStore {
  private snapshot: JourneySnapshot;
  private undoStack: HistoryEntry[] = [];
  private redoStack: HistoryEntry[] = [];
  private nextVersion = 1;
  private readonly subscribers = new Set<() => void>();
  private readonly changeListeners = new Set<ChangeListener>();
  private history: HistoryDelegate | null = null;

  constructor(document: JourneyDocument) {
    this.snapshot = { document, version: 0, savedVersion: 0, canUndo: false, canRedo: false };
  }

  getSnapshot = (): JourneySnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.subscribers.add(listener);
    return () => this.subscribers.delete(listener);
  };

  listen(listener: ChangeListener): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  get document(): JourneyDocument {
    return this.snapshot.document;
  }

  get dirty(): boolean {
    return this.snapshot.version !== this.snapshot.savedVersion;
  }

  /**
   * Applies a gesture's changes as one undoable step. Empty change lists are ignored. A
   * `remote` transaction (a co-editor's, through sync) changes the document without entering
   * this window's history: undo here takes back only what was done here.
   */
  transact(name: string, changes: readonly Change[], origin: TransactionOrigin = 'user'): void {
    if (changes.length === 0) return;
    const applied = applyAndRecord(this.snapshot.document, normalizeChanges(changes));
    const transaction: Transaction = { name, origin, changes: applied.changes };
    const versionBefore = this.snapshot.version;
    const versionAfter = this.nextVersion++;
    if (origin !== 'remote') {
      this.undoStack.push({ transaction, versionBefore, versionAfter });
      this.redoStack = [];
    }
    this.publish(applied.document, versionAfter, { transaction, origin, changes: applied.changes });
  }

  /** Undo and redo go to `delegate` from now on (null: this store's own history again). */
  setHistory(delegate: HistoryDelegate | null): void {
    this.history = delegate;
    this.historyChanged();
  }

  /** The delegate's stacks changed: the snapshot's canUndo and canRedo follow. */
  historyChanged(): void {
    this.snapshot = { ...this.snapshot, ...this.historyState() };
    this.notify();
  }

  undo(): void {
    if (this.history) return this.history.undo();
    const entry = this.undoStack.pop();
    if (!entry) return;
    this.redoStack.push(entry);
    const changes = invertChanges(entry.transaction.changes);
    this.publish(applyChanges(this.snapshot.document, changes), entry.versionBefore, { transaction: entry.transaction, origin: 'undo', changes });
  }

  redo(): void {
    if (this.history) return this.history.redo();
    const entry = this.redoStack.pop();
    if (!entry) return;
    this.undoStack.push(entry);
    const { changes } = entry.transaction;
    this.publish(applyChanges(this.snapshot.document, changes), entry.versionAfter, { transaction: entry.transaction, origin: 'redo', changes });
  }

  /** Records that `version` is what is on disk now. */
  markSaved(version: number): void {
    this.snapshot = { ...this.snapshot, savedVersion: version };
    this.notify();
  }

  private publish(document: JourneyDocument, version: number, change: AppliedChange): void {
    this.snapshot = {
      ...this.snapshot,
      document,
      version,
      ...this.historyState(),
    };
    for (const listener of this.changeListeners) listener(change);
    this.notify();
  }

  private historyState(): { canUndo: boolean; canRedo: boolean } {
    if (this.history) return { canUndo: this.history.canUndo, canRedo: this.history.canRedo };
    return { canUndo: this.undoStack.length > 0, canRedo: this.redoStack.length > 0 };
  }

  private notify(): void {
    for (const listener of this.subscribers) listener();
  }
}
