/**
 * The relay: the workshop's server (server.ts, admission.ts) and every socket on it
 * (connection.ts), kept alive by a heartbeat. It knows nothing of notes or votes: each socket's
 * hello goes to the room (RelayRoom.join), which answers with the session that reads the rest,
 * so another kind of room (the map's own document, edited by several laptops) can ride on the
 * same code, limits and checks.
 */
import type { WebSocket } from 'ws';
import type { CloseCode } from '../../shared/workshop/protocol';
import { Connection, type RelayRoom } from './connection';
import type { RelayLimits } from './limits';
import { WorkshopServer, type WorkshopPageHandler } from './server';

export interface RelayOptions {
  addresses: string[];
  port: number;
  limits: RelayLimits;
  /** The current room code, or null once the room has ended (every socket is then refused). */
  code: () => string | null;
  page?: WorkshopPageHandler;
}

/** What the relay needs of the room its sockets join. */
export type JoinableRoom = Pick<RelayRoom, 'limits' | 'join'>;

export class Relay {
  private readonly connections = new Set<Connection>();
  private readonly server: WorkshopServer;
  private heartbeat: ReturnType<typeof setInterval> | null = null;

  private constructor(options: RelayOptions, room: JoinableRoom) {
    const tracked: RelayRoom = {
      limits: room.limits,
      join: (hello, connection) => room.join(hello, connection),
      authFailed: (address) => this.server.noteWrongAttempt(address),
      left: (connection) => this.connections.delete(connection),
    };
    this.server = new WorkshopServer({
      ...options,
      onSocket: (socket: WebSocket, address: string) => {
        if (options.code() === null) return socket.close();
        this.connections.add(new Connection(socket, address, tracked));
      },
    });
  }

  /** Listens on the addresses (on `options.port`, or one the system picks) and starts the heartbeat. */
  static async listen(options: RelayOptions, room: JoinableRoom): Promise<Relay> {
    const relay = new Relay(options, room);
    await relay.server.listen();
    relay.heartbeat = setInterval(() => {
      for (const connection of relay.connections) {
        if (!connection.alive) connection.terminate();
        else {
          connection.alive = false;
          connection.ping();
        }
      }
    }, options.limits.heartbeatMs);
    return relay;
  }

  get port(): number {
    return this.server.port;
  }

  /** Open TCP connections, joined or not (for tests and the bench). */
  get openConnections(): number {
    return this.server.openConnections;
  }

  /** Every socket closed with `reason`, then nothing listens. */
  async close(reason: CloseCode): Promise<void> {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    for (const connection of [...this.connections]) connection.close(reason);
    await this.server.close();
  }
}
