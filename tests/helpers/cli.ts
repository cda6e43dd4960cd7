import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const cli = new URL('../../out/cli/waymark.js', import.meta.url).pathname;

/** Runs the built `waymark` command; never throws, whatever it exits with. */
export async function waymark(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
