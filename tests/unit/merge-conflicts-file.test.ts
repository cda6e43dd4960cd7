import { execFile } from 'node:child_process';
import { lstat, mkdir, readFile, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { clearConflictsFile, readMergeConflicts, removeMergeConflicts, writeConflictsFile } from '../../main/services/merge-conflicts-file';
import { conflictFileText } from '../../shared/merge/conflict-file';
import type { MergeSides } from '../../shared/merge/sides';
import { useTempFolders } from '../helpers/temp-folder';

const sides: MergeSides = { ours: { kind: 'yours' }, theirs: { kind: 'branch', name: 'to-be' }, base: { kind: 'map', name: 'base' } };
const conflicts = [{ kind: 'restored', table: 'stages', id: 's1', deletedBy: 'ours', usedBy: { table: 'cards', id: 'c1' } } as const];

describe('the conflicts file a command-line merge leaves beside a map', () => {
  const tempFolder = useTempFolders();

  it('is none when absent, found when valid, and removed only once read as valid', async () => {
    const map = join(await tempFolder(), 'Map.journey');
    expect(await readMergeConflicts(map)).toEqual({ state: 'none' });
    await removeMergeConflicts(map);
    await writeFile(`${map}.conflicts.json`, conflictFileText(sides, true, conflicts));
    expect(await readMergeConflicts(map)).toEqual({ state: 'found', file: { format: 'waymark.merge-conflicts', formatVersion: 2, sides, git: true, conflicts } });
    await removeMergeConflicts(map);
    await expect(stat(`${map}.conflicts.json`)).rejects.toThrow(/ENOENT/);
  });

  it('reads a format 1 list (which named git’s temp files) with its sides named by file name', async () => {
    const map = join(await tempFolder(), 'Map.journey');
    const merged = { base: '.merge_file_a1', ours: '/repo/.merge_file_b2', theirs: 'theirs.journey' };
    await writeFile(`${map}.conflicts.json`, JSON.stringify({ format: 'waymark.merge-conflicts', formatVersion: 1, merged, conflicts }));
    expect(await readMergeConflicts(map)).toEqual({ state: 'found', file: {
      format: 'waymark.merge-conflicts', formatVersion: 2, git: false, conflicts,
      sides: { ours: { kind: 'file', name: '.merge_file_b2' }, theirs: { kind: 'file', name: 'theirs.journey' }, base: { kind: 'file', name: '.merge_file_a1' } },
    } });
  });

  it.each([
    ['not-json', '{"format": "waymark.merge-conflicts", '],
    ['foreign', '{"format": "somebody.else", "items": []}'],
    ['foreign', '[1, 2, 3]'],
    ['invalid', JSON.stringify({ format: 'waymark.merge-conflicts', formatVersion: 2, sides, git: false, conflicts: [{ kind: 'both-changed', table: 'cards' }] })],
    ['invalid', JSON.stringify({ format: 'waymark.merge-conflicts', formatVersion: 3, sides, git: false, conflicts: [] })],
  ] as const)('a %s file is unreadable, and neither removed nor written over', async (problem, text) => {
    const map = join(await tempFolder(), 'Map.journey');
    const list = `${map}.conflicts.json`;
    await writeFile(list, text);
    expect(await readMergeConflicts(map)).toMatchObject({ state: 'unreadable', problem });
    await expect(removeMergeConflicts(map)).rejects.toThrow(/is not a Waymark conflicts file; it was left as it is/);
    expect(await clearConflictsFile(list)).toMatchObject({ state: 'unreadable', problem });
    expect(await writeConflictsFile(list, conflictFileText(sides, false, conflicts))).toMatchObject({ state: 'unreadable', problem });
    expect(await readFile(list, 'utf8')).toBe(text);
  });

  it('never follows a link: a symlinked list and its target stay as they were, a loop is said in words', async () => {
    const folder = await tempFolder();
    const map = join(folder, 'Map.journey');
    const list = `${map}.conflicts.json`;
    // The target is a real, valid conflicts list somewhere else: still, neither read through nor replaced nor removed.
    await mkdir(join(folder, 'elsewhere'));
    const target = join(folder, 'elsewhere', 'profile.sh');
    const original = conflictFileText(sides, false, conflicts);
    await writeFile(target, original);
    await symlink(target, list);
    expect(await readMergeConflicts(map)).toMatchObject({ state: 'unreadable', problem: 'link' });
    expect(await writeConflictsFile(list, conflictFileText(sides, true, []))).toMatchObject({ state: 'unreadable', problem: 'link' });
    expect(await clearConflictsFile(list)).toMatchObject({ state: 'unreadable', problem: 'link' });
    await expect(removeMergeConflicts(map)).rejects.toThrow(/left as it is/);
    expect((await lstat(list)).isSymbolicLink()).toBe(true);
    expect(await readlink(list)).toBe(target);
    expect(await readFile(target, 'utf8')).toBe(original);

    const loop = join(folder, 'Loop.journey');
    await symlink(`${loop}.conflicts.json`, `${loop}.conflicts.json`);
    expect(await readMergeConflicts(loop)).toMatchObject({ state: 'unreadable', problem: 'link' });
  });

  it('answers at once for a FIFO in its place, never opening it, and leaves it there', async () => {
    const map = join(await tempFolder(), 'Map.journey');
    const list = `${map}.conflicts.json`;
    await promisify(execFile)('mkfifo', [list]);
    expect(await readMergeConflicts(map)).toMatchObject({ state: 'unreadable', problem: 'not-a-file' });
    expect(await writeConflictsFile(list, conflictFileText(sides, false, conflicts))).toMatchObject({ state: 'unreadable', problem: 'not-a-file' });
    expect(await clearConflictsFile(list)).toMatchObject({ state: 'unreadable', problem: 'not-a-file' });
    expect((await lstat(list)).isFIFO()).toBe(true);
  });

  it('writes over nothing or an older list of its own, leaving no temp file behind', async () => {
    const folder = await tempFolder();
    const list = join(folder, 'Map.journey.conflicts.json');
    expect(await writeConflictsFile(list, conflictFileText(sides, false, conflicts))).toBeNull();
    expect(await writeConflictsFile(list, conflictFileText(sides, true, []))).toBeNull();
    expect(JSON.parse(await readFile(list, 'utf8'))).toMatchObject({ git: true, conflicts: [] });
    expect(await clearConflictsFile(list)).toBeNull();
    expect(await clearConflictsFile(list)).toBeNull();
    await expect(stat(list)).rejects.toThrow(/ENOENT/);
    expect((await promisify(execFile)('ls', ['-A', folder])).stdout).toBe('');
  });
});
