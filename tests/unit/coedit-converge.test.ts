import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyChanges, type Change, type TableName } from '../../shared/document/changes';
import { journeyDocumentSchema, type JourneyDocument } from '../../shared/document/schema';
import { JourneyDeriver, validDerived, type CoeditNote } from '../../shared/coedit/derive';
import { JourneyMirror } from '../../shared/coedit/mirror';
import { groupsOf, groupValue } from '../../shared/coedit/y-layout';
import { parseJourneyText } from '../../shared/document/parse';
import { RECORD_TABLES } from '../../shared/merge/three-way';
import { sameRecord as sameValue } from '../../shared/document/same-record';
import { changesFor, gesture } from '../helpers/edit-gestures';
import { currentFixtureText } from '../helpers/fixtures';

const start = parseJourneyText(currentFixtureText());
const NETWORK = 'network';

/** One laptop: its store's journey, its mirror of the shared state, and whether it is on the room's network. */
interface Laptop {
  journey: JourneyDocument;
  readonly mirror: JourneyMirror;
  online: boolean;
  /** Updates sent to it and not yet arrived. */
  inbox: Uint8Array[];
  notes: readonly CoeditNote[];
}

/** Three laptops on one map: the first seeds the shared state, the others join from it. */
function room(): Laptop[] {
  const host = new Y.Doc();
  JourneyMirror.seed(host, start);
  const laptops = [host, new Y.Doc(), new Y.Doc()].map((doc): Laptop => {
    if (doc !== host) Y.applyUpdate(doc, Y.encodeStateAsUpdate(host), NETWORK);
    return { journey: start, mirror: new JourneyMirror(doc), online: true, inbox: [], notes: [] };
  });
  for (const laptop of laptops) {
    laptop.mirror.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === NETWORK || !laptop.online) return;
      for (const other of laptops) if (other !== laptop && other.online) other.inbox.push(update);
    });
  }
  return laptops;
}

/** What arrived is applied, and the laptop's journey follows the shared state as its store would. */
function follow(laptop: Laptop): void {
  // The mirror derives incrementally (only what transactions touched): exactly what deriving from scratch gives.
  const fresh = new JourneyDeriver(laptop.mirror.doc).derive();
  const followed = laptop.mirror.deriveWithNotes();
  expect(followed).toEqual(fresh);
  expect(laptop.mirror.valid(followed)).toBe(validDerived(fresh));
  const refreshed = laptop.mirror.refresh(laptop.journey);
  expect(refreshed.refused).toBe(false);
  laptop.journey = applyChanges(laptop.journey, refreshed.changes);
  laptop.notes = refreshed.notes;
}

function deliver(laptop: Laptop): void {
  const arrived = laptop.inbox.splice(0);
  for (const update of arrived) Y.applyUpdate(laptop.mirror.doc, update, NETWORK);
  follow(laptop);
}

/** Back on the network: both sides send what the other lacks. */
function reconnect(laptop: Laptop, laptops: readonly Laptop[]): void {
  laptop.online = true;
  for (const other of laptops) {
    if (other === laptop || !other.online) continue;
    Y.applyUpdate(other.mirror.doc, Y.encodeStateAsUpdate(laptop.mirror.doc, Y.encodeStateVector(other.mirror.doc)), NETWORK);
    Y.applyUpdate(laptop.mirror.doc, Y.encodeStateAsUpdate(other.mirror.doc, Y.encodeStateVector(laptop.mirror.doc)), NETWORK);
    follow(other);
  }
  follow(laptop);
}

/** A journey with its tables in id order: laptops may list records in the order they arrived. */
const canonical = (doc: JourneyDocument) => ({
  ...doc,
  ...Object.fromEntries(RECORD_TABLES.map((t) => [t, [...(doc[t] as { id: string }[])].sort((a, b) => (a.id < b.id ? -1 : 1))])),
});

type Write = { table: TableName | 'journey'; id: string; group: string; value: unknown };

/** Every group of fields (or journey field) an edit set, and every record it removed. */
function writesOf(changes: readonly Change[]): { writes: Write[]; removed: string[] } {
  const writes: Write[] = [];
  const removed: string[] = [];
  for (const change of changes) {
    if (change.table === 'journey') {
      for (const field of new Set([...Object.keys(change.before), ...Object.keys(change.after)]) as Set<keyof JourneyDocument['journey']>) {
        if (!sameValue(change.before[field], change.after[field])) writes.push({ table: 'journey', id: '', group: field, value: change.after[field] });
      }
      continue;
    }
    const before = change.before as Record<string, unknown> | null;
    const after = change.after as Record<string, unknown> | null;
    if (after === null) {
      removed.push(`${change.table}/${String(before?.['id'])}`);
      continue;
    }
    const id = String(after['id']);
    writes.push({ table: change.table, id, group: '(exists)', value: true });
    // A group the edit emptied (a card's last link unlinked) is a write of nothing.
    for (const group of new Set([...groupsOf(change.table, after), ...(before === null ? [] : groupsOf(change.table, before))])) {
      const value = groupValue(change.table, group, after);
      if (before === null || !sameValue(value, groupValue(change.table, group, before))) writes.push({ table: change.table, id, group, value });
    }
  }
  return { writes, removed };
}

/**
 * No edit is lost without a record: each group of fields an edit set is in the result as it
 * set it, or another edit set that group too (the last writer won), or someone removed the
 * record, or the result says what became of it (restored, placed, same slot, orphaned), or
 * only its order key moved off a tie.
 */
function expectNoEditLost(result: JourneyDocument, notes: readonly CoeditNote[], log: readonly Change[][]): void {
  const all = log.map(writesOf);
  const removed = new Set(all.flatMap((w) => w.removed));
  const noted = new Set(notes.map((n) => `${n.table}/${n.id}`));
  const setBy = new Map<string, number>();
  for (const { writes } of all) for (const w of writes) setBy.set(`${w.table}/${w.id}/${w.group}`, (setBy.get(`${w.table}/${w.id}/${w.group}`) ?? 0) + 1);
  for (const { writes } of all) {
    for (const write of writes) {
      const key = `${write.table}/${write.id}`;
      if (write.table === 'journey') {
        if (sameValue(result.journey[write.group as keyof JourneyDocument['journey']], write.value) || (setBy.get(`journey//${write.group}`) ?? 0) > 1) continue;
        throw new Error(`journey field ${write.group} lost its edit`);
      }
      const record = (result[write.table] as { id: string }[]).find((r) => r.id === write.id) as Record<string, unknown> | undefined;
      if (removed.has(key) || noted.has(key) || (setBy.get(`${key}/${write.group}`) ?? 0) > 1) continue;
      if (!record) throw new Error(`${key} was added or changed and is gone, with no removal or note`);
      if (write.group === '(exists)') continue;
      const now = groupValue(write.table, write.group, record);
      if (sameValue(now, write.value)) continue;
      const { order: _a, ...placeNow } = now as Record<string, unknown>;
      const { order: _b, ...placeSet } = write.value as Record<string, unknown>;
      if ((write.group === 'order' || write.group === 'place') && sameValue(placeNow, placeSet)) continue;
      throw new Error(`${key} lost its ${write.group}: ${JSON.stringify(write.value)} became ${JSON.stringify(now)}`);
    }
  }
}

const step = fc.oneof(
  { weight: 6, arbitrary: fc.record({ laptop: fc.nat(2), edit: gesture }) },
  { weight: 2, arbitrary: fc.record({ laptop: fc.nat(2), deliver: fc.constant(true) }) },
  { weight: 1, arbitrary: fc.record({ laptop: fc.nat(2), toggle: fc.constant(true) }) },
);

describe('co-editing: three laptops, random edits, random disconnects', () => {
  it('converge on one journey that validates, and lose no edit without a record', { timeout: 180_000 }, () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 40 }), (script) => {
        const laptops = room();
        const log: Change[][] = [];
        for (const action of script) {
          const laptop = laptops[action.laptop]!;
          if ('edit' in action) {
            const changes = changesFor(laptop.journey, action.edit);
            if (changes.length === 0) continue;
            laptop.journey = applyChanges(laptop.journey, changes);
            laptop.mirror.writeLocal(changes);
            log.push(changes);
          } else if ('deliver' in action) {
            deliver(laptop);
          } else if (laptop.online) {
            laptop.online = false;
            laptop.inbox = [];
          } else {
            reconnect(laptop, laptops);
          }
        }
        for (const laptop of laptops) if (!laptop.online) reconnect(laptop, laptops);
        // Delivering can send more (the shared tables tidy their duplicates): until all is quiet.
        for (let round = 0; laptops.some((l) => l.inbox.length > 0); round += 1) {
          expect(round).toBeLessThan(10);
          for (const laptop of laptops) deliver(laptop);
        }
        for (const laptop of laptops) follow(laptop);
        const [first, ...others] = laptops.map((l) => canonical(l.journey));
        for (const other of others) expect(other).toEqual(first);
        // The journey each store holds is the one every laptop derives, and the file would take it.
        for (const laptop of laptops) expect(canonical(laptop.mirror.derive())).toEqual(first);
        expect(journeyDocumentSchema.safeParse(laptops[0]!.journey).success).toBe(true);
        expectNoEditLost(laptops[0]!.journey, laptops[0]!.notes, log);
      }),
      { numRuns: 100 },
    );
  });
});
