import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_FORMAT_VERSION } from '../../shared/document/schema';
import type { RecoveryEntry } from '../../shared/ipc/recovery';
import { RecoveryStore } from '../../main/services/recovery-store';
import { journeyFrom } from '../helpers/journeys';
import { useTempFolders } from '../helpers/temp-folder';

const v1Fixture = JSON.parse(await readFile(new URL('../fixtures/v1/bike-sharing.journey', import.meta.url), 'utf8')) as Record<string, unknown>;

const document = journeyFrom('buyer5');
const entry = (id: string, editedAt: string, title = id): RecoveryEntry => {
  return { id, path: null, name: 'Untitled journey', editedAt, baseline: null, document: { ...document, journey: { ...document.journey, title } } };
};

describe('RecoveryStore: unsaved edits in the user-data folder', () => {
  const tempFolder = useTempFolders();

  it('hides journals live windows are writing, and offers them all after a restart, newest first', async () => {
    const userData = await tempFolder();
    const store = new RecoveryStore(userData);
    await store.write(entry('journal-a', '2026-03-01T10:00:00.000Z'), 1);
    await store.write({ ...entry('journal-b', '2026-03-01T11:30:00.000Z'), path: '/maps/b.journey', name: 'b' }, 2);
    expect(await store.list()).toEqual([]);
    const restarted = new RecoveryStore(userData);
    expect(await restarted.list()).toEqual([
      { id: 'journal-b', path: '/maps/b.journey', name: 'b', title: 'journal-b', editedAt: '2026-03-01T11:30:00.000Z' },
      { id: 'journal-a', path: null, name: 'Untitled journey', title: 'journal-a', editedAt: '2026-03-01T10:00:00.000Z' },
    ]);
    const restored = await restarted.restore('journal-a', 5);
    expect(restored.document).toEqual(entry('journal-a', '').document);
    expect((await restarted.list()).map((s) => s.id)).toEqual(['journal-b']);
    await expect(restarted.write(entry('journal-a', '2026-03-01T12:00:00.000Z'), 6)).rejects.toMatchObject({ problem: 'locked' });
    await restarted.discard('journal-a', 5);
    expect(await readdir(join(userData, 'recovery'))).toEqual(['journal-b.journal.json']);
  });

  it('keeps a released journal for the start screen; discards a window’s journals on “Don’t Save”', async () => {
    const store = new RecoveryStore(await tempFolder());
    await store.write(entry('journal-a', '2026-03-01T10:00:00.000Z'), 1);
    await store.write(entry('journal-b', '2026-03-01T10:00:00.000Z'), 2);
    await store.write(entry('journal-c', '2026-03-01T10:00:00.000Z'), 2);
    store.release('journal-a', 1);
    expect((await store.list()).map((s) => s.id)).toEqual(['journal-a']);
    await store.discardWindow(2);
    store.releaseWindow(1);
    expect((await store.list()).map((s) => s.id)).toEqual(['journal-a']);
  });

  it('skips a damaged journal instead of failing the list, and never offers it', async () => {
    const userData = await tempFolder();
    const store = new RecoveryStore(userData);
    await store.write(entry('journal-good', '2026-03-01T10:00:00.000Z'), 1);
    await writeFile(join(userData, 'recovery', 'journal-cut.journal.json'), '{"format":"waymark.recovery","version":1,"entry":{"id":"jour');
    await writeFile(join(userData, 'recovery', 'journal-evil.journal.json'), '{"format":"waymark.recovery","version":1,"__proto__":{"x":1}}');
    const restarted = new RecoveryStore(userData);
    expect((await restarted.list()).map((s) => s.id)).toEqual(['journal-good']);
    await expect(restarted.restore('journal-cut', 1)).rejects.toMatchObject({ problem: 'invalid' });
  });

  it('migrates a journal an older Waymark wrote', async () => {
    const userData = await tempFolder();
    await mkdir(join(userData, 'recovery'));
    const old = { id: 'journal-old', path: null, name: 'Old', editedAt: '2026-01-01T09:00:00.000Z', baseline: null, document: v1Fixture };
    await writeFile(join(userData, 'recovery', 'journal-old.journal.json'), JSON.stringify({ format: 'waymark.recovery', version: 1, entry: old }));
    const restored = await new RecoveryStore(userData).restore('journal-old', 1);
    expect(restored.document.formatVersion).toBe(CURRENT_FORMAT_VERSION);
    expect(restored.document.journey.title).toBe((v1Fixture['journey'] as { title: string }).title);
  });
});
