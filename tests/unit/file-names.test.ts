import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../shared/files/file-names';
import { useTempFolders } from '../helpers/temp-folder';

/** What Windows, macOS and Linux each refuse in a name (Windows being the strictest). */
const validEverywhere = (name: string) =>
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  name.length > 0 && !/[\\/:*?"<>|\u0000-\u001f\u007f]/.test(name) && !/[ .]$/.test(name) && !/^ /.test(name)
  && !/^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i.test(name) && new TextEncoder().encode(`${name}.journey`).length <= 255;

describe('suggested file names', () => {
  const tempFolder = useTempFolders();

  it.each([
    ['Kundresa: köp & leverans', 'Kundresa - köp & leverans'],
    ['Review 2026-03-14 10:30', 'Review 2026-03-14 10 - 30'],
    ['a/b\\c', 'a - b - c'],
    ['  Q3?  ', 'Q3'],
    ['Plan...', 'Plan'],
    ['CON', 'CON_'],
    ['nul.txt', 'nul.txt_'],
    ['Ταξίδι πελάτη <Αθήνα>', 'Ταξίδι πελάτη - Αθήνα'],
    ['???', 'Untitled'],
  ])('offers %j as %j', (typed, offered) => {
    expect(safeFileName(typed, 'Untitled')).toBe(offered);
  });

  it('offers only names every system takes, and Linux writes them', async () => {
    const folder = await tempFolder();
    const names = fc.sample(fc.string({ unit: fc.constantFrom(...'ab :/\\*?"<>|.\u0001\u007f -ΑωåCONul1'), maxLength: 300 }), 300);
    for (const typed of names) {
      const offered = safeFileName(typed, 'Untitled');
      expect(validEverywhere(offered), JSON.stringify({ typed, offered })).toBe(true);
      await writeFile(join(folder, `${offered}.journey`), '');
    }
  });
});
