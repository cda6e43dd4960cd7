import type { MenuCommand } from '../../shared/ipc/contract';
import type { AudienceWindowOutcome } from '../../shared/ipc/presentation';
import type { PresentationMessage } from '../../shared/presentation/messages';

/** The Electron side of presenting: displays and windows. A test gives a fake. */
export interface AudienceScreens {
  displayCount(): number;
  /**
   * Opens a full-screen audience window for the session on a display the presenter's window
   * is not on; its id, or null when there is no such display. `onClosed` runs when it closes.
   */
  open(presenterWindowId: number, sessionId: string, onClosed: () => void): number | null;
  close(windowId: number): void;
  setFullScreen(windowId: number, fullScreen: boolean): void;
  send(windowId: number, command: MenuCommand): void;
}

/**
 * Which windows present together, and the messages between them: a window may only speak
 * to a session it belongs to (the presenter that opened it, or the audience window it opened).
 */
export class PresentationHub {
  private readonly sessions = new Map<string, { presenter: number; audience: Set<number> }>();

  constructor(private readonly screens: AudienceScreens) {}

  openAudience(presenterWindowId: number, sessionId: string): AudienceWindowOutcome {
    const displays = this.screens.displayCount();
    const existing = this.sessions.get(sessionId);
    if (existing && existing.presenter !== presenterWindowId) throw new Error('this presentation belongs to another window');
    const session = existing ?? { presenter: presenterWindowId, audience: new Set<number>() };
    this.sessions.set(sessionId, session);
    if (session.audience.size > 0) return { opened: true, displays };
    const id = this.screens.open(presenterWindowId, sessionId, () => this.audienceClosed(sessionId, id));
    if (id === null) return { opened: false, displays };
    session.audience.add(id);
    return { opened: true, displays };
  }

  closeAudience(presenterWindowId: number, sessionId: string): void {
    const session = this.sessions.get(sessionId);
    if (!session || session.presenter !== presenterWindowId) return;
    this.sessions.delete(sessionId);
    for (const id of session.audience) this.screens.close(id);
  }

  /** Passes a message to every other window of the session; refused from a window outside it. */
  relay(fromWindowId: number, sessionId: string, message: PresentationMessage): void {
    const session = this.sessions.get(sessionId);
    const members = session ? [session.presenter, ...session.audience] : [];
    if (!members.includes(fromWindowId)) throw new Error('this window is not part of the presentation');
    for (const id of members) if (id !== fromWindowId) this.screens.send(id, { type: 'presentation', sessionId, message });
  }

  setFullScreen(windowId: number, fullScreen: boolean): void {
    this.screens.setFullScreen(windowId, fullScreen);
  }

  /** The presenter hears that its audience window is gone (closed by hand, or its display unplugged). */
  private audienceClosed(sessionId: string, windowId: number | null): void {
    const session = this.sessions.get(sessionId);
    if (!session || windowId === null || !session.audience.delete(windowId)) return;
    this.screens.send(session.presenter, { type: 'presentation', sessionId, message: { kind: 'bye' } });
  }
}
