import { fromBase64, toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';
import { JourneyMirror } from '../../../shared/coedit/mirror';
import { freeColour, PRESENCE_LIMITS, type PeerPresence, type PresenceState } from '../../../shared/coedit/presence';
import { journeyY } from '../../../shared/coedit/y-layout';
import type { JourneyDocument } from '../../../shared/document/schema';
import type { ApiMethods } from '../../../shared/ipc/contract';
import type { CoeditConnection, CoeditRole } from '../../../shared/ipc/coedit';
import type { JourneyStore } from '../../state/journey-store';

export type CoeditApi = Pick<ApiMethods, 'pushCoedit' | 'watchCoedit' | 'setCoeditPresence'>;

export interface CoeditStatus {
  readonly role: CoeditRole;
  readonly connection: CoeditConnection;
  readonly laptops: number;
  /** Someone's edits made a map the schema refuses: they were not applied here. */
  readonly refused: boolean;
}

/** Updates applied here from the other laptops: never sent back, never this person's undo step. */
const REMOTE = { coedit: 'remote' } as const;
const WATCH_MS = 10_000;
/** A host whose room is gone (ended, or its thread stopped) looks again this often, to fill a resumed room. */
const HOST_RETRY_MS = 2_000;
const NO_PEERS: readonly PeerPresence[] = [];

/**
 * Binds an open map's store to the map's shared state (a JourneyMirror) and that to main
 * (the host's room, or a guest's connection), issue 28. This person's transactions are written
 * to the mirror and pushed; the other laptops' updates come back from a long poll, are
 * applied to the mirror and, once its derived journey validates, to the store through its one
 * write path with the `remote` origin. Undo and redo go through the mirror's UndoManager, so
 * they take back only this person's changes. The same poll brings the others' presence; this
 * person's goes to main at most PRESENCE_LIMITS.updatesPerSecond times a second. A host whose
 * room in main is new (its thread restarted and the workshop resumed) sends its whole state again.
 */
export class CoeditBinding {
  private after = -1;
  private stopped = false;
  private queued: Uint8Array[] = [];
  private pushing: Promise<void> | null = null;
  private current: CoeditStatus = { role: 'none', connection: 'connecting', laptops: 0, refused: false };
  private readonly listeners = new Set<() => void>();
  private readonly unlisten: () => void;
  /** Resolves once every update made so far has reached main (for tests and leaving). */
  private idleWaiters: (() => void)[] = [];
  private room: string | null = null;
  private presenceAfter = -1;
  private peersNow: readonly PeerPresence[] = NO_PEERS;
  private readonly presenceListeners = new Set<() => void>();
  private own: PresenceState | null = null;
  private ownColour: number | null = null;
  private presenceTimer: ReturnType<typeof setTimeout> | null = null;
  private presenceSentAt = 0;
  private presenceSending = false;

  private constructor(private readonly api: CoeditApi, readonly store: JourneyStore, readonly mirror: JourneyMirror, peers: readonly PeerPresence[] = NO_PEERS) {
    this.peersNow = peers;
    this.unlisten = store.listen((change) => {
      if (change.origin !== 'remote') mirror.writeLocal(change.changes);
    });
    mirror.doc.on('update', this.onUpdate);
    const undo = mirror.undoManager;
    store.setHistory({
      undo: () => this.history(() => undo.undo()),
      redo: () => this.history(() => undo.redo()),
      get canUndo() { return undo.canUndo(); },
      get canRedo() { return undo.canRedo(); },
    });
    for (const event of ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const) undo.on(event, () => store.historyChanged());
  }

  /** The host shares its open map: the shared state starts from it. */
  static host(api: CoeditApi, store: JourneyStore): CoeditBinding {
    const doc = new Y.Doc();
    JourneyMirror.seed(doc, store.document);
    const binding = new CoeditBinding(api, store, new JourneyMirror(doc));
    binding.queue(Y.encodeStateAsUpdate(doc));
    void binding.watch(true);
    return binding;
  }

  /** A guest's first state: polls main until the host's map arrived (null if it did not within `waitMs`). */
  static async fetchShared(api: CoeditApi, waitMs: number): Promise<{ mirror: JourneyMirror; document: JourneyDocument; revision: number; peers: readonly PeerPresence[] } | null> {
    const doc = new Y.Doc();
    const deadline = Date.now() + waitMs;
    let after = -1;
    while (Date.now() < deadline) {
      const result = await api.watchCoedit({ after, waitMs: Math.max(0, Math.min(2_000, deadline - Date.now())) });
      if (!result.ok || result.value.role !== 'guest' || result.value.connection === 'ended') return null;
      for (const update of result.value.updates) Y.applyUpdate(doc, fromBase64(update), REMOTE);
      after = result.value.revision;
      if (journeyY(doc).meta.map.size > 0) {
        const mirror = new JourneyMirror(doc);
        return { mirror, document: mirror.derive(), revision: after, peers: result.value.presence };
      }
    }
    return null;
  }

  /** A guest's map, opened from what fetchShared brought (its mirror goes on from what it derived). */
  static guest(api: CoeditApi, store: JourneyStore, mirror: JourneyMirror, revision: number, peers: readonly PeerPresence[] = NO_PEERS): CoeditBinding {
    const binding = new CoeditBinding(api, store, mirror, peers);
    binding.after = revision;
    void binding.watch(false);
    return binding;
  }

  get status(): CoeditStatus {
    return this.current;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The other laptops here now (name, colour, selection, pointer, typing). */
  get peers(): readonly PeerPresence[] {
    return this.peersNow;
  }

  subscribePresence = (listener: () => void): (() => void) => {
    this.presenceListeners.add(listener);
    return () => this.presenceListeners.delete(listener);
  };

  /** Who is typing in `cardId` (holding it), if anyone else is. */
  typistOf(cardId: string): PeerPresence | undefined {
    return this.peersNow.find((peer) => peer.typing === cardId);
  }

  /** This person's colour: the first nobody here had when they came. */
  get colour(): number {
    this.ownColour ??= freeColour(this.peersNow);
    return this.ownColour;
  }

  /** What the others see of this person; sent at most PRESENCE_LIMITS.updatesPerSecond times a second, the latest winning. */
  setPresence(state: Omit<PresenceState, 'colour'> | null): void {
    this.own = state && { ...state, colour: this.colour };
    if (this.presenceTimer || this.presenceSending || this.stopped) return;
    const wait = this.presenceSentAt + 1000 / PRESENCE_LIMITS.updatesPerSecond - Date.now();
    if (wait > 0) this.presenceTimer = setTimeout(() => void this.sendPresence(), wait);
    else void this.sendPresence();
  }

  private async sendPresence(): Promise<void> {
    this.presenceTimer = null;
    this.presenceSending = true;
    const sent = this.own;
    this.presenceSentAt = Date.now();
    await this.api.setCoeditPresence({ state: sent });
    this.presenceSending = false;
    // What changed meanwhile goes next.
    if (this.own !== sent && !this.stopped) this.setPresence(this.own);
  }

  /** Resolves once every update made so far has been handed to main. */
  flushed(): Promise<void> {
    if (!this.pushing && this.queued.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  stop(): void {
    if (this.presenceTimer) clearTimeout(this.presenceTimer);
    if (this.own) void this.api.setCoeditPresence({ state: null });
    this.stopped = true;
    this.unlisten();
    this.mirror.doc.off('update', this.onUpdate);
    this.store.setHistory(null);
  }

  private setStatus(patch: Partial<CoeditStatus>): void {
    const next = { ...this.current, ...patch };
    if (next.role === this.current.role && next.connection === this.current.connection && next.laptops === this.current.laptops && next.refused === this.current.refused) return;
    this.current = next;
    for (const listener of this.listeners) listener();
  }

  private history(step: () => void): void {
    step();
    this.applyShared();
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin !== REMOTE) this.queue(update);
  };

  private queue(update: Uint8Array): void {
    this.queued.push(update);
    this.pushing ??= this.push();
  }

  /** One push in flight; whatever came meanwhile goes next, merged into one update. */
  private async push(): Promise<void> {
    while (this.queued.length > 0 && !this.stopped) {
      const updates = this.queued.splice(0);
      const update = Y.mergeUpdates(updates);
      const result = await this.api.pushCoedit({ update: toBase64(update) });
      if (!result.ok) {
        // Main lost the room (it ended, or its thread restarted): the mirror keeps the edit; the next push carries it again.
        this.queued.unshift(update);
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    }
    this.pushing = null;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private async watch(host: boolean): Promise<void> {
    while (!this.stopped) {
      const result = await this.api.watchCoedit({ after: this.after, waitMs: WATCH_MS, presenceAfter: this.presenceAfter });
      if (this.stopped) return;
      if (!result.ok) {
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        continue;
      }
      const { role, connection, laptops, revision, updates, room, presenceRevision, presence } = result.value;
      this.setStatus({ role, connection, laptops });
      this.setPeers(presence);
      if (role === 'none') {
        if (!host) return;
        // The room may come back (resumed after its thread stopped): its shared state is then filled from here.
        await new Promise((resolve) => setTimeout(resolve, HOST_RETRY_MS));
        continue;
      }
      if (this.room !== null && room !== this.room) {
        // A new room in main (its thread restarted, the workshop resumed): it gets this map's whole state, and this person again.
        this.room = room;
        this.after = -1;
        this.presenceAfter = -1;
        this.queue(Y.encodeStateAsUpdate(this.mirror.doc));
        if (this.own) this.setPresence(this.own);
        continue;
      }
      this.room = room;
      this.presenceAfter = presenceRevision;
      this.after = revision;
      if (updates.length === 0) continue;
      for (const update of updates) Y.applyUpdate(this.mirror.doc, fromBase64(update), REMOTE);
      this.applyShared();
    }
  }

  private setPeers(peers: readonly PeerPresence[]): void {
    if (peers.length === 0 && this.peersNow.length === 0) return;
    if (JSON.stringify(peers) === JSON.stringify(this.peersNow)) return;
    this.peersNow = peers;
    for (const listener of this.presenceListeners) listener();
  }

  /** Brings the store to the shared state, unless that state does not validate (then it waits for the next). */
  private applyShared(): void {
    const refreshed = this.mirror.refresh(this.store.document);
    this.setStatus({ refused: refreshed.refused });
    if (!refreshed.refused && refreshed.changes.length > 0) this.store.transact('coedit.remote', refreshed.changes, 'remote');
  }
}
