// @ts-check
/**
 * Runs first in `npm test`, `npm run test:e2e` and `npm run bench`: finds the browser and the PDF
 * tools they drive, installs them where it can (Debian or Ubuntu as root, as `.ci/run` does),
 * and otherwise stops before anything else runs with one line naming the command to run here.
 *
 *   node tests/preflight/preflight.mjs test|e2e|unit|bench
 */
import { spawnSync } from 'node:child_process';
import { aptPackages, canInstallWithApt, detectSystem, findChromium, installCommand, missingPoppler, POPPLER_PROGRAMS } from './system-tools.mjs';

/** @typedef {import('./system-tools.mjs').Need} Need */

/** @type {Record<string, { label: string; needs: Need[] }>} */
const COMMANDS = {
  test: { label: 'npm test', needs: ['chromium', 'poppler'] },
  e2e: { label: 'npm run test:e2e', needs: ['chromium', 'poppler'] },
  unit: { label: 'npm run test:unit', needs: ['poppler'] },
  bench: { label: 'npm run bench', needs: ['chromium'] },
};

/** @type {Record<Need, string>} */
const WHAT = {
  chromium: 'Chromium (or Chrome or Edge) to run the app in a browser',
  poppler: `poppler's PDF tools (${POPPLER_PROGRAMS.join(', ')}) to read exports back`,
};

/** @type {Record<Need, string>} */
const PACKAGE = { chromium: 'Chromium', poppler: 'poppler' };

/**
 * @param {import('./system-tools.mjs').System} system
 * @param {readonly Need[]} needs
 * @returns {Need[]}
 */
function missing(system, needs) {
  return needs.filter((need) => (need === 'chromium' ? findChromium(system).path === null : missingPoppler(system).length > 0));
}

/**
 * apt-get as `.ci/run` ran it; its output is shown only when it fails.
 * @param {import('./system-tools.mjs').System} system
 * @param {readonly Need[]} needs
 */
function installWithApt(system, needs) {
  const packages = aptPackages(system, needs);
  console.log(`Installing ${packages.join(' and ')} with apt-get (needed once on this machine)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...packages]]) {
    const run = spawnSync('apt-get', args, { env, encoding: 'utf8' });
    if (run.status !== 0) {
      console.error((run.stderr || run.stdout || String(run.error ?? '')).trim().split('\n').slice(-5).join('\n'));
      return;
    }
  }
}

function main() {
  const command = COMMANDS[process.argv[2] ?? ''];
  if (!command) {
    console.error(`usage: node tests/preflight/preflight.mjs ${Object.keys(COMMANDS).join('|')}`);
    return 2;
  }
  const system = detectSystem();
  const chromium = findChromium(system);
  if (command.needs.includes('chromium') && 'badOverride' in chromium) {
    console.error(`${command.label}: CHROMIUM_PATH is ${chromium.badOverride}, which is not a program; point it at Chromium, Chrome or Edge, or unset it.`);
    return 1;
  }
  let lacking = missing(system, command.needs);
  if (lacking.length > 0 && canInstallWithApt(system)) {
    installWithApt(system, lacking);
    lacking = missing(system, command.needs);
  }
  if (lacking.length === 0) return 0;
  const install = installCommand(system, lacking);
  const how = install === null ? `install ${lacking.map((need) => PACKAGE[need]).join(' and ')} with this system's package manager` : `run \`${install}\``;
  const alternative = lacking.includes('chromium') ? ' (or set CHROMIUM_PATH to a Chromium, Chrome or Edge)' : '';
  console.error(`${command.label} needs ${lacking.map((need) => WHAT[need]).join(' and ')}, and none was found: ${how}${alternative}, then ${command.label} again.`);
  return 1;
}

process.exitCode = main();
