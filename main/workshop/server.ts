/**
 * The workshop's HTTP and WebSocket server. It listens only on the addresses the facilitator
 * picked (never on all interfaces) and answers only the workshop's routes:
 *
 *   GET /w/<CODE>[/…]      the participant page (served by a hook; 404 until one is given)
 *   Upgrade /w/<CODE>/socket   the phone's socket
 *
 * Everything else is 404. Before any of that, every TCP connection is counted and held to a
 * deadline for showing the code (admission.ts). A request must name one of those addresses in
 * its Host header (a page elsewhere that rebinds a DNS name to the laptop gets nothing), a
 * socket's Origin, when the browser sends one, must be that same host, and a wrong room code
 * counts against the sender's address only: past the limit, every request from that address
 * is answered 429 until its bucket refills, while every other address carries on.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { isIP, type Socket } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { isRoomCode, normalizeRoomCode } from '../../shared/workshop/room-code';
import { CLOSE_CODES, joinPath, SOCKET_SUFFIX } from '../../shared/workshop/protocol';
import { hostPart } from './join-info';
import type { RelayLimits } from './limits';
import { Admission } from './admission';
import { KeyedBuckets } from './rate-limit';
import { sameText } from './secrets';

/**
 * Serves the participant page's files for a path below /w/<CODE> ('' or '/…'); false for "no
 * such file" (404). `base` is the room's own path (`/w/<CODE>`, the code as the room has it),
 * and the Host header has been checked to be one the server listens on.
 */
export type WorkshopPageHandler = (request: { path: string; base: string; method: string; headers: IncomingMessage['headers'] }, response: ServerResponse) => boolean | Promise<boolean>;

export interface WorkshopServerOptions {
  addresses: string[];
  port: number;
  limits: RelayLimits;
  /** The current room code, or null once the workshop has ended. */
  code: () => string | null;
  page?: WorkshopPageHandler;
  onSocket: (socket: WebSocket, address: string) => void;
}

const BASE_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  // The join URL carries the room code: never hand it on.
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
};

function answer(response: ServerResponse, status: number): void {
  // A refused request does not keep its connection.
  response.writeHead(status, { ...BASE_HEADERS, 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
  response.end(`${status}\n`);
}

function refuseUpgrade(socket: Socket, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** The addresses that may be listened on: literal, specific IPs (never 0.0.0.0 or ::). */
export function checkListenAddresses(addresses: string[]): void {
  if (addresses.length === 0) throw new Error('workshop: pick at least one address to listen on');
  for (const address of addresses) {
    if (isIP(address) === 0) throw new Error(`workshop: "${address}" is not an IP address`);
    if (address === '0.0.0.0' || address === '::' || /^0+(\.0+){3}$/.test(address) || /^[0:]+$/.test(address)) {
      throw new Error('workshop: listening on all interfaces is not allowed; pick the room network\'s address');
    }
  }
}

const PATH = /^\/w\/([^/]+)(\/.*)?$/;

export class WorkshopServer {
  private readonly servers: Server[] = [];
  private readonly wss: WebSocketServer;
  private readonly wrongByAddress: KeyedBuckets;
  private readonly admission: Admission;
  private allowedHosts = new Set<string>();
  port = 0;

  constructor(private readonly options: WorkshopServerOptions) {
    checkListenAddresses(options.addresses);
    const { limits } = options;
    this.wss = new WebSocketServer({ noServer: true, maxPayload: limits.frameBytes, perMessageDeflate: false, clientTracking: false });
    this.wrongByAddress = new KeyedBuckets(limits.wrongCodesPerSecondPerAddress, limits.wrongCodeBurstPerAddress);
    this.admission = new Admission(limits);
  }

  /** Open TCP connections (for tests and the bench). */
  get openConnections(): number {
    return this.admission.size;
  }

  /** Listens on every address, on one port (the one asked for, or the first one given). */
  async listen(): Promise<number> {
    let port = this.options.port;
    try {
      for (const address of this.options.addresses) {
        // Small headers, and slow ones timed out within a second of their limit (not Node's 30 s sweep).
        const server = createServer({ maxHeaderSize: 8 * 1024, headersTimeout: 3000, requestTimeout: 5000, connectionsCheckingInterval: 1000 },
          (request, response) => void this.onRequest(request, response));
        server.on('upgrade', (request: IncomingMessage, socket: Socket, head: Buffer) => this.onUpgrade(request, socket, head));
        server.on('connection', (socket: Socket) => {
          socket.on('error', () => socket.destroy());
          if (!this.admission.admit(socket)) socket.destroy();
        });
        this.servers.push(server);
        await new Promise<void>((resolve, reject) => {
          server.once('error', reject);
          server.listen({ host: address, port, exclusive: true }, () => {
            server.off('error', reject);
            resolve();
          });
        });
        const bound = server.address();
        if (bound && typeof bound === 'object') port = bound.port;
      }
    } catch (error) {
      await this.close();
      throw error;
    }
    this.port = port;
    this.allowedHosts = new Set(this.options.addresses.map((address) => hostPart(address, port).toLowerCase()));
    return port;
  }

  /** Stops listening and drops every connection (sockets are closed by the host first). */
  async close(): Promise<void> {
    await Promise.all(this.servers.splice(0).map((server) => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    })));
    this.admission.dropAll();
  }

  /** A wrong identity (or a phone making participants past its address's share) counts like a wrong code. */
  noteWrongAttempt(address: string): void {
    this.wrongByAddress.take(address);
  }

  private blocked(address: string): boolean {
    return !this.wrongByAddress.has(address);
  }

  /** The code in the path, when it is the room's. Counts a wrong one. */
  private codeMatches(typed: string, address: string): boolean {
    const code = this.options.code();
    let normalized: string;
    try {
      normalized = normalizeRoomCode(decodeURIComponent(typed));
    } catch {
      normalized = '';
    }
    if (code !== null && isRoomCode(normalized) && sameText(normalized, code)) return true;
    this.noteWrongAttempt(address);
    return false;
  }

  private hostAllowed(request: IncomingMessage): boolean {
    return this.allowedHosts.has((request.headers.host ?? '').toLowerCase());
  }

  private async onRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const address = request.socket.remoteAddress ?? '';
    try {
      if (!this.hostAllowed(request)) return answer(response, 421);
      if (this.blocked(address)) return answer(response, 429);
      const match = PATH.exec((request.url ?? '').split('?')[0] ?? '');
      if (!match || (request.method !== 'GET' && request.method !== 'HEAD')) return answer(response, 404);
      if (!this.codeMatches(match[1] ?? '', address)) return answer(response, 404);
      this.admission.prove(request.socket);
      const path = match[2] ?? '';
      const base = joinPath(this.options.code() ?? '');
      const served = path !== SOCKET_SUFFIX && this.options.page ? await this.options.page({ path, base, method: request.method, headers: request.headers }, response) : false;
      if (!served && !response.headersSent) answer(response, 404);
    } catch {
      if (!response.headersSent) answer(response, 500);
      else response.destroy();
    }
  }

  private onUpgrade(request: IncomingMessage, socket: Socket, head: Buffer): void {
    const address = socket.remoteAddress ?? '';
    if (!this.hostAllowed(request)) return refuseUpgrade(socket, 421, 'Misdirected Request');
    const origin = request.headers.origin;
    if (origin !== undefined && origin.toLowerCase() !== `http://${(request.headers.host ?? '').toLowerCase()}`) return refuseUpgrade(socket, 403, 'Forbidden');
    if (this.blocked(address)) return refuseUpgrade(socket, 429, 'Too Many Requests');
    const match = PATH.exec((request.url ?? '').split('?')[0] ?? '');
    if (!match || match[2] !== SOCKET_SUFFIX) return refuseUpgrade(socket, 404, 'Not Found');
    const good = this.codeMatches(match[1] ?? '', address);
    if (good) this.admission.prove(socket);
    this.wss.handleUpgrade(request, socket, head, (ws) => {
      // A wrong or expired code still gets a socket, closed at once with the reason, so the page can say why.
      if (!good) return ws.close(CLOSE_CODES[this.options.code() === null ? 'ended' : 'wrong-code'], this.options.code() === null ? 'ended' : 'wrong-code');
      this.options.onSocket(ws, address);
    });
  }
}
