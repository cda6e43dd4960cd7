/**
 * Presence between co-editing laptops (issue 28), over real sockets on loopback: each laptop's
 * awareness state reaches the others through the host's room, goes when its laptop drops off,
 * and whatever a hostile laptop sends as presence (markup, huge strings, many states, someone
 * else's identity) is refused before anyone sees it. A guest's backlog from working apart that
 * is larger than one relay message arrives whole, in parts.
 */
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { CoeditGuest } from '../../main/coedit/guest';
import { CoeditHub, WINDOW_GONE_MS } from '../../main/coedit/hub';
import { checkPresenceUpdate, cleanName, freeColour, type PresenceState } from '../../shared/coedit/presence';
import { encodeMapPresence, LAPTOP_PARTICIPANT, MapMessageParts, splitMapMessage } from '../../shared/coedit/wire';
import { WORKSHOP_LIMITS } from '../../shared/workshop/model';
import { encodeHello, PROTOCOL_VERSION } from '../../shared/workshop/protocol';
import * as decoding from 'lib0/decoding';
import { useCoeditRooms } from '../helpers/coedit-room';
import { useTempFolders } from '../helpers/temp-folder';
import { RawSocket, socketUrl, waitFor } from '../helpers/workshop-clients';

const { room, guest, closed } = useCoeditRooms(useTempFolders());
const sockets: RawSocket[] = [];
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.close();
});
const person = (name: string, extra: Partial<PresenceState> = {}): PresenceState => ({ name, colour: 0, selection: [], pointer: null, typing: null, ...extra });
const namesAt = async (hub: { updatesAfter: CoeditGuest['hub']['updatesAfter'] }) => (await hub.updatesAfter(-1, 0)).presence.map((peer) => peer.name);

/** An awareness update written by hand, as a hostile laptop may. */
function awarenessUpdate(entries: readonly { client: number; clock: number; json: string }[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.client);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.json);
  }
  return encoding.toUint8Array(encoder);
}

describe('presence between laptops', () => {
  it('shows each laptop to the others through the host, and takes it away when it drops off', async () => {
    const { host, target } = await room();
    host.laptops.hub.setPresence(person('Host', { colour: 1 }));
    const [ana, ben] = [guest(target), guest(target)];
    await waitFor(() => ana.state === 'online' && ben.state === 'online', 10_000, 'both guests online');
    ana.hub.setPresence(person('Ana', { colour: 2, selection: ['card-1'], typing: 'card-1', pointer: { x: 120, y: 40 } }));
    ben.hub.setPresence(person('Ben', { colour: 3 }));
    await waitFor(() => ben.hub.awareness.getStates().size === 3 && ana.hub.awareness.getStates().size === 3, 10_000, 'everyone at everyone');
    expect(await namesAt(host.laptops.hub)).toEqual(['Ana', 'Ben']);
    expect(await namesAt(ana.hub)).toEqual(['Ben', 'Host']);
    const atBen = (await ben.hub.updatesAfter(-1, 0)).presence.find((peer) => peer.name === 'Ana');
    expect(atBen).toMatchObject({ typing: 'card-1', selection: ['card-1'], pointer: { x: 120, y: 40 }, colour: 2 });

    // A waiting poll wakes for a change of presence alone.
    const { presenceRevision } = await ben.hub.updatesAfter(-1, 0);
    const waiting = ben.hub.updatesAfter(Number.MAX_SAFE_INTEGER, 10_000, presenceRevision);
    ana.hub.setPresence(person('Ana', { colour: 2 }));
    expect((await waiting).presence.find((peer) => peer.name === 'Ana')?.typing).toBeNull();

    // Ana drops off: the host and Ben no longer see her (her card is free) without waiting for a timeout.
    ana.close();
    closed(ana);
    await waitFor(() => ben.hub.awareness.getStates().size === 2, 10_000, 'Ana gone at Ben');
    expect(await namesAt(host.laptops.hub)).toEqual(['Ben']);
    // Working apart, Ben sees nobody; back, everyone again.
    ben.setOnline(false);
    expect(await namesAt(ben.hub)).toEqual([]);
    ben.setOnline(true);
    await waitFor(() => ben.hub.awareness.getStates().size === 2, 10_000, 'Ben sees the host again');
    await waitFor(() => host.laptops.hub.awareness.getStates().has(ben.hub.doc.clientID), 10_000, 'the host sees Ben again');
  });

  it('refuses hostile presence: markup, huge or extra states, and another laptop\'s identity', async () => {
    const { host, target } = await room();
    host.laptops.hub.setPresence(person('Host'));
    const socket = await RawSocket.open(socketUrl(target.port, target.code));
    sockets.push(socket);
    socket.send(encodeHello({ version: PROTOCOL_VERSION, participantId: LAPTOP_PARTICIPANT, secret: '' }));
    await waitFor(() => socket.messages.length > 0, 10_000, 'the welcome');
    const state = (name: string) => JSON.stringify(person(name));
    const hostile = [
      awarenessUpdate([{ client: 7, clock: 1, json: state('<img src=x onerror=alert(1)>') }]),
      awarenessUpdate([{ client: 7, clock: 2, json: JSON.stringify({ ...person('Eve'), colour: '#FF0000' }) }]),
      awarenessUpdate([{ client: 7, clock: 3, json: JSON.stringify({ ...person('Eve'), extra: 'x'.repeat(1000) }) }]),
      awarenessUpdate([{ client: 7, clock: 4, json: state('E'.repeat(41)) }]),
      awarenessUpdate([{ client: 7, clock: 5, json: state('Eve') }, { client: 8, clock: 1, json: state('Mallory') }]),
      awarenessUpdate([{ client: host.laptops.hub.doc.clientID, clock: 99, json: state('Not the host') }]),
      new Uint8Array([1, 7, 1, 250, 255, 255, 255, 15]),
    ];
    for (const update of hostile) socket.send(encodeMapPresence(update));
    await waitFor(() => socket.messages.length >= hostile.length + 1, 10_000, 'an answer to each');
    expect(await namesAt(host.laptops.hub)).toEqual([]);
    expect(host.laptops.hub.awareness.getLocalState()).toMatchObject({ name: 'Host' });
    // A well-formed state from the same laptop is taken; then it may not speak for another client.
    socket.send(encodeMapPresence(awarenessUpdate([{ client: 7, clock: 6, json: state('Eve') }])));
    await waitFor(() => host.laptops.hub.awareness.getStates().has(7), 10_000, 'Eve\'s presence');
    socket.send(encodeMapPresence(awarenessUpdate([{ client: 9, clock: 1, json: state('Mallory') }])));
    const sent = socket.messages.length;
    await waitFor(() => socket.messages.length > sent, 10_000, 'the refusal');
    expect(await namesAt(host.laptops.hub)).toEqual(['Eve']);
  });

  it('checks an update entry by entry, and keeps names plain text', () => {
    const ok = awarenessUpdate([{ client: 1, clock: 1, json: JSON.stringify(person('Anna')) }, { client: 2, clock: 1, json: 'null' }]);
    expect(checkPresenceUpdate(ok).clients).toEqual([1, 2]);
    expect(checkPresenceUpdate(awarenessUpdate([{ client: 1, clock: 1, json: JSON.stringify(person('Anna', { typing: '../x' })) }])).update).toBeNull();
    expect(() => checkPresenceUpdate(awarenessUpdate([{ client: 1, clock: 1, json: 'x'.repeat(40_000) }]))).toThrow(/too long/);
    expect(() => checkPresenceUpdate(ok, 1)).toThrow(/too many/);
    expect(cleanName('  Anna <b>Lind</b>\u0007 ')).toBe('Anna bLind/b');
    expect(freeColour([{ colour: 0 }, { colour: 1 }])).toBe(2);
  });
});

describe('a window that stops asking', () => {
  afterEach(() => void vi.useRealTimers());

  it('is no longer shown once it has not polled for WINDOW_GONE_MS, while a waiting poll keeps it shown', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    const hub = new CoeditHub();
    try {
      hub.setPresence(person('Ana', { typing: 'card-1' }));
      // A live window always has a poll waiting: a minute of waiting keeps it.
      const waiting = hub.updatesAfter(Number.MAX_SAFE_INTEGER, 60_000, Number.MAX_SAFE_INTEGER);
      await vi.advanceTimersByTimeAsync(59_000);
      expect(hub.awareness.getLocalState()).toMatchObject({ name: 'Ana' });
      await vi.advanceTimersByTimeAsync(1_000);
      await waiting;
      // Then it asks no more (its window crashed while main lives on).
      await vi.advanceTimersByTimeAsync(WINDOW_GONE_MS - 5_000);
      expect(hub.awareness.getLocalState()).toMatchObject({ name: 'Ana' });
      await vi.advanceTimersByTimeAsync(10_000);
      expect(hub.awareness.getLocalState()).toBeNull();
      // Back (reloaded), it says who it is again.
      hub.setPresence(person('Ana'));
      expect(hub.awareness.getLocalState()).toMatchObject({ name: 'Ana' });
    } finally {
      hub.destroy();
    }
  });
});

describe('a backlog larger than one relay message', () => {
  it('goes in parts within the relay\'s limits and arrives whole at the host and the other guests', async () => {
    const { host, target } = await room();
    const [ana, ben] = [guest(target), guest(target)];
    await waitFor(() => ana.state === 'online' && ben.state === 'online', 10_000, 'both guests online');
    ben.setOnline(false);
    // About 300 KB typed apart: far over the relay's 64 KB message.
    const benWindow = new Y.Doc();
    const texts = benWindow.getMap('cards');
    const before = Y.encodeStateVector(benWindow);
    for (let i = 0; i < 300; i += 1) texts.set(`card-${i}`, `${i} ${'offline note '.repeat(80)}`);
    const backlog = Y.encodeStateAsUpdate(benWindow, before);
    expect(backlog.length).toBeGreaterThan(4 * WORKSHOP_LIMITS.messageBytes);
    ben.hub.apply(backlog, 'window');
    ben.setOnline(true);
    await waitFor(() => host.laptops.hub.doc.getMap('cards').size === 300 && ana.hub.doc.getMap('cards').size === 300, 20_000, 'the backlog at the host and Ana');
    expect(ana.hub.doc.getMap('cards').toJSON()).toEqual(texts.toJSON());
    expect(ben.state).toBe('online');
  });

  it('splits and joins parts in order, and refuses parts out of order or too large', () => {
    const message = new Uint8Array(150_000).map((_, i) => i % 251);
    const parts = splitMapMessage(message);
    expect(parts.length).toBe(3);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(WORKSHOP_LIMITS.messageBytes);
    const joined = new MapMessageParts();
    const read = (part: Uint8Array) => {
      const decoder = decoding.createDecoder(part);
      decoding.readVarUint(decoder);
      decoding.readVarUint(decoder);
      return joined.add(decoder);
    };
    expect(read(parts[0]!)).toBeNull();
    expect(read(parts[1]!)).toBeNull();
    expect(read(parts[2]!)).toEqual(message);
    expect(() => read(parts[1]!)).toThrow(/order/);
    expect(() => new MapMessageParts(10).add(decoding.createDecoder(parts[0]!.subarray(2)))).toThrow(/bad part/);
  });
});
