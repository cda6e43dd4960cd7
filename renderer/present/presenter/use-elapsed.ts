import { useEffect, useState } from 'react';

/** The talk's stopwatch, kept with the presentation so hiding the presenter view keeps the time. */
export interface Clock { startedAt: number | null; before: number }

export const startClock = (now: number): Clock => ({ startedAt: now, before: 0 });
export const elapsedOf = (clock: Clock, now: number): number => clock.before + (clock.startedAt === null ? 0 : Math.max(0, now - clock.startedAt));
/** Pauses a running clock, or runs a paused one on from where it stopped. */
export const toggleClock = (clock: Clock, now: number): Clock =>
  clock.startedAt === null ? { startedAt: now, before: clock.before } : { startedAt: null, before: elapsedOf(clock, now) };
/** Back to zero, running or paused as it was. */
export const resetClock = (clock: Clock, now: number): Clock => ({ startedAt: clock.startedAt === null ? null : now, before: 0 });

/** The time now, a second fresher each second while the clock runs. */
export function useNow(running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);
  return now;
}

/** 75 000 ms as "1:15"; an hour and more as "1:02:03". */
export function formatElapsed(ms: number): string {
  const total = Math.floor(ms / 1000);
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}
