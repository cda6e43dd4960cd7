import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { updateMeta } from '../../shared/document/commands';
import type { ApiMethods } from '../../shared/ipc/contract';
import type { RecoveryEntry } from '../../shared/ipc/recovery';
import { ok } from '../../shared/ipc/result';
import { JOURNAL_DELAY_MS, JOURNAL_MAX_WAIT_MS, RecoveryJournal } from '../../renderer/app/recovery/journal';
import { JourneyStore } from '../../renderer/state/journey-store';
import { journeyFrom } from '../helpers/journeys';

type Call = { method: 'write'; entry: RecoveryEntry } | { method: 'discard' | 'release'; id: string };

/** The three journal methods of the bridge, recording what reaches main. */
function fakeApi() {
  const calls: Call[] = [];
  const api: Pick<ApiMethods, 'writeRecovery' | 'discardRecovery' | 'releaseRecovery'> = {
    writeRecovery: async (entry) => (calls.push({ method: 'write', entry: entry as RecoveryEntry }), ok(null)),
    discardRecovery: async ({ id }) => (calls.push({ method: 'discard', id }), ok(null)),
    releaseRecovery: async ({ id }) => (calls.push({ method: 'release', id }), ok(null)),
  };
  return { api, calls };
}

const rename = (store: JourneyStore, title: string) => store.transact('Rename journey', updateMeta(store.document, { title }));
const file = { path: '/maps/a.journey', name: 'a', baseline: null };

describe('RecoveryJournal: unsaved edits reach main about a second after the last change', () => {
  beforeEach(() => void vi.useFakeTimers({ now: new Date('2026-03-01T10:00:00.000Z') }));
  afterEach(() => void vi.useRealTimers());

  it('writes once, a second after the last of several quick edits, with the time of that edit', async () => {
    const { api, calls } = fakeApi();
    const store = new JourneyStore(journeyFrom('blank'));
    const journal = new RecoveryJournal(api, store, file);
    rename(store, 'One');
    await vi.advanceTimersByTimeAsync(400);
    rename(store, 'Two');
    await vi.advanceTimersByTimeAsync(JOURNAL_DELAY_MS - 1);
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ method: 'write', entry: { id: journal.id, path: '/maps/a.journey', editedAt: '2026-03-01T10:00:00.400Z' } });
    expect((calls[0] as { entry: RecoveryEntry }).entry.document.journey.title).toBe('Two');
  });

  it('never falls more than ten seconds behind while the user keeps typing', async () => {
    const { api, calls } = fakeApi();
    const store = new JourneyStore(journeyFrom('blank'));
    new RecoveryJournal(api, store, file);
    for (let i = 0; i < 30; i += 1) {
      rename(store, `Title ${i}`);
      await vi.advanceTimersByTimeAsync(500);
    }
    const writes = calls.filter((c) => c.method === 'write');
    expect(writes.length).toBeGreaterThanOrEqual(1);
    expect(writes.length).toBeLessThanOrEqual(2);
    expect(JOURNAL_MAX_WAIT_MS).toBe(10_000);
  });

  it('drops the journal when the map is clean again (saved, or undone to the saved state)', async () => {
    const { api, calls } = fakeApi();
    const store = new JourneyStore(journeyFrom('blank'));
    const journal = new RecoveryJournal(api, store, file);
    rename(store, 'Edited');
    await vi.advanceTimersByTimeAsync(JOURNAL_DELAY_MS);
    store.undo();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((c) => c.method)).toEqual(['write', 'discard']);
    rename(store, 'Edited again');
    store.markSaved(store.getSnapshot().version);
    await vi.advanceTimersByTimeAsync(JOURNAL_DELAY_MS * 2);
    expect(calls.map((c) => c.method)).toEqual(['write', 'discard']);
    expect(calls[1]).toEqual({ method: 'discard', id: journal.id });
  });

  it('on close keeps unsaved edits for the start screen (written now, then released), and leaves nothing for a clean map', async () => {
    const dirty = fakeApi();
    const store = new JourneyStore(journeyFrom('blank'));
    const journal = new RecoveryJournal(dirty.api, store, file);
    rename(store, 'Closed before the timer');
    await journal.close();
    expect(dirty.calls.map((c) => c.method)).toEqual(['write', 'release']);
    rename(store, 'After close');
    await vi.advanceTimersByTimeAsync(JOURNAL_DELAY_MS * 2);
    expect(dirty.calls).toHaveLength(2);

    const clean = fakeApi();
    await new RecoveryJournal(clean.api, new JourneyStore(journeyFrom('blank')), file).close();
    expect(clean.calls).toEqual([]);
  });

  it('restored maps keep their journal and its time until edited; discarding drops it', async () => {
    const { api, calls } = fakeApi();
    const store = new JourneyStore(journeyFrom('blank'));
    store.markSaved(-1);
    const journal = new RecoveryJournal(api, store, file, { id: 'journal-restored', editedAt: '2026-02-01T08:00:00.000Z' });
    expect(journal.id).toBe('journal-restored');
    await journal.flush();
    expect(calls[0]).toMatchObject({ method: 'write', entry: { id: 'journal-restored', editedAt: '2026-02-01T08:00:00.000Z' } });
    await journal.discard();
    expect(calls.at(-1)).toEqual({ method: 'discard', id: 'journal-restored' });
  });

  it('sends writes one at a time, in order, even when main answers slowly', async () => {
    const order: string[] = [];
    let release: () => void = () => undefined;
    const api = {
      writeRecovery: async (entry: RecoveryEntry) => {
        order.push(`start ${entry.document.journey.title}`);
        if (entry.document.journey.title === 'First') await new Promise<void>((done) => (release = done));
        order.push(`end ${entry.document.journey.title}`);
        return ok(null);
      },
      discardRecovery: async () => ok(null),
      releaseRecovery: async () => ok(null),
    } as Pick<ApiMethods, 'writeRecovery' | 'discardRecovery' | 'releaseRecovery'>;
    const store = new JourneyStore(journeyFrom('blank'));
    const journal = new RecoveryJournal(api, store, file);
    rename(store, 'First');
    await vi.advanceTimersByTimeAsync(JOURNAL_DELAY_MS);
    rename(store, 'Second');
    await vi.advanceTimersByTimeAsync(JOURNAL_DELAY_MS);
    expect(order).toEqual(['start First']);
    release();
    await journal.flush();
    expect(order).toEqual(['start First', 'end First', 'start Second', 'end Second', 'start Second', 'end Second']);
  });
});
