import { useEffect, useState } from 'react';

interface Clock { startedAt: number | null; before: number }

/** A stopwatch for the talk: starts with the presentation, can pause and restart; never saved. */
export function useElapsed(now: () => number = Date.now) {
  const [clock, setClock] = useState<Clock>(() => ({ startedAt: now(), before: 0 }));
  const [, tick] = useState(0);
  const running = clock.startedAt !== null;
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => tick((n) => n + 1), 1000);
    return () => clearInterval(timer);
  }, [running]);
  const elapsed = clock.before + (clock.startedAt === null ? 0 : now() - clock.startedAt);
  return {
    elapsed,
    running,
    toggle: () => setClock((c) => (c.startedAt === null ? { startedAt: now(), before: c.before } : { startedAt: null, before: c.before + now() - c.startedAt })),
    reset: () => setClock((c) => ({ startedAt: c.startedAt === null ? null : now(), before: 0 })),
  };
}

/** 75 000 ms as "1:15"; an hour and more as "1:02:03". */
export function formatElapsed(ms: number): string {
  const total = Math.floor(ms / 1000);
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}
