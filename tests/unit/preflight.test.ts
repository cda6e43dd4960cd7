import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canInstallWithApt, findChromium, installCommand, missingPoppler, type System } from '../preflight/system-tools.mjs';

const REPO = new URL('../..', import.meta.url).pathname;
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'waymark-preflight-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A machine of its own under a temp folder: its programs are files we put there. */
async function machine(name: string, options: { distro?: string; programs?: string[]; env?: Record<string, string> } = {}): Promise<System> {
  const machineRoot = join(root, name);
  await mkdir(join(machineRoot, 'etc'), { recursive: true });
  if (options.distro) await writeFile(join(machineRoot, 'etc/os-release'), options.distro);
  for (const program of options.programs ?? []) {
    await mkdir(join(machineRoot, dirname(program)), { recursive: true });
    await writeFile(join(machineRoot, program), '#!/bin/sh\n');
    await chmod(join(machineRoot, program), 0o755);
  }
  return { platform: 'linux', root: machineRoot, env: { PATH: '/usr/local/bin:/usr/bin:/bin', HOME: '/home/ada', ...options.env }, isRoot: false, distro: [] };
}

describe("npm test's preflight", () => {
  it('stops `npm test` before anything else runs, with one line naming what to install, when no browser is found', async () => {
    const empty = join(root, 'bare-machine');
    await mkdir(empty, { recursive: true });
    const { CHROMIUM_PATH: _unset, ...inherited } = process.env;
    const env = { ...inherited, WAYMARK_SYSTEM_ROOT: empty };
    const run = await promisify(execFile)('npm', ['test'], { cwd: REPO, env }).then(
      () => ({ code: 0, stdout: '', stderr: '' }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      "npm test needs Chromium (or Chrome or Edge) to run the app in a browser and poppler's PDF tools (pdftotext, pdftoppm, pdffonts, pdfinfo) to read exports back, and none was found: install Chromium and poppler with this system's package manager (or set CHROMIUM_PATH to a Chromium, Chrome or Edge), then npm test again.",
    ]);
    // npm's header of `npm test` is all there is besides: no typecheck, lint, build or test started.
    expect(run.stdout.trim().split('\n').filter((line) => line.startsWith('> '))).toEqual([
      '> waymark@0.1.0 test',
      expect.stringMatching(/^> node tests\/preflight\/preflight\.mjs test && /),
    ]);
  });

  it('finds Chromium through CHROMIUM_PATH, the PATH, the usual places and Playwright’s cache, in that order', async () => {
    const debian = await machine('debian', { programs: ['/usr/bin/chromium', '/opt/google/chrome/chrome'] });
    expect(findChromium(debian)).toEqual({ path: '/usr/bin/chromium' });
    expect(findChromium({ ...debian, env: { ...debian.env, CHROMIUM_PATH: '/opt/google/chrome/chrome' } })).toEqual({ path: '/opt/google/chrome/chrome' });
    expect(findChromium({ ...debian, env: { ...debian.env, CHROMIUM_PATH: '/usr/bin/chromium-nope' } })).toEqual({ path: null, badOverride: '/usr/bin/chromium-nope' });

    const chrome = await machine('chrome-on-path', { programs: ['/usr/local/bin/google-chrome-stable'] });
    expect(findChromium(chrome)).toEqual({ path: '/usr/local/bin/google-chrome-stable' });

    const playwright = await machine('playwright', {
      programs: ['/home/ada/.cache/ms-playwright/chromium-1100/chrome-linux/chrome', '/home/ada/.cache/ms-playwright/chromium-1208/chrome-linux64/chrome'],
    });
    expect(findChromium(playwright)).toEqual({ path: '/home/ada/.cache/ms-playwright/chromium-1208/chrome-linux64/chrome' });

    const mac = { ...(await machine('mac', { programs: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'] })), platform: 'darwin' as const };
    expect(findChromium(mac)).toEqual({ path: '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome' });

    // A file that is not executable is no browser.
    const broken = await machine('not-executable');
    await mkdir(join(broken.root, 'usr/bin'), { recursive: true });
    await writeFile(join(broken.root, 'usr/bin/chromium'), '');
    expect(findChromium(broken)).toEqual({ path: null });
  });

  it("names the command of this system's package manager", () => {
    const base: System = { platform: 'linux', root: '/', env: {}, isRoot: false, distro: [] };
    expect(installCommand({ ...base, distro: ['debian'] }, ['chromium', 'poppler'])).toBe('sudo apt-get install -y chromium poppler-utils');
    expect(installCommand({ ...base, distro: ['ubuntu', 'debian'] }, ['chromium'])).toBe('sudo apt-get install -y chromium-browser');
    expect(installCommand({ ...base, distro: ['fedora'], isRoot: true }, ['chromium', 'poppler'])).toBe('dnf install -y chromium poppler-utils');
    expect(installCommand({ ...base, distro: ['rocky', 'rhel', 'centos', 'fedora'] }, ['poppler'])).toBe('sudo dnf install -y poppler-utils');
    expect(installCommand({ ...base, distro: ['arch'] }, ['chromium'])).toBe('sudo pacman -S --needed chromium');
    expect(installCommand({ ...base, platform: 'darwin' }, ['chromium', 'poppler'])).toBe('brew install --cask google-chrome && brew install poppler');
    expect(installCommand({ ...base, platform: 'win32' }, ['chromium'])).toBe('winget install -e --id Google.Chrome');
    expect(installCommand({ ...base, distro: ['gentoo'] }, ['chromium'])).toBeNull();
  });

  it('installs by itself only on Debian or Ubuntu, as root, with apt-get there', async () => {
    const debian = await machine('apt', { programs: ['/usr/bin/apt-get'] });
    expect(canInstallWithApt({ ...debian, distro: ['debian'], isRoot: true })).toBe(true);
    expect(canInstallWithApt({ ...debian, distro: ['debian'], isRoot: false })).toBe(false);
    expect(canInstallWithApt({ ...debian, distro: ['fedora'], isRoot: true })).toBe(false);
    expect(canInstallWithApt({ ...(await machine('no-apt')), distro: ['debian'], isRoot: true })).toBe(false);
  });

  it('lists the PDF tools a machine lacks', async () => {
    const some = await machine('half-poppler', { programs: ['/usr/bin/pdftotext', '/usr/bin/pdfinfo'] });
    expect(missingPoppler(some)).toEqual(['pdftoppm', 'pdffonts']);
  });
});
