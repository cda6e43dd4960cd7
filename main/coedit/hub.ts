/**
 * One laptop's copy of a co-edited map's shared state in main: a Y.Doc, and a numbered log of
 * the updates that came from elsewhere, which the laptop's window reads with a long poll (as
 * watchWorkshop does for the room). The window sends its own updates here; the peers (the
 * relay's laptops on the host, the host on a guest) get them through `onLocalUpdate`.
 */
import * as Y from 'yjs';

/** Where an update came from: this laptop's window, or the other laptops. */
export type HubOrigin = 'window' | 'peers';

export interface HubUpdates {
  /** Pass it back as `after` to wait for what comes next. */
  readonly revision: number;
  /** Updates from the other laptops since `after`; the whole state when the window is new or too far behind. */
  readonly updates: readonly Uint8Array[];
}

/** Updates kept for windows that poll; past this the window is sent the whole state instead. */
const LOG_ENTRIES = 2_000;

export class CoeditHub {
  readonly doc = new Y.Doc();
  private log: { revision: number; update: Uint8Array }[] = [];
  private revision = 0;
  private readonly waiters = new Set<() => void>();
  private readonly localListeners = new Set<(update: Uint8Array) => void>();

  constructor() {
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
  }

  /** Applies an update (Yjs checks it; a malformed one throws and changes nothing). */
  apply(update: Uint8Array, origin: HubOrigin): void {
    Y.applyUpdate(this.doc, update, origin);
  }

  onLocalUpdate(listener: (update: Uint8Array) => void): () => void {
    this.localListeners.add(listener);
    return () => this.localListeners.delete(listener);
  }

  /** The other laptops' updates after `after` (-1: everything, as one update), waiting at most `waitMs` for one. */
  async updatesAfter(after: number, waitMs: number): Promise<HubUpdates> {
    if (after >= this.revision && waitMs > 0) {
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
    const first = this.log[0]?.revision ?? this.revision + 1;
    if (after < 0 || after + 1 < first) return { revision: this.revision, updates: [Y.encodeStateAsUpdate(this.doc)] };
    return { revision: this.revision, updates: this.log.filter((entry) => entry.revision > after).map((entry) => entry.update) };
  }

  /** Wakes every waiting poll (the connection's state changed, say). */
  wake(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  destroy(): void {
    this.wake();
    this.localListeners.clear();
    this.doc.destroy();
  }
}
