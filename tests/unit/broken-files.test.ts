import { copyFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JourneyFileError } from '../../shared/document/errors';
import { JourneyRepository } from '../../main/services/journey-repository';
import { useTempFolders } from '../helpers/temp-folder';

const BROKEN = new URL('../fixtures/broken/', import.meta.url).pathname;
const expected = JSON.parse(await readFile(join(BROKEN, 'expected.json'), 'utf8')) as Record<string, { problem: string; where?: string; why: string }>;

/**
 * A corpus of broken and hostile journey files, each kept in tests/fixtures/broken with the
 * problem Waymark must name (expected.json says why each is there).
 */
describe('the broken-file corpus', () => {
  const tempFolder = useTempFolders();

  it('lists every file in the folder, and only those', async () => {
    const files = (await readdir(BROKEN)).filter((n) => n.endsWith('.journey')).map((n) => n.slice(0, -'.journey'.length));
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('refuses %s with the expected problem, and writes nothing', async (name, { problem, where }) => {
    const folder = await tempFolder();
    const path = join(folder, `${name}.journey`);
    await copyFile(join(BROKEN, `${name}.journey`), path);
    const before = await readFile(path);
    const error = await new JourneyRepository().open(path).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(JourneyFileError);
    expect((error as JourneyFileError).problem).toBe(problem);
    if (where !== undefined) expect((error as JourneyFileError).where).toBe(where);
    expect(await readFile(path)).toEqual(before);
    expect(await readdir(folder)).toEqual([`${name}.journey`]);
  });
});
