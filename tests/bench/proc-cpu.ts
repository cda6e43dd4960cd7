import { readdir, readFile } from 'node:fs/promises';

/** What used the CPU: the browser's page processes, its other processes, the host's preview process, and this one. */
const KINDS = ['pages', 'browser', 'host', 'bench'] as const;
export type CpuKind = (typeof KINDS)[number];
export type CpuTimes = Record<CpuKind, number>;

const TICKS_PER_SECOND = 100;

async function cpuSecondsOf(pid: string): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND || 0;
}

/**
 * CPU seconds used so far by each kind of process on this machine (Linux /proc; null elsewhere).
 * Chromium's are found by their command line, so run nothing else with Chromium meanwhile.
 */
export async function cpuSecondsByKind(hostPid: number): Promise<CpuTimes | null> {
  const pids = await readdir('/proc').catch(() => null);
  if (!pids) return null;
  const times: CpuTimes = { pages: 0, browser: 0, host: 0, bench: 0 };
  for (const pid of pids.filter((name) => /^\d+$/.test(name))) {
    const command = (await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')).replace(/\0/g, ' ');
    const kind: CpuKind | null = Number(pid) === hostPid ? 'host' : Number(pid) === process.pid ? 'bench'
      : /chrom/i.test(command) ? (command.includes('--type=renderer') ? 'pages' : 'browser') : null;
    if (kind) times[kind] += await cpuSecondsOf(pid);
  }
  return times;
}

/** CPU seconds each kind used between two readings. */
export function cpuUsedBetween(before: CpuTimes | null, after: CpuTimes | null): CpuTimes | null {
  if (!before || !after) return null;
  return Object.fromEntries(KINDS.map((kind) => [kind, Math.round((after[kind] - before[kind]) * 10) / 10])) as CpuTimes;
}
