import type { PresentationState } from '../../shared/presentation/messages';
import type { Size } from '../../shared/presentation/walkthrough';
import type { EditorState } from '../editor/context';
import type { Clock } from './presenter/use-elapsed';

/** The presenting window's side of a presentation: session state, never saved. */
export interface PresentSession {
  sessionId: string;
  /** What every window of the session shows. */
  state: PresentationState;
  /** On one screen, the presenter view is a toggle; with an audience window it is on. */
  presenterView: boolean;
  /** The editor's keys work again (arrows move between cells) until Esc. */
  liveEdit: boolean;
  helpOpen: boolean;
  /** The audience window's screen, once one has said hello. */
  audience: Size | null;
  /** The presenter's stopwatch, started with the presentation. */
  clock: Clock;
  /** Where the editor was, to return there on Esc. */
  returnTo: Pick<EditorState, 'viewport' | 'selection' | 'cursor'>;
}

export type SetSession = (update: (session: PresentSession | null) => PresentSession | null) => void;
