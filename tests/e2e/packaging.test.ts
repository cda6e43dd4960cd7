import { execFile } from 'node:child_process';
import { access, constants, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type * as Fuses from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyChanges, type Change } from '../../shared/document/changes';
import { addCard, updateCard } from '../../shared/document/commands';
import { parseJourneyText } from '../../shared/document/parse';
import type { JourneyDocument } from '../../shared/document/schema';
import { serializeJourney } from '../../shared/document/serialize';
import { conflictFileSchema } from '../../shared/merge/conflict-file';
import { currentFixtureText } from '../helpers/fixtures';

const require = createRequire(import.meta.url);
const { extractAll, listPackage } = require('@electron/asar') as { extractAll(archive: string, dest: string): void; listPackage(path: string, options: object): string[] };
const { getCurrentFuseWire, FuseV1Options } = require('@electron/fuses') as typeof Fuses;
const root = new URL('../../', import.meta.url).pathname;
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/**
 * What the stand-in executable runs: the packaged app's own main entry (app.asar, extracted
 * beside it, since node cannot read an asar), with argv shaped as a packaged Electron's,
 * [executable, ...arguments]. Electron itself cannot run here; everything past it is real.
 */
const STAND_IN_MAIN = `import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
process.argv.splice(1, 1);
await import(pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), 'app', 'out', 'main', 'entry.js')).href);
`;

const run = async (file: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(file, args, options);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};

/**
 * electron-builder packs for real into a folder target, against a stand-in Electron binary
 * (the real one downloads from outside the registry). The stand-in carries a fuse wire with
 * every fuse on, as a stock Electron does, so the fuse flipping is checked byte for byte; and
 * it runs the packaged main entry under node, so the `waymark` launcher is tested end to end.
 */
describe('packaging with electron-builder', () => {
  const work = mkdtemp(join(tmpdir(), 'waymark-pack-'));
  let unpacked = '';
  afterAll(async () => rm(await work, { recursive: true, force: true }));
  beforeAll(async () => {
    const dir = await work;
    const dist = join(dir, 'electron-dist');
    await mkdir(join(dist, 'resources'), { recursive: true });
    const wire = Buffer.from([1, 8, ...Array<number>(8).fill(0x31)]);
    const launch = `\nexec "${process.execPath}" "$(dirname "$(readlink -f "$0")")/resources/stand-in-main.mjs" "$@"\n`;
    await writeFile(join(dist, 'electron'), Buffer.concat([Buffer.from(`#!/bin/sh\n# ${SENTINEL}`), wire, Buffer.from(launch)]), { mode: 0o755 });
    await writeFile(join(dist, 'resources', 'stand-in-main.mjs'), STAND_IN_MAIN);
    const out = join(dir, 'out');
    await promisify(execFile)(
      process.execPath,
      [require.resolve('electron-builder/cli.js'), '--linux', 'dir', `-c.electronDist=${dist}`, `-c.directories.output=${out}`],
      { cwd: root, env: { ...process.env, CI: 'true' } },
    );
    unpacked = join(out, 'linux-unpacked');
  }, 240_000);

  it('puts only the build output and sharp in app.asar, sharp unpacked, and flips the security fuses', async () => {
    const dir = await work;
    const files = listPackage(join(unpacked, 'resources', 'app.asar'), {});
    expect(files).toContain('/out/main/entry.js');
    expect(files).toContain('/out/main/index.js');
    expect(files).toContain('/out/preload/index.cjs');
    expect(files).toContain('/out/renderer/index.html');
    // The live workshop's participant page, which main serves to phones.
    expect(files).toContain('/out/phone/index.html');
    // Besides the build output, only sharp (native: exports decode WebP with it) and what it loads.
    expect(files.filter((f) => !/^\/(out\/(main|preload|renderer|phone)(\/|$)|out$|package\.json$|node_modules$|node_modules\/(sharp|@img|detect-libc|semver)(\/|$))/.test(f))).toEqual([]);
    expect(files).toContain('/node_modules/sharp/package.json');
    // Its addon and libvips are unpacked (a native library cannot load from inside an asar), and complete: plain node loads them and decodes a WebP.
    const sharp = join(unpacked, 'resources', 'app.asar.unpacked', 'node_modules', 'sharp');
    const decode = "const s=require(process.argv[1]);s({create:{width:8,height:8,channels:3,background:'#D55E00'}}).webp().toBuffer().then((w)=>s(w).png().toBuffer()).then((p)=>process.stdout.write(p.subarray(1,4).toString()))";
    const { stdout } = await promisify(execFile)(process.execPath, ['-e', decode, sharp], { cwd: dir });
    expect(stdout).toBe('PNG');

    const fuses = await getCurrentFuseWire(join(unpacked, 'waymark'));
    const on = 49;
    const off = 48;
    expect(fuses[FuseV1Options.RunAsNode]).toBe(off);
    expect(fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(off);
    expect(fuses[FuseV1Options.EnableNodeCliInspectArguments]).toBe(off);
    expect(fuses[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(on);
    expect(fuses[FuseV1Options.OnlyLoadAppFromAsar]).toBe(on);
    expect(fuses[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(off);
  });

  it('ships a `waymark` launcher that runs the app’s own executable as the command line, which git merges through as README says', async () => {
    const dir = await work;
    const launcher = join(unpacked, 'bin', 'waymark');
    await access(launcher, constants.X_OK);
    expect(await readFile(launcher, 'utf8')).toContain('exec "$here/../waymark" --waymark-cli "$@"');
    // The package's entry is the one that tells the app from the command line.
    expect(JSON.parse(await readFile(join(root, 'package.json'), 'utf8')).main).toBe('out/main/entry.js');
    extractAll(join(unpacked, 'resources', 'app.asar'), join(unpacked, 'resources', 'app'));

    const help = await run(launcher, ['--help']);
    expect(help).toMatchObject({ code: 0 });
    expect(help.stdout).toContain('waymark merge [<base>] <ours> <theirs> -o <out.journey>');

    // A repository with no node_modules anywhere near it, set up with README's own lines, `waymark` on PATH as the packages put it.
    const repo = join(dir, 'repo');
    await mkdir(repo);
    const readme = await readFile(join(root, 'README.md'), 'utf8');
    const gitLines = readme.split('\n').filter((line) => /^git config (merge|diff)\.waymark\./.test(line));
    expect(gitLines).toEqual([
      'git config merge.waymark.name "Waymark journey merge"',
      'git config merge.waymark.driver "waymark merge %O %A %B -o %A --name %P"',
      'git config diff.waymark.command "waymark diff"',
    ]);
    expect(readme).not.toMatch(/npx waymark (merge|diff)/);
    const env = { ...process.env, PATH: `${join(unpacked, 'bin')}:/usr/bin:/bin`, LANG: 'C.UTF-8', LC_ALL: '' };
    const git = (...args: string[]) => run('git', args, { cwd: repo, env });
    await git('init', '-q', '-b', 'main');
    await git('config', 'user.email', 'consultant@example.org');
    await git('config', 'user.name', 'Consultant');
    for (const line of gitLines) expect(await run('sh', ['-c', line], { cwd: repo, env })).toMatchObject({ code: 0 });
    await writeFile(join(repo, '.gitattributes'), `${readme.split('\n').find((line) => line.startsWith('*.journey merge=waymark'))!}\n`);
    await expect(stat(join(repo, 'node_modules'))).rejects.toThrow(/ENOENT/);

    const base = parseJourneyText(currentFixtureText());
    const card = base.cards[0]!;
    const cell = { stageId: card.stageId, stepId: card.stepId, laneId: card.laneId };
    const edit = (doc: JourneyDocument, ...steps: ((d: JourneyDocument) => Change[])[]) => steps.reduce((d, step) => applyChanges(d, step(d)), doc);
    const commit = async (doc: JourneyDocument, message: string) => {
      await writeFile(join(repo, 'Map.journey'), serializeJourney(doc));
      await git('add', 'Map.journey', '.gitattributes');
      await git('commit', '-q', '-m', message);
    };
    await commit(base, 'base');
    await git('checkout', '-q', '-b', 'to-be');
    await commit(edit(base, (d) => addCard(d, cell, 'Added on branch to-be').changes, (d) => updateCard(d, card.id, { text: 'To-be wording' })), 'to-be');
    await git('checkout', '-q', 'main');
    await commit(edit(base, (d) => addCard(d, cell, 'Added on main').changes, (d) => updateCard(d, card.id, { text: 'As-is wording' })), 'as-is');

    const merge = await git('merge', 'to-be');
    expect(merge.code).not.toBe(0);
    expect(merge.stderr).toContain('text changed in both copies — your map: “As-is wording”; branch to-be: “To-be wording”');
    expect(merge.stderr).toContain('git add Map.journey && git commit');
    const merged = parseJourneyText(await readFile(join(repo, 'Map.journey'), 'utf8'));
    // No edit lost: both sides' cards, ours in the conflicting field, theirs in the list.
    expect(merged.cards.map((c) => c.text)).toEqual(expect.arrayContaining(['Added on branch to-be', 'Added on main', 'As-is wording']));
    const list = conflictFileSchema.parse(JSON.parse(await readFile(join(repo, 'Map.journey.conflicts.json'), 'utf8')));
    expect(list).toMatchObject({ git: true, sides: { ours: { kind: 'yours' }, theirs: { kind: 'branch', name: 'to-be' } } });
    expect(list.conflicts).toEqual([{ kind: 'both-changed', table: 'cards', id: card.id, field: 'text', base: card.text, ours: 'As-is wording', theirs: 'To-be wording' }]);

    // git diff through the documented diff line: old → new, in words.
    await git('add', 'Map.journey');
    await git('commit', '-q', '-m', 'merged');
    const diff = await git('diff', '--ext-diff', 'HEAD~1', 'HEAD', '--', 'Map.journey');
    expect(diff.stdout).toContain('card added: “Added on branch to-be”');
  });
});
