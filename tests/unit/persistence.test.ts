import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyChanges } from '../../shared/document/changes';
import { updateMeta, updatePersona } from '../../shared/document/commands';
import { parseJourneyText } from '../../shared/document/parse';
import { serializeJourney } from '../../shared/document/serialize';
import type { RecoveryEntry } from '../../shared/ipc/recovery';
import { addSharedPersona, emptyLibrary, updateFromLibrary, withEntry, type SharedPersona } from '../../shared/workspace/persona-library';
import { readLibrary, writeLibrary } from '../../main/services/persona-library';
import { PERSIST_DELAY_MS, PERSIST_MAX_WAIT_MS, PersistenceCoordinator, REMOTE_JOURNAL_MAX_WAIT_MS } from '../../renderer/app/persistence/coordinator';
import { JourneyStore } from '../../renderer/state/journey-store';
import { journeyFrom } from '../helpers/journeys';
import { countedMain, openWithPersistence, recordedEvents } from '../helpers/persistence';
import { useTempFolders } from '../helpers/temp-folder';

const rename = (store: JourneyStore, title: string) => store.transact('Rename journey', updateMeta(store.document, { title }));
const titleIn = async (path: string) => parseJourneyText(await readFile(path, 'utf8')).journey.title;
/** Journal files in the user-data folder, as the start screen would find them. */
const journals = async (userData: string) => (await readdir(join(userData, 'recovery')).catch(() => [] as string[])).filter((n) => n.endsWith('.journal.json'));
/** Lets real file-system work go on while only the coordinator's timers are fake. */
const ioTurn = () => new Promise<void>((done) => setImmediate(done));

function gate() {
  let open: () => void = () => undefined;
  const closed = new Promise<void>((done) => (open = done));
  return { closed, open };
}

describe('one persistence coordinator per map: one timer, one turn in flight, at most one queued', () => {
  const tempFolder = useTempFolders();
  afterEach(() => void vi.useRealTimers());

  async function mapOnDisk() {
    const dir = await tempFolder();
    const path = join(dir, 'Map.journey');
    await writeFile(path, serializeJourney(journeyFrom('buyer5')));
    return { dir, path, userData: join(dir, 'user-data') };
  }

  it('a burst of edits costs one call to main and one write of the map (plus its .bak); settings.json and the journal stay as they were', async () => {
    const { dir, path, userData } = await mapOnDisk();
    const original = await readFile(path);
    const main = await countedMain(userData);
    const map = await openWithPersistence(main, path);
    const settingsPath = join(userData, 'settings.json');
    const settingsBefore = await stat(settingsPath);
    main.calls.length = 0;

    // Twelve edits, 80 ms apart: each restarts the one timer.
    for (let i = 1; i <= 12; i += 1) {
      rename(map.store, `Title ${i}`);
      await new Promise((done) => setTimeout(done, 80));
    }
    await expect.poll(() => map.store.dirty, { timeout: 5_000 }).toBe(false);
    await map.persistence.idle();

    expect(main.calls).toEqual(['saveJourney']);
    expect(main.writes).toEqual([path]);
    expect(await titleIn(path)).toBe('Title 12');
    // The .bak is the file as it was before this one write: there was no write between.
    expect(await readFile(`${path}.bak`)).toEqual(original);
    expect((await readdir(dir)).filter((n) => n.endsWith('.waymark-tmp'))).toEqual([]);
    // The file's path did not change: recent files (settings.json) and the menu are left alone.
    expect((await stat(settingsPath)).mtimeMs).toBe(settingsBefore.mtimeMs);
    expect(await journals(userData)).toEqual([]);
    expect(map.log.saved).toHaveLength(1);
    expect(map.log.problems).toEqual([]);
  });

  it('keeps one save in flight and one queued behind it: Save pressed twice during a slow save makes one more save, of the latest map', async () => {
    const { path, userData } = await mapOnDisk();
    const slow = gate();
    const main = await countedMain(userData, { slowSaves: [slow.closed] });
    const map = await openWithPersistence(main, path);
    main.calls.length = 0;
    rename(map.store, 'First');
    const first = map.persistence.save();
    while (!main.calls.includes('saveJourney')) await ioTurn();
    rename(map.store, 'Second');
    const second = map.persistence.save();
    rename(map.store, 'Third');
    const third = map.persistence.save();
    slow.open();
    expect(await Promise.all([first, second, third])).toEqual([{ kind: 'saved' }, { kind: 'saved' }, { kind: 'saved' }]);
    expect(main.calls).toEqual(['saveJourney', 'saveJourney']);
    expect(main.mostInFlight()).toBe(1);
    expect(await titleIn(path)).toBe('Third');
    expect(map.store.dirty).toBe(false);
    // The second save was checked against the first one's file, which main knows as its own: no conflict.
    expect(map.log.problems).toEqual([]);
  });

  it('Save pressed while autosave writes that very version waits for it instead of writing again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { path, userData } = await mapOnDisk();
    const slow = gate();
    const main = await countedMain(userData, { slowSaves: [slow.closed] });
    const map = await openWithPersistence(main, path);
    main.calls.length = 0;
    rename(map.store, 'Autosaved');
    await vi.advanceTimersByTimeAsync(PERSIST_DELAY_MS - 1);
    expect(main.calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    while (!main.calls.includes('saveJourney')) await ioTurn();
    const pressed = map.persistence.save();
    slow.open();
    expect(await pressed).toEqual({ kind: 'saved' });
    await map.persistence.idle();
    expect(main.calls).toEqual(['saveJourney']);
    expect(await titleIn(path)).toBe('Autosaved');
  });

  it('never falls more than ten seconds behind while the user edits on', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { path, userData } = await mapOnDisk();
    const main = await countedMain(userData);
    const map = await openWithPersistence(main, path);
    main.calls.length = 0;
    for (let i = 0; i < 30; i += 1) {
      rename(map.store, `Title ${i}`);
      await vi.advanceTimersByTimeAsync(500);
      await map.persistence.idle();
    }
    const saves = main.calls.filter((c) => c === 'saveJourney').length;
    expect(saves).toBeGreaterThanOrEqual(1);
    expect(saves).toBeLessThanOrEqual(2);
    expect(PERSIST_MAX_WAIT_MS).toBe(10_000);
  });

  it('journals a co-editing guest’s mirror at most once a minute while only the others edit, and within ten seconds of its own edit', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const dir = await tempFolder();
    const main = await countedMain(join(dir, 'user-data'));
    const store = new JourneyStore(journeyFrom('buyer5'));
    const persistence = new PersistenceCoordinator(main.api, store, { path: null, name: 'Untitled', fingerprint: null, readOnly: null }, recordedEvents().events, { autosave: true });
    const remote = (title: string) => store.transact('coedit.remote', updateMeta(store.document, { title }), 'remote');
    const journaledWithin = async (ms: number, edit: (i: number) => void) => {
      main.calls.length = 0;
      for (let t = 0; t < ms; t += 500) {
        edit(t);
        await vi.advanceTimersByTimeAsync(500);
        await persistence.idle();
      }
      return main.calls.filter((c) => c === 'writeRecovery').length;
    };
    // The others edit twice a second for 59.5 s: nothing yet; the minute passes: one journal.
    expect(await journaledWithin(59_500, (t) => remote(`Remote ${t}`))).toBe(0);
    expect(await journaledWithin(1_000, (t) => remote(`Remote late ${t}`))).toBe(1);
    // This person edits once among the others' edits: journaled within ten seconds.
    expect(await journaledWithin(10_000, (t) => (t === 0 ? rename(store, 'Mine') : remote(`Remote again ${t}`)))).toBe(1);
    expect(REMOTE_JOURNAL_MAX_WAIT_MS).toBe(60_000);
  });

  it('journals only what it cannot write (an untitled map), and main drops the journal in the save that writes it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const dir = await tempFolder();
    const userData = join(dir, 'user-data');
    const main = await countedMain(userData);
    const store = new JourneyStore(journeyFrom('buyer5'));
    const { log, events } = recordedEvents();
    const persistence = new PersistenceCoordinator(main.api, store, { path: null, name: 'Untitled', fingerprint: null, readOnly: null }, events, { autosave: true });
    rename(store, 'Never saved');
    await vi.advanceTimersByTimeAsync(PERSIST_DELAY_MS);
    await persistence.idle();
    expect(main.calls).toEqual(['writeRecovery']);
    expect(await journals(userData)).toEqual([`${persistence.journalId}.journal.json`]);

    const path = join(dir, 'Saved.journey');
    expect(await persistence.saveTo(path, true)).toEqual({ kind: 'saved' });
    expect(main.calls).toEqual(['writeRecovery', 'saveJourney']);
    expect(await journals(userData)).toEqual([]);
    expect(log.saved.at(-1)).toMatchObject({ path, name: 'Saved', readOnly: null });
    // Saved under a new path: now it is a recent file.
    expect((await main.api.listRecent({})).ok && (await main.api.listRecent({}))).toMatchObject({ value: [{ path }] });
  });

  it('with autosave off, edits are journaled and Save writes the file, dropping the journal in the same call', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { path, userData } = await mapOnDisk();
    const main = await countedMain(userData);
    const map = await openWithPersistence(main, path, false);
    main.calls.length = 0;
    rename(map.store, 'Kept for Save');
    await vi.advanceTimersByTimeAsync(PERSIST_DELAY_MS);
    await map.persistence.idle();
    expect(main.calls).toEqual(['writeRecovery']);
    const [journal] = await journals(userData);
    const entry = (JSON.parse(await readFile(join(userData, 'recovery', journal!), 'utf8')) as { entry: RecoveryEntry }).entry;
    expect(entry).toMatchObject({ path, baseline: map.fingerprint, document: { journey: { title: 'Kept for Save' } } });

    expect(await map.persistence.save()).toEqual({ kind: 'saved' });
    expect(main.calls).toEqual(['writeRecovery', 'saveJourney']);
    expect(await journals(userData)).toEqual([]);
    // Undone back to what is on disk, and on again: nothing to journal, then a journal again.
    map.store.undo();
    await vi.advanceTimersByTimeAsync(PERSIST_DELAY_MS);
    await map.persistence.idle();
    expect(main.calls.at(-1)).toBe('writeRecovery');
    map.store.redo();
    await vi.advanceTimersByTimeAsync(PERSIST_DELAY_MS);
    await map.persistence.idle();
    expect(main.calls.at(-1)).toBe('discardRecovery');
    expect(await journals(userData)).toEqual([]);
  });

  it('a failing disk: the save is refused, the edits are journaled, and the next edit tries the file again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { dir, path } = await mapOnDisk();
    // user-data elsewhere, so removing the map's folder leaves the journal a place to go.
    const main = await countedMain(join(await tempFolder(), 'user-data'), { mapsIn: dir });
    const map = await openWithPersistence(main, path);
    main.calls.length = 0;
    // The map's folder goes away under it (an unplugged drive): no file can be written there.
    await rm(dir, { recursive: true, force: true });
    rename(map.store, 'Nowhere to go');
    await vi.advanceTimersByTimeAsync(PERSIST_DELAY_MS);
    await map.persistence.idle();
    expect(map.log.problems).toMatchObject([{ kind: 'failed', path }]);
    expect(main.calls).toEqual(['saveJourney', 'writeRecovery']);
    expect(map.store.dirty).toBe(true);
    rename(map.store, 'Still nowhere');
    await vi.advanceTimersByTimeAsync(PERSIST_DELAY_MS);
    await map.persistence.idle();
    expect(main.calls).toEqual(['saveJourney', 'writeRecovery', 'saveJourney', 'writeRecovery']);
  });

  it('autosave that meets another program’s change says so and journals; it writes again only when the user saves and chooses', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { path, userData } = await mapOnDisk();
    const main = await countedMain(userData);
    const map = await openWithPersistence(main, path);
    main.calls.length = 0;
    const theirs = serializeJourney({ ...journeyFrom('buyer5'), journey: { ...journeyFrom('buyer5').journey, title: 'Theirs' } });
    await writeFile(path, theirs);
    rename(map.store, 'Mine');
    await vi.advanceTimersByTimeAsync(PERSIST_DELAY_MS);
    await map.persistence.idle();
    expect(map.log.problems).toEqual([{ kind: 'conflict', path }]);
    expect(main.calls).toEqual(['saveJourney', 'writeRecovery']);
    rename(map.store, 'Mine, more');
    await vi.advanceTimersByTimeAsync(PERSIST_DELAY_MS);
    await map.persistence.idle();
    expect(main.calls).toEqual(['saveJourney', 'writeRecovery', 'writeRecovery']);
    expect(await readFile(path, 'utf8')).toBe(theirs);

    expect(await map.persistence.save()).toEqual({ kind: 'conflict', path });
    expect(await readFile(path, 'utf8')).toBe(theirs);
    expect(await map.persistence.saveTo(path, false)).toEqual({ kind: 'saved' });
    expect(await titleIn(path)).toBe('Mine, more');
    expect(await journals(userData)).toEqual([]);
  });

  it('closing keeps unsaved edits journaled and released for the start screen; discarding drops them', async () => {
    const { path, userData } = await mapOnDisk();
    const main = await countedMain(userData);
    const map = await openWithPersistence(main, path, false);
    main.calls.length = 0;
    rename(map.store, 'Closed before the timer');
    await map.persistence.close('keep');
    expect(main.calls).toEqual(['writeRecovery', 'releaseRecovery']);
    rename(map.store, 'After close');
    await new Promise((done) => setTimeout(done, PERSIST_DELAY_MS + 200));
    expect(main.calls).toEqual(['writeRecovery', 'releaseRecovery']);
    const listed = await main.api.listRecovery({});
    expect(listed.ok && listed.value.map((r) => r.title)).toEqual(['Closed before the timer']);

    // Restored, edited on, then the user says Don't Save: the journal goes.
    const restored = await main.api.restoreRecovery({ id: map.persistence.journalId });
    if (!restored.ok) throw new Error(restored.error.message);
    const store = new JourneyStore(restored.value.document);
    store.markSaved(-1);
    const again = new PersistenceCoordinator(main.api, store, { path, name: 'Map', fingerprint: restored.value.baseline, readOnly: null }, recordedEvents().events,
      { autosave: false, restored: { id: restored.value.id, editedAt: restored.value.editedAt } });
    expect(again.journalId).toBe(map.persistence.journalId);
    await again.close('discard');
    expect(await journals(userData)).toEqual([]);
  });

  it('writes a changed shared persona through on its turn, once, and never sends back what came from the library', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const dir = await tempFolder();
    const ana: SharedPersona = { id: 'shared-ana', name: 'Ana', quote: 'I want it simple' };
    const using = (title: string) => {
      const doc = journeyFrom('buyer5');
      return applyChanges({ ...doc, journey: { ...doc.journey, title } }, addSharedPersona(doc, ana)!.changes);
    };
    await writeLibrary(dir, withEntry(emptyLibrary(), ana));
    const [mine, other] = [join(dir, 'Mine.journey'), join(dir, 'Other.journey')];
    await writeFile(mine, serializeJourney(using('Mine')));
    await writeFile(other, serializeJourney(using('Other')));
    const main = await countedMain(join(dir, 'user-data'));
    const map = await openWithPersistence(main, mine);
    const written: string[] = [];
    map.persistence.onSharedWritten((result) => written.push(result.ok ? result.value.updated.join() : result.error.code));
    const copyId = () => map.store.document.personas.find((p) => p.sharedId === ana.id)!.id;
    const quoteIn = async (path: string) => parseJourneyText(await readFile(path, 'utf8')).personas.find((p) => p.sharedId === ana.id)?.quote;
    main.calls.length = 0;

    // Three edits of the quote in a burst: one write of the map, one write-through.
    for (const quote of ['Fewer', 'Fewer forms', 'Fewer forms, please']) map.store.transact('Edit persona', updatePersona(map.store.document, copyId(), { quote }));
    await vi.advanceTimersByTimeAsync(PERSIST_DELAY_MS);
    await map.persistence.idle();
    expect(main.calls).toEqual(['saveJourney', 'putSharedPersona']);
    expect(written).toEqual([other]);
    expect(await quoteIn(other)).toBe('Fewer forms, please');
    expect((await readLibrary(dir)).personas[0]!.quote).toBe('Fewer forms, please');

    // The library changes elsewhere; pulling it in (and undoing that) is never written back.
    await writeLibrary(dir, withEntry(emptyLibrary(), { ...ana, quote: 'From the library' }));
    map.store.transact('Update shared personas', updateFromLibrary(map.store.document, await readLibrary(dir)), 'library');
    map.store.undo();
    await vi.advanceTimersByTimeAsync(PERSIST_DELAY_MS);
    await map.persistence.idle();
    // Back where the file is: nothing to write at all.
    expect(main.calls.slice(2)).toEqual([]);
    expect((await readLibrary(dir)).personas[0]!.quote).toBe('From the library');
    // Undoing the user's own last edit sends the copy as it is then.
    map.store.undo();
    await vi.advanceTimersByTimeAsync(PERSIST_DELAY_MS);
    await map.persistence.idle();
    expect(main.calls.slice(2)).toEqual(['saveJourney', 'putSharedPersona']);
    expect((await readLibrary(dir)).personas[0]!.quote).toBe('Fewer forms');
    expect(await quoteIn(other)).toBe('Fewer forms');
  });
});
