import { useEffect, useMemo, useState } from 'react';
import type { JourneyDocument } from '../../shared/document/schema';
import { computeLayout, type JourneyLayout } from '../../shared/layout/layout';
import { cardTextWidth, estimateLines } from '../../shared/layout/metrics';
import { measureLines } from '../canvas/measure';

/** From this many cards a map's first layout measures only what the window can show. */
const FIRST_SCREEN_FROM_CARDS = 2_000;
/** Leave this much of each idle period to the browser. */
const IDLE_MARGIN_MS = 2;

/**
 * Measures every card's text in the browser's idle periods, a slice at a time, so that the
 * main thread never stops for the whole map; calls `done` when all are measured.
 */
function measureWhenIdle(layout: JourneyLayout, done: () => void): () => void {
  const cards = layout.cards;
  let next = 0;
  let handle = 0;
  const work = (deadline: IdleDeadline) => {
    for (let card = cards[next]; card && deadline.timeRemaining() > IDLE_MARGIN_MS; card = cards[next]) {
      measureLines(card.text, cardTextWidth(card.width));
      next += 1;
    }
    if (next < cards.length) handle = requestIdleCallback(work);
    else done();
  };
  handle = requestIdleCallback(work);
  return () => cancelIdleCallback(handle);
}

/**
 * The map's layout, measured with the real font. A big map opens with a first-screen layout:
 * lanes that start below the height of the screen (the map opens at 100% from its top-left
 * corner) get estimated line counts, so their thousands of cards are not measured before the
 * first draw. The rest is measured in idle time and the exact layout then replaces the first
 * one; nothing in view moves, since everything above that line was measured.
 */
export function useMapLayout(document: JourneyDocument): JourneyLayout {
  const [firstScreen, setFirstScreen] = useState(() => document.cards.length >= FIRST_SCREEN_FROM_CARDS);
  const layout = useMemo(
    () => computeLayout(document, measureLines, firstScreen ? { y: window.screen.height, countLines: estimateLines } : undefined),
    [document, firstScreen],
  );
  useEffect(() => (firstScreen ? measureWhenIdle(layout, () => setFirstScreen(false)) : undefined), [firstScreen, layout]);
  return layout;
}
