/**
 * Who may hold a connection to the workshop's port, counted on the raw TCP socket before a
 * byte of HTTP is read: at most `connections` in all and `connectionsPerAddress` per address,
 * of which `unprovenPerAddress` may not have shown the room code yet. A connection must show
 * the code (the path of its first request: the page or the phone's socket) within
 * `codeDeadlineMs`, else it is dropped; slow or idle connections hold nothing for long.
 *
 * When every place is taken, the oldest connection that has not shown the code makes way for
 * the new one, so idle sockets from many addresses never keep a phone with the code out.
 */
import type { Socket } from 'node:net';
import type { RelayLimits } from './limits';

type AdmissionLimits = Pick<RelayLimits, 'connections' | 'connectionsPerAddress' | 'unprovenPerAddress' | 'codeDeadlineMs'>;

interface Tracked {
  address: string;
  deadline: ReturnType<typeof setTimeout> | null;
}
interface Count { open: number; unproven: number }

export class Admission {
  /** Every connection held, oldest first (a Map keeps insertion order). */
  private readonly held = new Map<Socket, Tracked>();
  private readonly byAddress = new Map<string, Count>();

  constructor(private readonly limits: AdmissionLimits) {}

  get size(): number {
    return this.held.size;
  }

  /** A new TCP connection: true when it may stay (it is tracked until it closes), false to drop it at once. */
  admit(socket: Socket): boolean {
    const address = socket.remoteAddress ?? '';
    const count = this.byAddress.get(address) ?? { open: 0, unproven: 0 };
    if (count.open >= this.limits.connectionsPerAddress || count.unproven >= this.limits.unprovenPerAddress) return false;
    if (this.held.size >= this.limits.connections && !this.evictOldestUnproven()) return false;
    const deadline = setTimeout(() => socket.destroy(), this.limits.codeDeadlineMs);
    this.held.set(socket, { address, deadline });
    this.byAddress.set(address, { open: count.open + 1, unproven: count.unproven + 1 });
    socket.once('close', () => this.forget(socket));
    return true;
  }

  /** The connection showed the room code: it keeps its place without a deadline. */
  prove(socket: Socket): void {
    const tracked = this.held.get(socket);
    if (!tracked?.deadline) return;
    clearTimeout(tracked.deadline);
    tracked.deadline = null;
    const count = this.byAddress.get(tracked.address);
    if (count) count.unproven -= 1;
  }

  /** Whether the connection has shown the code. */
  proven(socket: Socket): boolean {
    return this.held.get(socket)?.deadline === null;
  }

  /** Drops every connection (the server closes). */
  dropAll(): void {
    for (const socket of [...this.held.keys()]) socket.destroy();
  }

  private evictOldestUnproven(): boolean {
    for (const [socket, tracked] of this.held) {
      if (tracked.deadline === null) continue;
      // Forgotten now, not at its 'close' event: the place is needed at once.
      this.forget(socket);
      socket.destroy();
      return true;
    }
    return false;
  }

  private forget(socket: Socket): void {
    const tracked = this.held.get(socket);
    if (!tracked) return;
    this.held.delete(socket);
    const count = this.byAddress.get(tracked.address);
    if (tracked.deadline) {
      clearTimeout(tracked.deadline);
      if (count) count.unproven -= 1;
    }
    if (!count) return;
    count.open -= 1;
    if (count.open <= 0) this.byAddress.delete(tracked.address);
  }
}
