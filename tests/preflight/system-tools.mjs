// @ts-check
/**
 * Where this machine keeps the programs the test suite and the bench drive (Chromium or another
 * Chromium-based browser, poppler's PDF tools), and how to get them on this system. Plain
 * JavaScript, checked by tsc: it runs before anything is built.
 *
 * Every path is looked up under `system.root` ("/" except in the preflight's own test, which
 * points it at an empty folder to stand for a machine without the programs).
 */
import { accessSync, constants, readdirSync, readFileSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * @typedef {object} System
 * @property {NodeJS.Platform} platform
 * @property {string} root where absolute paths are looked up ("/" on a real run)
 * @property {Readonly<Record<string, string | undefined>>} env
 * @property {boolean} isRoot
 * @property {string[]} distro the ID and ID_LIKE words of /etc/os-release (Linux), lower case
 */

/**
 * @param {Readonly<Record<string, string | undefined>>} env
 * @returns {System}
 */
export function detectSystem(env = process.env) {
  const root = env['WAYMARK_SYSTEM_ROOT'] || '/';
  return { platform: process.platform, root, env, isRoot: process.getuid?.() === 0, distro: readDistro(root) };
}

/** @param {string} root */
function readDistro(root) {
  try {
    const text = readFileSync(join(root, 'etc/os-release'), 'utf8');
    const words = [];
    for (const line of text.split('\n')) {
      const match = /^(ID|ID_LIKE)=(.*)$/.exec(line.trim());
      if (match?.[2]) words.push(...match[2].replace(/["']/g, '').toLowerCase().split(/\s+/));
    }
    return words.filter(Boolean);
  } catch {
    return [];
  }
}

/**
 * @param {System} system
 * @param {string} path an absolute path on the system
 */
function isExecutable(system, path) {
  const real = join(system.root, path);
  try {
    if (!statSync(real).isFile()) return false;
    if (system.platform !== 'win32') accessSync(real, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * A program on the PATH, as the shell would find it.
 * @param {System} system
 * @param {string} name
 * @returns {string | null}
 */
export function findProgram(system, name) {
  const extensions = system.platform === 'win32' ? (system.env['PATHEXT'] ?? '.EXE;.CMD;.BAT').split(';') : [''];
  for (const folder of (system.env['PATH'] ?? '').split(delimiter)) {
    if (!folder) continue;
    for (const extension of extensions) {
      const path = join(folder, name + extension.toLowerCase());
      if (isExecutable(system, path)) return path;
    }
  }
  return null;
}

const LINUX_BROWSERS = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'microsoft-edge-stable', 'microsoft-edge'];
const LINUX_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/opt/google/chrome/chrome', '/opt/microsoft/msedge/msedge', '/snap/bin/chromium'];
const MAC_APPS = ['Chromium.app/Contents/MacOS/Chromium', 'Google Chrome.app/Contents/MacOS/Google Chrome', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'];
const WINDOWS_APPS = ['Chromium\\Application\\chrome.exe', 'Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe'];

/**
 * The browsers Playwright downloaded on this machine (newest first), for those who have them.
 * @param {System} system
 * @returns {string[]}
 */
function playwrightBrowsers(system) {
  const { env, platform } = system;
  const home = env['HOME'] ?? env['USERPROFILE'] ?? '';
  const cache = env['PLAYWRIGHT_BROWSERS_PATH']
    || (platform === 'win32' ? join(env['LOCALAPPDATA'] ?? '', 'ms-playwright')
      : platform === 'darwin' ? join(home, 'Library/Caches/ms-playwright') : join(home, '.cache/ms-playwright'));
  const inside = platform === 'win32' ? ['chrome-win64\\chrome.exe', 'chrome-win\\chrome.exe']
    : platform === 'darwin' ? ['chrome-mac-arm64/Chromium.app/Contents/MacOS/Chromium', 'chrome-mac/Chromium.app/Contents/MacOS/Chromium']
      : ['chrome-linux64/chrome', 'chrome-linux/chrome'];
  let folders;
  try {
    folders = readdirSync(join(system.root, cache)).filter((name) => /^chromium-\d+$/.test(name));
  } catch {
    return [];
  }
  const revision = (/** @type {string} */ name) => Number(name.slice('chromium-'.length));
  folders.sort((a, b) => revision(b) - revision(a));
  return folders.flatMap((folder) => inside.map((path) => join(cache, folder, path)));
}

/**
 * The Chromium-based browser the browser tests will drive: CHROMIUM_PATH when set, else the
 * system's Chromium, Chrome or Edge, else one Playwright downloaded.
 * @param {System} system
 * @returns {{ path: string } | { path: null; badOverride?: string }}
 */
export function findChromium(system) {
  const override = system.env['CHROMIUM_PATH'];
  if (override) return isExecutable(system, override) ? { path: override } : { path: null, badOverride: override };
  /** @type {string[]} */
  let candidates;
  if (system.platform === 'win32') {
    const bases = ['PROGRAMFILES', 'PROGRAMFILES(X86)', 'LOCALAPPDATA'].map((name) => system.env[name]).filter((base) => base !== undefined);
    candidates = bases.flatMap((base) => WINDOWS_APPS.map((app) => join(base, app)));
  } else if (system.platform === 'darwin') {
    const home = system.env['HOME'] ?? '';
    candidates = ['/Applications', join(home, 'Applications')].flatMap((folder) => MAC_APPS.map((app) => join(folder, app)));
  } else {
    const onPath = LINUX_BROWSERS.map((name) => findProgram(system, name)).filter((path) => path !== null);
    candidates = [...onPath, ...LINUX_PATHS];
  }
  const found = [...candidates, ...playwrightBrowsers(system)].find((path) => isExecutable(system, path));
  return { path: found ?? null };
}

/** What the export tests read PDFs back with. */
export const POPPLER_PROGRAMS = ['pdftotext', 'pdftoppm', 'pdffonts', 'pdfinfo'];

/**
 * @param {System} system
 * @returns {string[]} the poppler programs this machine lacks
 */
export function missingPoppler(system) {
  return POPPLER_PROGRAMS.filter((name) => findProgram(system, name) === null);
}

/** @typedef {'chromium' | 'poppler'} Need */

/**
 * @param {System} system
 * @param {string} word
 */
const isDistro = (system, word) => system.distro.includes(word);

/**
 * Debian or Ubuntu as root: the preflight installs what is missing itself, as `.ci/run` does.
 * @param {System} system
 */
export function canInstallWithApt(system) {
  return system.platform === 'linux' && system.isRoot && (isDistro(system, 'debian') || isDistro(system, 'ubuntu')) && findProgram(system, 'apt-get') !== null;
}

/**
 * The apt packages for what is missing.
 * @param {System} system
 * @param {readonly Need[]} needs
 */
export function aptPackages(system, needs) {
  const chromium = isDistro(system, 'ubuntu') ? 'chromium-browser' : 'chromium';
  return needs.map((need) => (need === 'chromium' ? chromium : 'poppler-utils'));
}

/**
 * The one command that gets what is missing on this system; null where we don't know it.
 * @param {System} system
 * @param {readonly Need[]} needs
 * @returns {string | null}
 */
export function installCommand(system, needs) {
  const sudo = system.isRoot ? '' : 'sudo ';
  /** @param {Record<Need, string>} names */
  const pick = (names) => needs.map((need) => names[need]).join(' ');
  if (system.platform === 'darwin') {
    return needs.map((need) => (need === 'chromium' ? 'brew install --cask google-chrome' : 'brew install poppler')).join(' && ');
  }
  if (system.platform === 'win32') {
    return needs.map((need) => (need === 'chromium' ? 'winget install -e --id Google.Chrome' : 'winget install -e --id oschwartz10612.Poppler')).join(' && ');
  }
  if (isDistro(system, 'debian') || isDistro(system, 'ubuntu')) return `${sudo}apt-get install -y ${aptPackages(system, needs).join(' ')}`;
  if (['fedora', 'rhel', 'centos'].some((word) => isDistro(system, word))) return `${sudo}dnf install -y ${pick({ chromium: 'chromium', poppler: 'poppler-utils' })}`;
  if (isDistro(system, 'arch')) return `${sudo}pacman -S --needed ${pick({ chromium: 'chromium', poppler: 'poppler' })}`;
  if (isDistro(system, 'suse') || isDistro(system, 'opensuse')) return `${sudo}zypper install -y ${pick({ chromium: 'chromium', poppler: 'poppler-tools' })}`;
  if (isDistro(system, 'alpine')) return `${sudo}apk add ${pick({ chromium: 'chromium', poppler: 'poppler-utils' })}`;
  return null;
}
