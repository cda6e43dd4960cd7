import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conflictFileText } from '../../shared/merge/conflict-file';
import { readMergeConflicts, removeMergeConflicts } from '../../main/services/merge-conflicts-file';
import { useTempFolders } from '../helpers/temp-folder';

describe('the conflicts file a command-line merge leaves beside a map', () => {
  const tempFolder = useTempFolders();
  const merged = { base: 'base.journey', ours: 'Map.journey', theirs: 'theirs.journey' };

  it('is none when absent, found when valid, and removed only once read as valid', async () => {
    const map = join(await tempFolder(), 'Map.journey');
    expect(await readMergeConflicts(map)).toEqual({ state: 'none' });
    await removeMergeConflicts(map);
    const conflicts = [{ kind: 'restored', table: 'stages', id: 's1', deletedBy: 'ours' } as const];
    await writeFile(`${map}.conflicts.json`, conflictFileText(merged, conflicts));
    expect(await readMergeConflicts(map)).toEqual({ state: 'found', file: { format: 'waymark.merge-conflicts', formatVersion: 1, merged, conflicts } });
    await removeMergeConflicts(map);
    await expect(stat(`${map}.conflicts.json`)).rejects.toThrow(/ENOENT/);
  });

  it.each([
    ['not-json', '{"format": "waymark.merge-conflicts", '],
    ['foreign', '{"format": "somebody.else", "items": []}'],
    ['foreign', '[1, 2, 3]'],
    ['invalid', JSON.stringify({ format: 'waymark.merge-conflicts', formatVersion: 1, merged, conflicts: [{ kind: 'both-changed', table: 'cards' }] })],
    ['invalid', JSON.stringify({ format: 'waymark.merge-conflicts', formatVersion: 2, merged, conflicts: [] })],
  ] as const)('a %s file is unreadable, and neither removed nor touched', async (problem, text) => {
    const map = join(await tempFolder(), 'Map.journey');
    await writeFile(`${map}.conflicts.json`, text);
    expect(await readMergeConflicts(map)).toMatchObject({ state: 'unreadable', problem });
    await expect(removeMergeConflicts(map)).rejects.toThrow(/is not a Waymark conflicts file; it was left as it is/);
    expect(await readFile(`${map}.conflicts.json`, 'utf8')).toBe(text);
  });
});
