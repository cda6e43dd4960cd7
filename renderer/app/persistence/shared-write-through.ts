import type { AppliedChange } from '../../../shared/document/changes';
import type { JourneyDocument } from '../../../shared/document/schema';
import { sameShared, sharedFromPersona, type SharedPersona } from '../../../shared/workspace/persona-library';

/** The shared personas whose copy differs between `before` and `after` (same persona, same library entry), both ways. */
function changedCopies(before: JourneyDocument, after: JourneyDocument): { before: SharedPersona; after: SharedPersona }[] {
  // Most changes touch neither personas nor images: nothing to compare.
  if (before.personas === after.personas && before.assets === after.assets) return [];
  const old = new Map(before.personas.map((p) => [p.id, p]));
  return after.personas.flatMap((persona) => {
    const previous = old.get(persona.id);
    if (persona.sharedId === undefined || previous?.sharedId !== persona.sharedId) return [];
    const was = sharedFromPersona(before, previous, persona.sharedId);
    const now = sharedFromPersona(after, persona, persona.sharedId);
    return sameShared(was, now) ? [] : [{ before: was, after: now }];
  });
}

/**
 * Which of the map's shared personas must be written through to the workspace's library and
 * its other maps: any change of a copy (an edit, its undo or redo) counts; a change pulled
 * from the library (and its undo and redo) or made by a co-editor is never sent back, as the
 * transaction's origin says. Changes are noted as they happen and written on the persistence
 * coordinator's turn, each persona once, as the map holds it then.
 */
export class SharedWriteThrough {
  private readonly pending = new Set<string>();
  /** Each copy as last written through, or as the library gave it. */
  private readonly known = new Map<string, SharedPersona>();

  note(before: JourneyDocument, after: JourneyDocument, change: AppliedChange): void {
    const fromElsewhere = change.transaction.origin === 'library' || change.transaction.origin === 'remote';
    for (const copy of changedCopies(before, after)) {
      const { id } = copy.after;
      if (!this.known.has(id)) this.known.set(id, copy.before);
      if (fromElsewhere) {
        this.known.set(id, copy.after);
        this.pending.delete(id);
      } else this.pending.add(id);
    }
  }

  get hasPending(): boolean {
    return this.pending.size > 0;
  }

  /** The entries to write now: each noted copy as `document` holds it, unless it says what was last written. */
  take(document: JourneyDocument): SharedPersona[] {
    const entries: SharedPersona[] = [];
    for (const id of this.pending) {
      const persona = document.personas.find((p) => p.sharedId === id);
      if (!persona) continue;
      const entry = sharedFromPersona(document, persona, id);
      const last = this.known.get(id);
      if (last && sameShared(last, entry)) continue;
      this.known.set(id, entry);
      entries.push(entry);
    }
    this.pending.clear();
    return entries;
  }
}
