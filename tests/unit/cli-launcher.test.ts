import { execFile } from 'node:child_process';
import { lstat, readFile, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { adminScript, installTool, toolPlan } from '../../main/cli/install-tool';
import { CLI_FLAG, cliArguments } from '../../main/cli/invocation';
import { COMMANDS } from '../../main/cli/run';
import { buildMenuTemplate } from '../../main/menu';
import { useTempFolders } from '../helpers/temp-folder';

const root = new URL('../../', import.meta.url).pathname;

describe('the app’s executable as the `waymark` command', () => {
  it('runs the command line only when a launcher says so first, packaged or in development', () => {
    expect(cliArguments(['/opt/Waymark/waymark', CLI_FLAG, 'merge', 'a', 'b', '-o', 'c'], false)).toEqual(['merge', 'a', 'b', '-o', 'c']);
    expect(cliArguments(['/opt/Waymark/waymark', CLI_FLAG], false)).toEqual([]);
    expect(cliArguments(['electron', '.', CLI_FLAG, 'diff', 'a', 'b'], true)).toEqual(['diff', 'a', 'b']);
    // An AppImage's runtime may put a switch first.
    expect(cliArguments(['/tmp/.mount/waymark', '--no-sandbox', CLI_FLAG, 'check', 'x.journey'], false)).toEqual(['check', 'x.journey']);
    // The app: files to open, a file named like the flag after one, the flag in development's app path slot.
    expect(cliArguments(['/opt/Waymark/waymark'], false)).toBeNull();
    expect(cliArguments(['/opt/Waymark/waymark', 'Map.journey'], false)).toBeNull();
    expect(cliArguments(['/opt/Waymark/waymark', 'Map.journey', CLI_FLAG], false)).toBeNull();
    expect(cliArguments(['electron', CLI_FLAG, 'merge'], true)).toBeNull();
    expect(COMMANDS).toEqual(expect.arrayContaining(['check', 'export', 'import', 'merge', 'diff']));
  });

  it('every launcher runs the app’s executable with the flag and the arguments as given', async () => {
    expect(await readFile(join(root, 'build/bin/linux/waymark'), 'utf8')).toContain(`exec "$here/../waymark" ${CLI_FLAG} "$@"`);
    expect(await readFile(join(root, 'build/bin/mac/waymark'), 'utf8')).toContain(`exec "$contents/MacOS/Waymark" ${CLI_FLAG} "$@"`);
    expect(await readFile(join(root, 'build/bin/win/waymark.cmd'), 'utf8')).toContain(`"%~dp0..\\Waymark.exe" ${CLI_FLAG} %*\r\n`);
    expect(await readFile(join(root, 'build/bin/win/waymark'), 'utf8')).toContain(`exec "$here/../Waymark.exe" ${CLI_FLAG} "$@"`);
    for (const file of ['build/bin/linux/waymark', 'build/bin/mac/waymark', 'build/bin/win/waymark']) expect((await stat(join(root, file))).mode & 0o111).not.toBe(0);
  });

  it('the mac launcher finds its app through a chain of links, as from /usr/local/bin', async () => {
    const dir = await promisify(execFile)('mktemp', ['-d']).then((r) => r.stdout.trim());
    const app = join(dir, 'Waymark.app', 'Contents');
    await promisify(execFile)('mkdir', ['-p', join(app, 'MacOS'), join(app, 'Resources', 'bin'), join(dir, 'usr-local-bin')]);
    await promisify(execFile)('cp', [join(root, 'build/bin/mac/waymark'), join(app, 'Resources', 'bin', 'waymark')]);
    // The app's executable, stood in for by a script that says how it was run.
    await writeFile(join(app, 'MacOS', 'Waymark'), '#!/bin/sh\nprintf "%s|" "$0" "$@"\n', { mode: 0o755 });
    await symlink(join(app, 'Resources', 'bin', 'waymark'), join(dir, 'usr-local-bin', 'waymark'));
    await symlink(join(dir, 'usr-local-bin', 'waymark'), join(dir, 'waymark'));
    const { stdout } = await promisify(execFile)(join(dir, 'waymark'), ['merge', 'a b.journey', '-o', 'c']);
    expect(stdout).toBe(`${join(app, 'MacOS', 'Waymark')}|${CLI_FLAG}|merge|a b.journey|-o|c|`);
    await promisify(execFile)('rm', ['-rf', dir]);
  });

  it('the deb’s install scripts are electron-builder’s own, but /usr/bin/waymark links the launcher', async () => {
    const own = (name: string) => readFile(join(root, 'node_modules/app-builder-lib/templates/linux', name), 'utf8');
    const ours = (name: string) => readFile(join(root, 'build/linux', name), 'utf8');
    const [binary, launcher] = ["'/opt/${sanitizedProductName}/${executable}'", "'/opt/${sanitizedProductName}/bin/${executable}'"];
    const withoutHeader = (text: string) => text.replace(/^#!\/bin\/bash\n\n(#.*\n)+(update-alternatives --remove .*\n)?\n?/, '#!/bin/bash\n\n');
    expect(withoutHeader(await ours('after-install.tpl'))).toBe((await own('after-install.tpl')).replaceAll(`${binary} 100`, `${launcher} 100`).replaceAll(`ln -sf ${binary}`, `ln -sf ${launcher}`));
    expect(withoutHeader(await ours('after-remove.tpl'))).toBe((await own('after-remove.tpl')).replace(`--remove '\${executable}' ${binary}`, `--remove '\${executable}' ${launcher}`));
    // An earlier package's link to the executable is dropped first.
    expect(await ours('after-install.tpl')).toContain(`update-alternatives --remove '\${executable}' ${binary}`);
  });
});

describe('Help > Install command line tool…', () => {
  const tempFolder = useTempFolders();

  it('is offered where no package puts the command on PATH: macOS and an AppImage', () => {
    expect(toolPlan({ platform: 'darwin', resourcesPath: '/Applications/Waymark.app/Contents/Resources', appImage: undefined, home: '/Users/ana' }))
      .toEqual({ kind: 'link', path: '/usr/local/bin/waymark', target: '/Applications/Waymark.app/Contents/Resources/bin/waymark' });
    expect(toolPlan({ platform: 'linux', resourcesPath: '/tmp/.mount_x/resources', appImage: "/home/ana/Apps/Waymark 'beta'.AppImage", home: '/home/ana' }))
      .toMatchObject({ kind: 'script', path: '/home/ana/.local/bin/waymark', text: expect.stringContaining(`exec '/home/ana/Apps/Waymark '\\''beta'\\''.AppImage' --waymark-cli "$@"`) });
    expect(toolPlan({ platform: 'linux', resourcesPath: '/opt/Waymark/resources', appImage: undefined, home: '/home/ana' })).toBeNull();
    expect(toolPlan({ platform: 'win32', resourcesPath: 'C:\\Waymark\\resources', appImage: undefined, home: 'C:\\Users\\ana' })).toBeNull();
    const item = (actions: object) => buildMenuTemplate((k) => k, [], { newJourney() {}, open() {}, openPath() {}, clearRecent() {}, save() {}, saveAs() {}, exportMap() {}, importFile() {}, editor() {}, present() {}, ...actions }, 'linux')
      .flatMap((m) => (Array.isArray(m.submenu) ? m.submenu : [])).find((i) => i.id === 'installCommandLineTool');
    expect(item({})).toBeUndefined();
    let installed = 0;
    item({ installCommandLineTool: () => (installed += 1) })?.click?.(undefined as never, undefined, undefined as never);
    expect(installed).toBe(1);
  });

  it('links the launcher (macOS), replaces only an older Waymark link, leaves anything else, and asks for an administrator where needed', async () => {
    const dir = await tempFolder();
    const plan = { kind: 'link' as const, path: join(dir, 'bin', 'waymark'), target: '/Applications/Waymark.app/Contents/Resources/bin/waymark' };
    expect(await installTool(plan)).toEqual({ state: 'installed', path: plan.path });
    expect(await readlink(plan.path)).toBe(plan.target);
    expect(await installTool(plan)).toEqual({ state: 'already', path: plan.path });
    // The app moved: the old link to a Waymark launcher is replaced.
    expect(await installTool({ ...plan, target: '/Users/ana/Applications/Waymark.app/Contents/Resources/bin/waymark' })).toEqual({ state: 'installed', path: plan.path });
    // Another program's `waymark` is never replaced.
    const other = { ...plan, path: join(dir, 'other') };
    await writeFile(other.path, '#!/bin/sh\necho another tool\n');
    expect(await installTool(other)).toEqual({ state: 'occupied', path: other.path });
    await symlink('/usr/bin/true', join(dir, 'linked'));
    expect(await installTool({ ...plan, path: join(dir, 'linked') })).toEqual({ state: 'occupied', path: join(dir, 'linked') });
    expect(await readlink(join(dir, 'linked'))).toBe('/usr/bin/true');
    // A folder the user may not write (here /sys, which even root may not): the command to run as an administrator.
    const locked = await installTool({ ...plan, path: '/sys/waymark-test/waymark' });
    expect(locked).toEqual({ state: 'needs-admin', path: '/sys/waymark-test/waymark', adminCommand: `mkdir -p '/sys/waymark-test' && ln -sfn '${plan.target}' '/sys/waymark-test/waymark'` });
    expect(adminScript('ln -sfn \'/A "b"\\c\' x')).toBe('do shell script "ln -sfn \'/A \\"b\\"\\\\c\' x" with administrator privileges');
  });

  it('writes the AppImage’s script, which runs the AppImage as the command; updates its own, never another’s', async () => {
    const dir = await tempFolder();
    const appImage = join(dir, 'Waymark.AppImage');
    await writeFile(appImage, '#!/bin/sh\nprintf "%s|" "$@"\n', { mode: 0o755 });
    const plan = toolPlan({ platform: 'linux', resourcesPath: '', appImage, home: dir })!;
    expect(await installTool(plan)).toEqual({ state: 'installed', path: join(dir, '.local', 'bin', 'waymark') });
    const { stdout } = await promisify(execFile)(join(dir, '.local', 'bin', 'waymark'), ['diff', 'a.journey', 'b b.journey']);
    expect(stdout).toBe(`${CLI_FLAG}|diff|a.journey|b b.journey|`);
    expect(await installTool(plan)).toEqual({ state: 'already', path: plan.path });
    // The AppImage moved: its script is rewritten.
    const moved = toolPlan({ platform: 'linux', resourcesPath: '', appImage: join(dir, 'Apps', 'Waymark.AppImage'), home: dir })!;
    expect(await installTool(moved)).toEqual({ state: 'installed', path: plan.path });
    expect((await lstat(plan.path)).mode & 0o777).toBe(0o755);
    await writeFile(plan.path, '#!/bin/sh\necho mine\n');
    expect(await installTool(plan)).toEqual({ state: 'occupied', path: plan.path });
    expect(await readFile(plan.path, 'utf8')).toBe('#!/bin/sh\necho mine\n');
  });
});
