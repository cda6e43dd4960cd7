import { readFile } from 'node:fs/promises';

/** A process's resident memory now (VmRSS) and at its peak so far (VmHWM), in MB; NaN where /proc has none. */
export async function processMegabytes(pid: number): Promise<{ now: number; peak: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const field = (name: string) => {
    const kilobytes = new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1];
    return kilobytes === undefined ? NaN : Math.round(Number(kilobytes) / 1024);
  };
  return { now: field('VmRSS'), peak: field('VmHWM') };
}
