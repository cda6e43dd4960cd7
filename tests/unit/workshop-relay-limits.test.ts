/**
 * The relay's limits, each against real sockets on loopback: 127.0.0.0/8 all leads to this
 * machine, so a client bound to 127.x.y.z (deviceAddress) stands in for another device.
 */
import { get } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { WebSocketServer } from 'ws';
import { Connection, type RelayRoom } from '../../main/workshop/connection';
import type { WorkshopHost } from '../../main/workshop/host';
import { DEFAULT_LIMITS, type RelayLimits } from '../../main/workshop/limits';
import { Turns } from '../../main/workshop/turns';
import { participantEdits } from '../../shared/workshop/model';
import { CHANNEL_OWN, CLOSE_CODES, encodeHello, PROTOCOL_VERSION } from '../../shared/workshop/protocol';
import { newPhoneSecret } from '../../shared/workshop/phone-secret';
import { useTempFolders } from '../helpers/temp-folder';
import { deviceAddress, errorCodes, hostSocketUrl, LOOPBACK, Phone, RawSocket, startHost, updateFrom, waitFor } from '../helpers/workshop-clients';

const tempFolder = useTempFolders();
const hosts: WorkshopHost[] = [];
const phones: Phone[] = [];
const sockets: Socket[] = [];
const raws: RawSocket[] = [];
const servers: WebSocketServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) server.close();
  for (const phone of phones.splice(0)) phone.leave();
  for (const socket of sockets.splice(0)) socket.destroy();
  for (const raw of raws.splice(0)) raw.close();
  await Promise.all(hosts.splice(0).map((host) => host.end()));
});

async function room(limits: Partial<RelayLimits> = {}) {
  const host = await startHost(await tempFolder(), { limits });
  hosts.push(host);
  const { port, code } = await host.joinInfo();
  return { host, port, code, url: await hostSocketUrl(host) };
}

/** A phone from device `n`'s address, joined and synced. */
async function phoneFrom(url: string, n: number): Promise<Phone> {
  const phone = await Phone.join(url, { localAddress: deviceAddress(n) });
  phones.push(phone);
  return phone;
}

/** A phone from device `n` that is refused: the reason it was given. */
async function refusedFrom(url: string, n: number): Promise<string | null> {
  const phone = new Phone(url, { localAddress: deviceAddress(n) });
  phones.push(phone);
  phone.client.connect();
  await waitFor(() => phone.client.status === 'closed', 10_000, 'the refusal');
  return phone.client.closedBy;
}

/** A TCP connection from `localAddress` that sends nothing (or what the test writes). */
function idleSocket(port: number, localAddress: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: LOOPBACK, port, localAddress }, () => resolve(socket));
    socket.on('error', () => undefined);
    socket.once('error', reject);
    sockets.push(socket);
  });
}
const closedSocket = (socket: Socket) => new Promise<void>((resolve) => (socket.closed ? resolve() : socket.once('close', () => resolve())));

function httpGet(port: number, path: string, localAddress: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    get({ host: LOOPBACK, port, path, localAddress, headers, agent: false }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    }).on('error', reject);
  });
}

/** A socket with the right code that says hello as a new participant with `secret`; resolves with the welcome's participant id, or the close reason. */
async function helloWith(url: string, n: number, secret: string): Promise<{ participantId: string } | { closed: string }> {
  const raw = await RawSocket.open(url, { localAddress: deviceAddress(n) });
  raws.push(raw);
  raw.send(encodeHello({ version: PROTOCOL_VERSION, participantId: '', secret }));
  const welcome = raw.messages.length;
  const outcome = await Promise.race([
    raw.closed.then(({ reason }) => ({ closed: reason })),
    waitFor(() => raw.messages.length > welcome, 10_000, 'the welcome').then(() => ({ participantId: welcomeId(raw.messages[welcome]!) })),
  ]);
  return outcome;
}
/** The participant id in a WELCOME message (control channel 2, kind 1, then the id as a varString). */
function welcomeId(message: Uint8Array): string {
  const length = message[2]!;
  return Buffer.from(message.subarray(3, 3 + length)).toString('utf8');
}

describe('connections before the room code', () => {
  it('caps the connections of one address, and another address still gets in', async () => {
    const { host, port, url } = await room({ connectionsPerAddress: 4, unprovenPerAddress: 4, codeDeadlineMs: 60_000 });
    const held = await Promise.all(Array.from({ length: 4 }, () => idleSocket(port, deviceAddress(1))));
    await waitFor(() => host.openConnections === 4, 5000, 'four connections held');
    const fifth = await idleSocket(port, deviceAddress(1));
    await closedSocket(fifth);
    expect(held.every((socket) => !socket.closed)).toBe(true);
    // The cap is that address's: a phone from another one joins.
    await phoneFrom(url, 2);
    expect(host.participants()).toHaveLength(1);
  });

  it('caps the connections that have not shown the code per address, apart from the phones that have', async () => {
    const { host, port, url } = await room({ unprovenPerAddress: 2, codeDeadlineMs: 60_000 });
    await phoneFrom(url, 1);
    await Promise.all([idleSocket(port, deviceAddress(1)), idleSocket(port, deviceAddress(1))]);
    await waitFor(() => host.openConnections === 3, 5000, 'the phone and two idle connections');
    await closedSocket(await idleSocket(port, deviceAddress(1)));
    expect(host.openConnections).toBe(3);
    expect(host.participants()[0]?.online).toBe(true);
  });

  it('drops a connection that has not shown the code by the deadline, a slow one too, and keeps the phones that did', async () => {
    const { host, port, url } = await room({ codeDeadlineMs: 300 });
    const phone = await phoneFrom(url, 1);
    const idle = await idleSocket(port, deviceAddress(2));
    const slow = await idleSocket(port, deviceAddress(3));
    // A request trickling in a byte at a time never gets to show a code.
    const trickle = setInterval(() => slow.write('G'), 20);
    try {
      await Promise.all([closedSocket(idle), closedSocket(slow)]);
    } finally {
      clearInterval(trickle);
    }
    // The phone connected before both and is still there after their deadline.
    expect(phone.client.status).toBe('synced');
    expect(host.participants()[0]?.online).toBe(true);
    await waitFor(() => host.openConnections === 1, 5000, 'only the phone left');
  });

  it('closes a socket with the code that never says hello', async () => {
    const { url } = await room({ helloTimeoutMs: 200 });
    const silent = await RawSocket.open(url, { localAddress: deviceAddress(1) });
    raws.push(silent);
    expect(await silent.closed).toEqual({ code: CLOSE_CODES['not-joined'], reason: 'not-joined' });
  });

  it('makes room for a phone when every place is held by connections that showed no code: the oldest goes', async () => {
    const { host, port, url } = await room({ connections: 6, codeDeadlineMs: 60_000 });
    const idle: Socket[] = [];
    for (let n = 0; n < 6; n += 1) {
      idle.push(await idleSocket(port, deviceAddress(10 + n)));
      await waitFor(() => host.openConnections === n + 1, 5000, 'the connection held');
    }
    const phone = await phoneFrom(url, 1);
    expect(phone.client.status).toBe('synced');
    await closedSocket(idle[0]!);
    expect(host.openConnections).toBe(6);
    expect(idle.slice(1).every((socket) => !socket.closed)).toBe(true);
  });

  it('refuses a new connection when every place is a phone that showed the code', async () => {
    const { host, url } = await room({ connections: 2 });
    await phoneFrom(url, 1);
    await phoneFrom(url, 2);
    await expect(RawSocket.open(url, { localAddress: deviceAddress(3) })).rejects.toThrow();
    expect(host.participants().map((participant) => participant.online)).toEqual([true, true]);
  });
});

describe('wrong codes', () => {
  it('are limited per address: twenty addresses guessing lock out only themselves', async () => {
    const { host, port, code, url } = await room();
    const wrong = code === '222222' ? '333333' : '222222';
    // 20 addresses x 12 wrong codes: past any limit shared by all addresses, as the old total of 100 was.
    await Promise.all(Array.from({ length: 20 }, async (_, n) => {
      for (let i = 0; i < 12; i += 1) await httpGet(port, `/w/${wrong}`, deviceAddress(100 + n));
    }));
    expect(await httpGet(port, `/w/${code}/socket`, deviceAddress(100))).toBe(429);
    // Every other device joins, page and socket.
    expect(await httpGet(port, `/w/${code}`, deviceAddress(1))).not.toBe(429);
    const phone = await phoneFrom(url, 2);
    expect(phone.client.status).toBe('synced');
    expect(host.participants()).toHaveLength(1);
  });
});

describe('participants', () => {
  it('makes one participant per phone secret: the same secret again is the same participant', async () => {
    const { host, url } = await room();
    const secret = newPhoneSecret();
    const first = await helloWith(url, 1, secret);
    const again = await helloWith(url, 1, secret);
    expect(first).toHaveProperty('participantId');
    expect(again).toEqual(first);
    expect(host.participants()).toHaveLength(1);
  });

  it('lets one address make only its share of participants; refusals count like wrong codes; other addresses join', async () => {
    const { host, url, port, code } = await room({ participantsPerAddress: 3 });
    for (let i = 0; i < 3; i += 1) expect(await helloWith(url, 1, newPhoneSecret())).toHaveProperty('participantId');
    expect(await helloWith(url, 1, newPhoneSecret())).toEqual({ closed: 'address-full' });
    expect(await refusedFrom(url, 1)).toBe('address-full');
    expect(host.participants()).toHaveLength(3);
    // Another device joins.
    await phoneFrom(url, 2);
    expect(host.participants()).toHaveLength(4);
    // Minting on past the share uses up the address's wrong-code allowance: then everything from it is 429.
    // (Once the address is blocked, its sockets are refused at the upgrade: 429.)
    for (let i = 0; i < 10; i += 1) await helloWith(url, 1, newPhoneSecret()).catch(() => undefined);
    expect(await httpGet(port, `/w/${code}`, deviceAddress(1))).toBe(429);
    expect(await httpGet(port, `/w/${code}`, deviceAddress(3))).not.toBe(429);
  });

  it('frees a removed participant\'s place in a full room', async () => {
    const { host, url } = await room({ participants: 2 });
    await phoneFrom(url, 1);
    const bob = await phoneFrom(url, 2);
    expect(await refusedFrom(url, 3)).toBe('room-full');
    host.remove(bob.identity.participantId);
    await waitFor(() => bob.client.status === 'closed');
    await phoneFrom(url, 4);
    expect(host.participants().filter((participant) => !participant.removed)).toHaveLength(2);
  });
});

describe('a flood of valid updates', () => {
  it('checks what a phone sends in one go together, and still refuses only the bad one among them', async () => {
    const { host, url } = await room();
    const raw = await RawSocket.open(url, { localAddress: deviceAddress(1) });
    raws.push(raw);
    raw.hello();
    await waitFor(() => host.participants()[0]?.online === true, 5000, 'the participant');
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    participantEdits.addNote(doc, { stageId: 'aware', lane: 'ideas', text: 'first' });
    participantEdits.setRating(doc, 'aware', 2);
    participantEdits.addNote(doc, { stageId: 'buy', lane: 'thoughts', text: 'second' });
    const bad = updateFrom(null, (other) => other.getMap('notes').set('n-bad', { stageId: 'nowhere', lane: 'ideas', text: 'x', createdAt: 1 }));
    for (const update of [updates[0]!, updates[1]!, bad, updates[2]!]) raw.sendUpdate(CHANNEL_OWN, update);
    await waitFor(() => host.participants()[0]?.notes === 2, 5000, 'both notes');
    expect(host.contributions().ratings.find((rating) => rating.stageId === 'aware')).toMatchObject({ count: 1, mean: 2 });
    await waitFor(() => errorCodes(raw.messages).length === 1, 5000, 'the refusal');
    expect(errorCodes(raw.messages)).toEqual(['invalid-update']);
  });

  it('takes turns: a turn ends once its budget is spent, and the rest come after other work', () => {
    // A clock the work moves, so a loaded machine's pauses cannot move a turn's end.
    let clock = 0;
    const turns = new Turns(8, () => clock);
    const done: string[] = [];
    const busy = (name: string) => ({
      takeTurn() {
        clock += 5; // Checking a phone's updates, say.
        done.push(name);
      },
    });
    const [a, b, c] = [busy('a'), busy('b'), busy('c')];
    turns.request(a);
    turns.request(b);
    turns.request(a);
    turns.request(c);
    setImmediate(() => done.push('other work'));
    // a once (asked twice before its turn), b; the budget is spent: other work, then c.
    return expect.poll(() => done).toEqual(['a', 'b', 'other work', 'c']);
  });
});

describe('memory per connection', () => {
  it('does not read a frame past the frame limit', async () => {
    const { url } = await room({ frameBytes: 8 * 1024 });
    const raw = await RawSocket.open(url, { localAddress: deviceAddress(1) });
    raws.push(raw);
    raw.hello();
    raw.send(new Uint8Array(9 * 1024));
    expect((await raw.closed).code).toBe(1009);
  });

  it('does not queue more than its share while the hello is answered', async () => {
    // A room slow to answer a hello (one whose disk hangs): what the socket sends meanwhile waits in its queue.
    const server = new WebSocketServer({ host: LOOPBACK, port: 0 });
    servers.push(server);
    const slowRoom: RelayRoom = { limits: { ...DEFAULT_LIMITS, queuedBeforeHello: 4 }, join: () => new Promise(() => undefined), authFailed: () => undefined, left: () => undefined };
    server.on('connection', (socket) => new Connection(socket, LOOPBACK, slowRoom));
    await new Promise((resolve) => server.once('listening', resolve));
    const raw = await RawSocket.open(`ws://${LOOPBACK}:${(server.address() as AddressInfo).port}`);
    raws.push(raw);
    raw.send(encodeHello({ version: PROTOCOL_VERSION, participantId: '', secret: newPhoneSecret() }));
    for (let i = 0; i < 10; i += 1) raw.send(new Uint8Array([1, 0, 0, 0]));
    expect(await raw.closed).toEqual({ code: CLOSE_CODES.abuse, reason: 'abuse' });
  });

  it('drops a phone that stops reading once what waits for it passes the send limit', async () => {
    const { host, url } = await room({ sendBufferBytes: 64 * 1024 });
    const reader = await phoneFrom(url, 1);
    const stalled = await RawSocket.open(url, { localAddress: deviceAddress(2) });
    raws.push(stalled);
    stalled.hello();
    await waitFor(() => host.participants().length === 2 && host.participants()[1]!.online, 5000, 'the second participant');
    stalled.ws.pause();
    // The facilitator shares long texts again and again: every phone is sent each version.
    // The kernel's buffers take several MB first; past them what waits is the relay's own.
    for (let round = 0; round < 800 && host.participants()[1]!.online; round += 1) {
      host.share(Array.from({ length: 100 }, (_, i) => ({ id: `t${i}`, text: `${round} ${'x'.repeat(480)}` })));
      await new Promise((resolve) => setImmediate(resolve));
    }
    await waitFor(() => !host.participants()[1]!.online, 10_000, 'the stalled phone to be dropped');
    expect(reader.client.status).toBe('synced');
    expect(host.participants()[0]!.online).toBe(true);
  });

  it('answers headers past 8 KB with 431', async () => {
    const { port, code } = await room();
    expect(await httpGet(port, `/w/${code}`, deviceAddress(1), { 'x-padding': 'x'.repeat(9 * 1024) })).toBe(431);
  });
});
