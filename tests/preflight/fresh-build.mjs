// @ts-check
/**
 * Builds the app only when its sources changed since the last build (`npm start`,
 * `npm run preview`): a second start goes straight to the app. The sources are hashed by
 * content, so a checkout or a touch that changes nothing costs no build; the hash is kept in
 * `out/` beside what it describes, so a deleted `out/` builds again.
 *
 *   node tests/preflight/fresh-build.mjs [--force]
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = new URL('../..', import.meta.url).pathname;
const STAMP = join(ROOT, 'out/.build-inputs.json');
/** What the build reads: the three runtime folders, its configs and the locked dependencies. */
const SOURCE_FOLDERS = ['main', 'renderer', 'shared'];
const SOURCE_FILES = ['package.json', 'package-lock.json', 'tsconfig.json', 'electron.vite.config.ts', 'vite.cli.config.ts', 'vite.phone.config.ts'];
/** What it writes; any of them missing means building again. */
const OUTPUTS = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'out/cli/waymark.js', 'out/phone/index.html'];
/** `npm run build`, step by step, so a first start can say where it is. */
const STEPS = [
  { name: 'the app (main process and window)', args: ['electron-vite', 'build'] },
  { name: 'the command line and the preview server', args: ['vite', 'build', '--config', 'vite.cli.config.ts'] },
  { name: "the workshop's phone page", args: ['vite', 'build', '--config', 'vite.phone.config.ts'] },
];

/** @param {string} folder @returns {string[]} */
function filesUnder(folder) {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

function hashSources() {
  const files = [...SOURCE_FOLDERS.flatMap((folder) => filesUnder(join(ROOT, folder))), ...SOURCE_FILES.map((file) => join(ROOT, file))]
    .map((path) => relative(ROOT, path))
    .sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update('\0').update(readFileSync(join(ROOT, file))).update('\0');
  return hash.digest('hex');
}

function builtFrom() {
  try {
    return /** @type {{ sources?: string }} */ (JSON.parse(readFileSync(STAMP, 'utf8'))).sources ?? null;
  } catch {
    return null;
  }
}

/** @param {string[]} args @returns {Promise<{ code: number | null; output: string }>} */
function run(args) {
  return new Promise((resolve) => {
    const [command = '', ...rest] = args;
    const child = spawn(join(ROOT, 'node_modules/.bin', command), rest, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code, output }));
  });
}

async function main() {
  const sources = hashSources();
  const previous = builtFrom();
  const complete = OUTPUTS.every((output) => existsSync(join(ROOT, output)));
  if (!process.argv.includes('--force') && previous === sources && complete) return 0;
  const why = previous === null || !complete ? 'no build yet' : 'the sources changed since the last build';
  console.log(`Building Waymark first (${why}); this takes about half a minute, and later starts skip it until the sources change.`);
  const started = Date.now();
  for (const [index, step] of STEPS.entries()) {
    console.log(`  ${index + 1}/${STEPS.length} ${step.name}…`);
    const { code, output } = await run(step.args);
    if (code !== 0) {
      console.error(output.trim());
      console.error(`The build of ${step.name} failed (exit ${code}).`);
      return 1;
    }
  }
  writeFileSync(STAMP, `${JSON.stringify({ sources, builtAt: new Date().toISOString() }, null, 2)}\n`);
  console.log(`Built in ${Math.round((Date.now() - started) / 1000)} s.`);
  return 0;
}

process.exitCode = await main();
