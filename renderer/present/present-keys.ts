import type { PresentationAction } from '../../shared/presentation/messages';

/** What a key does while presenting, besides the walk-through's own actions. */
export type PresenterCommand = 'exit' | 'presenterView' | 'liveEdit' | 'help';

export interface PresentKey {
  id: string;
  /** Keys as shown in the `?` overlay. */
  keys: string;
  match: (e: KeyboardEvent) => boolean;
  run: PresentationAction | PresenterCommand;
}

const plain = (e: KeyboardEvent) => !e.ctrlKey && !e.metaKey && !e.altKey;
const oneOf = (...names: string[]) => (e: KeyboardEvent) => plain(e) && names.includes(e.key);
const letter = (l: string) => (e: KeyboardEvent) => plain(e) && !e.shiftKey && e.key.toLowerCase() === l;

/**
 * Every key of presentation mode, for keyboards and presentation clickers (which send
 * PageDown/PageUp, arrows, or Space): one table drives the handler and the `?` overlay.
 */
export const PRESENT_KEYS: readonly PresentKey[] = [
  { id: 'next', keys: '→ ↓ Space PageDown', match: (e) => oneOf('ArrowRight', 'ArrowDown', 'PageDown')(e) || (plain(e) && !e.shiftKey && e.key === ' '), run: { type: 'next' } },
  { id: 'previous', keys: '← ↑ Shift+Space PageUp', match: (e) => oneOf('ArrowLeft', 'ArrowUp', 'PageUp')(e) || (plain(e) && e.shiftKey && e.key === ' '), run: { type: 'previous' } },
  { id: 'first', keys: 'Home', match: oneOf('Home'), run: { type: 'first' } },
  { id: 'last', keys: 'End', match: oneOf('End'), run: { type: 'last' } },
  { id: 'overview', keys: '0 O', match: (e) => oneOf('0')(e) || letter('o')(e), run: { type: 'toggleOverview' } },
  { id: 'laneByLane', keys: 'D', match: letter('d'), run: { type: 'toggleLaneByLane' } },
  { id: 'laser', keys: 'L', match: letter('l'), run: { type: 'toggleTool', tool: 'laser' } },
  { id: 'highlighter', keys: 'H', match: letter('h'), run: { type: 'toggleTool', tool: 'highlighter' } },
  { id: 'clearMarks', keys: 'E', match: letter('e'), run: { type: 'clearMarks' } },
  { id: 'theme', keys: 'T', match: letter('t'), run: { type: 'cycleTheme' } },
  { id: 'view', keys: 'V', match: letter('v'), run: { type: 'cycleView' } },
  { id: 'presenterView', keys: 'P', match: letter('p'), run: 'presenterView' },
  { id: 'liveEdit', keys: 'Enter', match: (e) => plain(e) && !e.shiftKey && e.key === 'Enter', run: 'liveEdit' },
  { id: 'help', keys: '?', match: (e) => e.key === '?', run: 'help' },
  { id: 'exit', keys: 'Esc', match: (e) => e.key === 'Escape', run: 'exit' },
];

/** Stage numbers typed in quick succession make one number: 1 then 2 is stage 12. */
export class StageNumberKeys {
  private typed = '';
  private last = 0;

  constructor(private readonly pauseMs = 700) {}

  /** The stage number so far, or null when the key is not a digit 1-9 (0 alone is the overview). */
  press(e: KeyboardEvent, now: number): number | null {
    if (!plain(e) || !/^[0-9]$/.test(e.key)) {
      // Any other key ends the number.
      if (!['Shift', 'Control', 'Alt', 'Meta'].includes(e.key)) this.typed = '';
      return null;
    }
    const continuing = this.typed !== '' && now - this.last < this.pauseMs;
    if (!continuing && e.key === '0') return null;
    this.typed = continuing ? this.typed + e.key : e.key;
    this.last = now;
    return Number(this.typed);
  }
}

/** What a key press does while presenting: a walk-through action, a command, or nothing. */
export function presentKeyRun(e: KeyboardEvent, digits: StageNumberKeys, now: number): PresentationAction | PresenterCommand | null {
  const stage = digits.press(e, now);
  if (stage !== null) return { type: 'goToStage', number: stage };
  return PRESENT_KEYS.find((k) => k.match(e))?.run ?? null;
}
