import { applyAndRecord, applyChanges, invertChanges, type Change, type Transaction } from '../../shared/document/changes';
import { normalizeChanges } from '../../shared/document/nfc';
import type { JourneyDocument } from '../../shared/document/schema';

export interface JourneySnapshot {
  readonly document: JourneyDocument;
  /** Bumps on every change, undo and redo; compared with the saved version for dirtiness. */
  readonly version: number;
  readonly savedVersion: number;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** What made the latest change of the document: a transaction's name, done, undone or redone. */
  readonly lastChange?: { readonly name: string; readonly kind: 'do' | 'undo' | 'redo' };
}

interface HistoryEntry { readonly transaction: Transaction; readonly versionAfter: number; readonly versionBefore: number }

/**
 * The one write path for document changes: every edit is a named transaction of record
 * changes; undo applies the inverse. Loading a document clears history. Session state
 * (selection, zoom, scroll) lives elsewhere and never enters here.
 */
export class JourneyStore {
  private snapshot: JourneySnapshot;
  private undoStack: HistoryEntry[] = [];
  private redoStack: HistoryEntry[] = [];
  private nextVersion = 1;
  private readonly listeners = new Set<() => void>();

  constructor(document: JourneyDocument) {
    this.snapshot = { document, version: 0, savedVersion: 0, canUndo: false, canRedo: false };
  }

  getSnapshot = (): JourneySnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get document(): JourneyDocument {
    return this.snapshot.document;
  }

  get dirty(): boolean {
    return this.snapshot.version !== this.snapshot.savedVersion;
  }

  /** Applies a gesture's changes as one undoable step. Empty change lists are ignored. */
  transact(name: string, changes: readonly Change[]): void {
    if (changes.length === 0) return;
    const applied = applyAndRecord(this.snapshot.document, normalizeChanges(changes));
    const versionBefore = this.snapshot.version;
    const versionAfter = this.nextVersion++;
    this.undoStack.push({ transaction: { name, changes: applied.changes }, versionBefore, versionAfter });
    const document = applied.document;
    this.redoStack = [];
    this.publish(document, versionAfter, { name, kind: 'do' });
  }

  undo(): void {
    const entry = this.undoStack.pop();
    if (!entry) return;
    this.redoStack.push(entry);
    this.publish(applyChanges(this.snapshot.document, invertChanges(entry.transaction.changes)), entry.versionBefore, { name: entry.transaction.name, kind: 'undo' });
  }

  redo(): void {
    const entry = this.redoStack.pop();
    if (!entry) return;
    this.undoStack.push(entry);
    this.publish(applyChanges(this.snapshot.document, entry.transaction.changes), entry.versionAfter, { name: entry.transaction.name, kind: 'redo' });
  }

  /** Records that `version` is what is on disk now. */
  markSaved(version: number): void {
    this.snapshot = { ...this.snapshot, savedVersion: version };
    this.emit();
  }

  private publish(document: JourneyDocument, version: number, lastChange: NonNullable<JourneySnapshot['lastChange']>): void {
    this.snapshot = {
      ...this.snapshot,
      document,
      version,
      lastChange,
      canUndo: this.undoStack.length > 0,
      canRedo: this.redoStack.length > 0,
    };
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
