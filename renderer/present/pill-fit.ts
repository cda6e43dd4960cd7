import { useEffect, useState } from 'react';

/** A progress pill's padding and border (2 x 12 + 2 x 2), its smallest width (present.css) and the gap to the next, in px. */
const PILL = { chrome: 28, min: 40, gap: 6 } as const;
const pillWidth = (text: number): number => Math.max(PILL.min, PILL.chrome + text) + PILL.gap;

/**
 * Which stage pills show their name beside their number, so none is cut: the focused stage
 * always; then the others nearest to it, while the whole row still fits `room` px. The rest
 * show their number alone (the name stays in their tooltip and accessible name), so a short
 * name is whole or not there, never "4 …".
 */
export function namedPills(labels: readonly { number: string; full: string }[], focused: number, room: number, width: (text: string) => number): boolean[] {
  const named = labels.map((_, i) => i === focused);
  let used = labels.reduce((sum, label, i) => sum + pillWidth(width(named[i] ? label.full : label.number)), 0);
  // Nearest first, the later of two equally near first (the one coming up next).
  const order = labels.map((_, i) => i).filter((i) => i !== focused).sort((a, b) => Math.abs(a - focused) - Math.abs(b - focused) || b - a);
  for (const i of order) {
    const label = labels[i];
    if (!label) continue;
    const more = pillWidth(width(label.full)) - pillWidth(width(label.number));
    if (used + more > room) continue;
    named[i] = true;
    used += more;
  }
  return named;
}

/** The room a row of pills has (px) and text widths in their font, followed as the row resizes. */
export function usePillRoom(ref: React.RefObject<HTMLElement | null>): { room: number; width: ((text: string) => number) | null } {
  const [fit, setFit] = useState<{ room: number; width: ((text: string) => number) | null }>({ room: 0, width: null });
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    // Measured again once the fonts are in: a fallback font's widths would cut names.
    const update = () => setFit({ room: Math.floor(element.getBoundingClientRect().width), width: pillTextWidth(element) });
    const observer = new ResizeObserver(update);
    observer.observe(element);
    void document.fonts.ready.then(update);
    document.fonts.addEventListener('loadingdone', update);
    return () => {
      observer.disconnect();
      document.fonts.removeEventListener('loadingdone', update);
    };
  }, [ref]);
  return fit;
}

/** Text widths in the pills' font: 16 px (present.css), bold so a pill measured here is never narrower than drawn. */
export function pillTextWidth(element: Element): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  const pill = element.querySelector('button, span');
  if (!context) return (text) => text.length * 10;
  context.font = `700 16px ${getComputedStyle(pill ?? element).fontFamily}`;
  const cache = new Map<string, number>();
  return (text) => {
    let found = cache.get(text);
    if (found === undefined) cache.set(text, (found = Math.ceil(context.measureText(text).width)));
    return found;
  };
}
