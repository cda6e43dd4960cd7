import * as Y from 'yjs';
import type { Change } from '../document/changes';
import type { JourneyDocument } from '../document/schema';
import { changesBetween } from '../merge/changes-between';
import { sameRecord } from '../document/same-record';
import { RECORD_TABLES } from '../merge/three-way';
import { JourneyDeriver, type CoeditNote, type Derived } from './derive';
import { journeyY } from './y-layout';
import { seedJourney, writeChanges } from './write-changes';

/** What a shared-state change means for this laptop's journey. */
export interface Refreshed {
  /** The changes that bring the laptop's journey to the shared one (none when it already is). */
  readonly changes: readonly Change[];
  readonly notes: readonly CoeditNote[];
  /** The shared state derived into something the schema refuses (a limit passed): not applied. */
  readonly refused: boolean;
}

/**
 * One laptop's side of a co-edited journey: the Y.Doc every laptop converges on, this laptop's
 * edits written into it under `localOrigin` (which its undo manager tracks, so undo takes back
 * only this person's changes), and the journey derived back out of it after anyone's change.
 */
export class JourneyMirror {
  readonly localOrigin = { coedit: 'local' } as const;
  readonly undoManager: Y.UndoManager;
  private readonly deriver: JourneyDeriver;
  /** Derived records found equal to the laptop's own (by value): compared by identity next time, not field by field. */
  private readonly equalTo = new WeakMap<object, unknown>();
  private readonly same = (mine: unknown, shared: unknown): boolean => {
    if (mine === shared) return true;
    if (typeof shared !== 'object' || shared === null) return sameRecord(mine, shared);
    if (this.equalTo.get(shared) === mine) return true;
    if (!sameRecord(mine, shared)) return false;
    this.equalTo.set(shared, mine);
    return true;
  };

  constructor(readonly doc: Y.Doc) {
    const y = journeyY(doc);
    this.deriver = new JourneyDeriver(doc);
    const scope = [...RECORD_TABLES.map((table) => y.tables[table].yarray), y.meta.yarray];
    // Every transaction is one gesture already: nothing is merged by time.
    this.undoManager = new Y.UndoManager(scope, { trackedOrigins: new Set([this.localOrigin]), captureTimeout: 0 });
  }

  /** The host starts the shared state from its journey: every record and field, as one transaction. */
  static seed(doc: Y.Doc, journey: JourneyDocument, origin: unknown = 'seed'): void {
    seedJourney(doc, journey, origin);
  }

  /** This laptop's edit, as its store just applied it. */
  writeLocal(changes: readonly Change[]): void {
    writeChanges(this.doc, changes, this.localOrigin);
  }

  /** What differs between `journey` (this laptop's) and the shared state now. */
  refresh(journey: JourneyDocument): Refreshed {
    const derived = this.deriver.derive();
    if (!this.deriver.valid(derived)) return { changes: [], notes: derived.notes, refused: true };
    return { changes: changesBetween(journey, derived.document, this.same), notes: derived.notes, refused: false };
  }

  /** The shared journey as every laptop derives it. */
  derive(): JourneyDocument {
    return this.deriver.derive().document;
  }

  /** The shared journey and what the rules made of it. */
  deriveWithNotes(): Derived {
    return this.deriver.derive();
  }

  /** Whether the file would take `derived` (the schema's whole check, sparing the records already checked here). */
  valid(derived: Derived): boolean {
    return this.deriver.valid(derived);
  }
}
