// @ts-check
/**
 * Runs npm scripts at the same time and waits for all of them: `npm test`'s typecheck, lint and
 * build read the same sources and write nothing the others read, and each mostly keeps one
 * core busy, so side by side they take about the longest one's time instead of the sum.
 * Each script's output is printed whole when it ends, so the logs do not interleave.
 *
 *   node tests/preflight/side-by-side.mjs typecheck lint build
 */
import { spawn } from 'node:child_process';

/** @param {string} script @returns {Promise<{ script: string; code: number | null; output: string }>} */
function runScript(script) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ script, code: 1, output: String(error) }));
    child.on('close', (code) => resolve({ script, code, output }));
  });
}

const scripts = process.argv.slice(2);
const started = Date.now();
const results = await Promise.all(
  scripts.map(async (script) => {
    const result = await runScript(script);
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    console.log(`> ${script}: ${result.code === 0 ? 'passed' : `failed (exit ${result.code})`} after ${seconds} s`);
    if (result.output.trim()) console.log(result.output.trimEnd());
    return result;
  }),
);
process.exit(results.every((result) => result.code === 0) ? 0 : 1);
