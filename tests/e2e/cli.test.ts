import { execFile } from 'node:child_process';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { waymark } from '../helpers/cli';
import { useTempFolders } from '../helpers/temp-folder';

const fixturePath = new URL('../fixtures/v1/bike-sharing.journey', import.meta.url).pathname;
const fixture = await readFile(fixturePath, 'utf8');

describe('waymark check', () => {
  const tempFolder = useTempFolders();

  it('exits 0 and prints nothing when every file is valid', async () => {
    expect(await waymark('check', fixturePath)).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('exits 1 with one line per bad file: which file, what is wrong, where; the files are unchanged', async () => {
    const dir = await tempFolder();
    const bad = {
      truncated: fixture.slice(0, 600),
      'wrong-type': fixture.replace('"title": "Bike sharing: first month"', '"title": ["Bike"]'),
      newer: fixture.replace('"formatVersion": 1', '"formatVersion": 5'),
    };
    const paths = await Promise.all(Object.entries(bad).map(async ([name, text]) => {
      const path = join(dir, `${name}.journey`);
      await writeFile(path, text);
      return path;
    }));
    const result = await waymark('check', fixturePath, ...paths);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      `${paths[0]}: the file is cut short (not complete JSON) (at end of file)`,
      `${paths[1]}: Invalid input: expected string, received array (at journey.title)`,
      `${paths[2]}: the file needs a newer Waymark (file format 5; this Waymark reads format 4 and older) (at formatVersion)`,
    ]);
    for (const [i, text] of Object.values(bad).entries()) expect(await readFile(paths[i]!, 'utf8')).toBe(text);
  });

  it('exits 2 with usage for a missing argument or an unknown command', async () => {
    expect((await waymark('check')).code).toBe(2);
    const unknown = await waymark('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "frobnicate"/);
  });
});

describe('the built waymark command', () => {
  const bin = new URL('../../out/cli/waymark.js', import.meta.url).pathname;

  it('keeps its run bit after every build and runs by itself through its #! line', async () => {
    expect((await stat(bin)).mode & 0o100).toBe(0o100);
    expect(await readFile(bin, 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
    const { stdout } = await promisify(execFile)(bin, ['--help']);
    expect(stdout).toMatch(/^Usage:\n {2}waymark check/);
  });
});
