/**
 * One laptop's copy of a co-edited map's shared state in main: a Y.Doc, and a numbered log of
 * the updates that came from elsewhere, which the laptop's window reads with a long poll (as
 * watchWorkshop does for the room). The window sends its own updates here; the peers (the
 * relay's laptops on the host, the host on a guest) get them through `onLocalUpdate`.
 * Beside it, the room's presence (a y-protocols Awareness): this laptop's own state, set by its
 * window, and the others' states as they arrived (checked by whoever received them).
 */
import { randomUUID } from 'node:crypto';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { peersOf, type PeerPresence, type PresenceState } from '../../shared/coedit/presence';

/** Where an update came from: this laptop's window, or the other laptops. */
export type HubOrigin = 'window' | 'peers';

export interface HubUpdates {
  /** This hub's identity: a new one (a restarted room) wants the window's whole state again. */
  readonly room: string;
  /** Pass it back as `after` to wait for what comes next. */
  readonly revision: number;
  /** Updates from the other laptops since `after`; the whole state when the window is new or too far behind. */
  readonly updates: readonly Uint8Array[];
  /** Pass it back as `presenceAfter`. */
  readonly presenceRevision: number;
  /** The other laptops' presence now. */
  readonly presence: readonly PeerPresence[];
}

/** Updates kept for windows that poll; past this the window is sent the whole state instead. */
const LOG_ENTRIES = 2_000;
/**
 * A change of presence alone wakes the waiting window this much later, so the pointers,
 * selections and typing of everyone in the room in that time go in one answer (each answer
 * costs the window a request and a draw). An edit wakes it at once, with them.
 */
export const PRESENCE_BATCH_MS = 50;
/**
 * A window that has not asked for updates for this long (it crashed, or hangs; a live one
 * always has a poll waiting) is no longer shown to the others, so the card it typed in is free.
 * It shows again as soon as it says who it is.
 */
export const WINDOW_GONE_MS = 30_000;
const GONE_CHECK_MS = 5_000;

export class CoeditHub {
  readonly room = randomUUID();
  readonly doc = new Y.Doc();
  readonly awareness = new Awareness(this.doc);
  private log: { revision: number; update: Uint8Array }[] = [];
  private revision = 0;
  private presenceRevision = 0;
  private readonly waiters = new Set<() => void>();
  private presenceTimer: ReturnType<typeof setTimeout> | null = null;
  private windowSeenAt = Date.now();
  private readonly goneCheck = setInterval(() => this.forgetGoneWindow(), GONE_CHECK_MS);
  private readonly localListeners = new Set<(update: Uint8Array) => void>();

  constructor() {
    this.goneCheck.unref?.();
    // Nobody is here until the window says who.
    this.awareness.setLocalState(null);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'window') {
        for (const listener of this.localListeners) listener(update);
        return;
      }
      this.revision += 1;
      this.log.push({ revision: this.revision, update });
      if (this.log.length > LOG_ENTRIES) this.log = this.log.slice(-LOG_ENTRIES / 2);
      this.wake();
    });
    this.awareness.on('change', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
      // The window's own presence is not news to it.
      if ([...added, ...updated, ...removed].every((client) => client === this.doc.clientID)) return;
      this.presenceRevision += 1;
      this.presenceTimer ??= setTimeout(() => this.wake(), PRESENCE_BATCH_MS);
    });
  }

  /** Applies an update (Yjs checks it; a malformed one throws and changes nothing). */
  apply(update: Uint8Array, origin: HubOrigin): void {
    Y.applyUpdate(this.doc, update, origin);
  }

  /** This laptop's presence, as its window last said (null: not shown to the others). */
  setPresence(state: PresenceState | null): void {
    this.windowSeenAt = Date.now();
    this.awareness.setLocalState(state);
  }

  onLocalUpdate(listener: (update: Uint8Array) => void): () => void {
    this.localListeners.add(listener);
    return () => this.localListeners.delete(listener);
  }

  /**
   * The other laptops' updates after `after` (-1: everything, as one update) and their presence,
   * waiting at most `waitMs` for an update or a change of presence after `presenceAfter`.
   */
  async updatesAfter(after: number, waitMs: number, presenceAfter = this.presenceRevision): Promise<HubUpdates> {
    if (after >= this.revision && presenceAfter >= this.presenceRevision && waitMs > 0) {
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          this.waiters.delete(done);
          resolve();
        };
        const timer = setTimeout(done, waitMs);
        this.waiters.add(done);
      });
    }
    // Seen now (a poll waiting meanwhile also counts as seen: forgetGoneWindow checks for one).
    this.windowSeenAt = Date.now();
    const presence = { room: this.room, presenceRevision: this.presenceRevision, presence: peersOf(this.awareness.getStates(), this.doc.clientID) };
    const first = this.log[0]?.revision ?? this.revision + 1;
    if (after < 0 || after + 1 < first) return { ...presence, revision: this.revision, updates: [Y.encodeStateAsUpdate(this.doc)] };
    return { ...presence, revision: this.revision, updates: this.log.filter((entry) => entry.revision > after).map((entry) => entry.update) };
  }

  /** Wakes every waiting poll (the connection's state changed, say). */
  wake(): void {
    if (this.presenceTimer) clearTimeout(this.presenceTimer);
    this.presenceTimer = null;
    for (const waiter of [...this.waiters]) waiter();
  }

  private forgetGoneWindow(): void {
    // A poll waiting now is the window, alive.
    if (this.waiters.size > 0 || Date.now() - this.windowSeenAt < WINDOW_GONE_MS) return;
    if (this.awareness.getLocalState() !== null) this.awareness.setLocalState(null);
  }

  destroy(): void {
    clearInterval(this.goneCheck);
    this.wake();
    this.localListeners.clear();
    this.awareness.destroy();
    this.doc.destroy();
  }
}
