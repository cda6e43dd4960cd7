import { get } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { WorkshopHost } from '../../main/workshop/host';
import { participantEdits, readParticipant, readRoom } from '../../shared/workshop/model';
import { CHANNEL_OWN, CHANNEL_ROOM, CLOSE_CODES } from '../../shared/workshop/protocol';
import { errorCodes, hostSocketUrl, LOOPBACK, Phone, RawSocket, socketUrl, startHost, updateFrom, waitFor } from '../helpers/workshop-clients';
import { useTempFolders } from '../helpers/temp-folder';

const tempFolder = useTempFolders();
const hosts: WorkshopHost[] = [];
const phones: Phone[] = [];
afterEach(async () => {
  for (const phone of phones.splice(0)) phone.leave();
  await Promise.all(hosts.splice(0).map((host) => host.end()));
});

async function room(options: Parameters<typeof startHost>[1] = {}) {
  const host = await startHost(await tempFolder(), options);
  hosts.push(host);
  const url = await hostSocketUrl(host);
  return { host, url };
}
async function phone(url: string, options?: ConstructorParameters<typeof Phone>[1]) {
  const joined = await Phone.join(url, options);
  phones.push(joined);
  return joined;
}
function httpGet(port: number, path: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    get({ host: LOOPBACK, port, path, headers }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    }).on('error', reject);
  });
}

describe('joining a workshop', () => {
  it('gives a phone an id and secret, the room document, and its own document', async () => {
    const { host, url } = await room();
    const seen: boolean[] = [];
    host.on('participants', () => seen.push(...host.participants().map((p) => p.online)));
    const alice = await phone(url);
    // The facilitator's count hears of the join with the participant already online.
    expect(seen).toEqual([true]);
    expect(alice.identity.participantId).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(alice.identity.secret.length).toBeGreaterThanOrEqual(40);
    expect(readRoom(alice.client.room).stages.map((stage) => stage.name)).toEqual(['Awareness', 'Consideration', 'Purchase']);
    expect(host.participants()).toMatchObject([{ id: alice.identity.participantId, online: true, notes: 0 }]);

    const changes: string[] = [];
    host.on('contributions', (change) => changes.push(...change.notes.added));
    const noteId = participantEdits.addNote(alice.client.own, { stageId: 'buy', lane: 'painPoints', text: '  <b>Checkout</b> queue too long  ' });
    participantEdits.setVotes(alice.client.own, 'nothing-shared', 0);
    participantEdits.setRating(alice.client.own, 'buy', -2);
    participantEdits.setName(alice.client.own, 'Alice');
    await alice.allSent();
    expect(changes).toContain(noteId);
    const contributions = host.contributions();
    const buy = contributions.stages.find((stage) => stage.stageId === 'buy');
    // Stored as typed (trimmed, NFC): plain text, never markup.
    expect(buy?.notes).toMatchObject([{ noteId, author: 'Alice', lane: 'painPoints', text: '<b>Checkout</b> queue too long', triage: null }]);
    expect(contributions.ratings.find((rating) => rating.stageId === 'buy')).toMatchObject({ count: 1, mean: -2, counts: { '-2': 1 } });

    host.triage(`${alice.identity.participantId}/${noteId}`, 'accepted');
    expect(host.contributions().stages.find((stage) => stage.stageId === 'buy')?.notes[0]?.triage?.status).toBe('accepted');
  });

  it('keeps each participant to the room and their own notes: another\'s note never reaches a third phone', async () => {
    const { host, url } = await room();
    const [alice, bob, carol] = [await phone(url), await phone(url), await phone(url)];
    const secret = 'ALICE-PRIVATE-NOTE-4f9c';
    participantEdits.addNote(alice.client.own, { stageId: 'aware', lane: 'thoughts', text: secret });
    participantEdits.addNote(bob.client.own, { stageId: 'aware', lane: 'ideas', text: 'Bob idea' });
    await Promise.all([alice.allSent(), bob.allSent()]);
    // The host has both; a share afterwards reaches everyone, so the phones are known to be up to date.
    expect(host.contributions().stages[0]?.notes.map((note) => note.text).sort()).toEqual(['ALICE-PRIVATE-NOTE-4f9c', 'Bob idea']);
    host.share([{ id: 'target-1', text: 'Slow replies', kind: 'painPoint' }]);
    await waitFor(() => [bob, carol].every((p) => readRoom(p.client.room).targets.length === 1));
    for (const other of [bob, carol]) {
      expect(other.sawText(secret)).toBe(false);
      expect(JSON.stringify(readParticipant(other.client.own))).not.toContain(secret);
    }
    expect(carol.sawText('Bob idea')).toBe(false);
    expect(alice.sawText(secret)).toBe(false); // the host never echoes a phone's own update back to it
    expect(Object.keys(readParticipant(carol.client.own).notes)).toEqual([]);
    // What is shared does reach every phone.
    expect(carol.sawText('Slow replies')).toBe(true);
  });

  it('refuses a wrong code, and past ten wrong codes from one address, everything from it', async () => {
    const { host } = await room();
    const { port, code } = await host.joinInfo();
    const wrong = code === '222222' ? '333333' : '222222';
    const refused = await RawSocket.open(socketUrl(port, wrong));
    expect(await refused.closed).toEqual({ code: CLOSE_CODES['wrong-code'], reason: 'wrong-code' });
    expect(await httpGet(port, `/w/${wrong}`, { host: `${LOOPBACK}:${port}` })).toBe(404);
    for (let i = 0; i < 8; i += 1) await httpGet(port, `/w/${wrong}`);
    // Ten wrong codes used up the address's bucket: now even the right code is refused.
    expect(await httpGet(port, `/w/${code}`)).toBe(429);
    await expect(RawSocket.open(socketUrl(port, code))).rejects.toThrow(/429/);
  });

  it('answers only the workshop\'s routes, for its own host name and origin', async () => {
    const { host, url } = await room();
    const { port, code } = await host.joinInfo();
    expect(await httpGet(port, '/')).toBe(404);
    expect(await httpGet(port, '/etc/passwd')).toBe(404);
    // The page is a hook the UI step fills in: until then, 404 for the right code too.
    expect(await httpGet(port, `/w/${code}`)).toBe(404);
    expect(await httpGet(port, `/w/${code}`, { host: `evil.example:${port}` })).toBe(421);
    await expect(RawSocket.open(url, { headers: { origin: 'http://evil.example' } })).rejects.toThrow(/403/);
    const sameOrigin = await RawSocket.open(url, { headers: { origin: `http://${LOOPBACK}:${port}` } });
    sameOrigin.close();
  });

  it('serves the page through the hook, only with the code', async () => {
    const { host } = await room({ page: (request, response) => {
      if (request.path !== '' && request.path !== '/') return false;
      response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html>');
      return true;
    } });
    const { port, code } = await host.joinInfo();
    expect(await httpGet(port, `/w/${code}`)).toBe(200);
    expect(await httpGet(port, `/w/${code.toLowerCase()}/`)).toBe(200);
    expect(await httpGet(port, `/w/${code}/app.js`)).toBe(404);
  });

  it('refuses new participants in a locked room, but lets those who joined come back', async () => {
    const { host, url } = await room();
    const alice = await phone(url);
    host.lock();
    await waitFor(() => readRoom(alice.client.room).locked);
    const newcomer = new Phone(url);
    newcomer.client.connect();
    await waitFor(() => newcomer.client.status === 'closed');
    expect(newcomer.client.closedBy).toBe('room-locked');
    alice.dropNetwork();
    await waitFor(() => alice.client.status === 'offline' || alice.client.status === 'connecting');
    await alice.synced();
    host.unlock();
    const late = await phone(url);
    expect(host.participants().map((p) => p.id)).toEqual([alice.identity.participantId, late.identity.participantId]);
  });

  it('closes a removed participant\'s socket and refuses their id; their notes stay, parked', async () => {
    const { host, url } = await room();
    const mallory = await phone(url);
    participantEdits.addNote(mallory.client.own, { stageId: 'aware', lane: 'thoughts', text: 'spam' });
    await mallory.allSent();
    host.remove(mallory.identity.participantId);
    await waitFor(() => mallory.client.status === 'closed');
    expect(mallory.client.closedBy).toBe('removed');
    expect(host.contributions().stages.flatMap((stage) => stage.notes).map((note) => [note.text, note.parked])).toEqual([['spam', true]]);
    const again = new Phone(url, { identity: mallory.identity });
    again.client.connect();
    await waitFor(() => again.client.status === 'closed');
    expect(again.client.closedBy).toBe('removed');
    const forged = new Phone(url, { identity: { participantId: mallory.identity.participantId, secret: 'not-the-secret' } });
    forged.client.connect();
    await waitFor(() => forged.client.status === 'closed');
    expect(forged.client.closedBy).toBe('unknown-participant');
  });

  it('ends: every socket closed, the code stops working, nothing listens', async () => {
    const { host, url } = await room();
    const alice = await phone(url);
    const { port } = await host.joinInfo();
    await host.end();
    await waitFor(() => alice.client.status === 'closed');
    expect(alice.client.closedBy).toBe('ended');
    await expect(RawSocket.open(url)).rejects.toThrow(/ECONNREFUSED/);
    await expect(httpGet(port, '/')).rejects.toThrow(/ECONNREFUSED/);
  });

  it('never listens on all interfaces', async () => {
    await expect(startHost(await tempFolder(), { addresses: ['0.0.0.0'] })).rejects.toThrow(/all interfaces/);
    await expect(startHost(await tempFolder(), { addresses: ['::'] })).rejects.toThrow(/all interfaces/);
    await expect(startHost(await tempFolder(), { addresses: [] })).rejects.toThrow(/at least one/);
  });
});

describe('what a phone sends is checked before it touches a document', () => {
  async function joinedRaw(url: string) {
    const raw = await RawSocket.open(url);
    raw.hello();
    await waitFor(() => raw.messages.length >= 2, 5000, 'welcome');
    return raw;
  }

  it('drops invalid updates and leaves every document as it was', async () => {
    const { host, url } = await room({ voteBudget: 3, limits: { strikeBurst: 100 } });
    host.share([{ id: 't1', text: 'Queue' }, { id: 't2', text: 'Fees' }]);
    const raw = await joinedRaw(url);
    const participantId = host.participants()[0]!.id;
    const good = updateFrom(null, (doc) => participantEdits.addNote(doc, { stageId: 'aware', lane: 'ideas', text: 'fine' }));
    raw.sendUpdate(CHANNEL_OWN, good);
    await waitFor(() => host.contributions().stages[0]!.notes.length === 1);
    const roomBefore = Y.encodeStateAsUpdate(host.roomDoc);
    const contributionsBefore = JSON.stringify(host.contributions());
    const note = (change: Partial<{ stageId: string; lane: string; text: string; createdAt: unknown }>) =>
      updateFrom(null, (doc) => doc.getMap('notes').set('n-bad', { stageId: 'aware', lane: 'ideas', text: 'x', createdAt: 1, ...change }));
    const bad: [string, Uint8Array, 0 | 1, string][] = [
      ['text too long', note({ text: 'x'.repeat(501) }), CHANNEL_OWN, 'invalid-update'],
      ['stage unknown', note({ stageId: 'nowhere' }), CHANNEL_OWN, 'invalid-update'],
      ['lane not offered', note({ lane: 'touchpoints' }), CHANNEL_OWN, 'invalid-update'],
      ['not NFC', note({ text: 'e\u0301' }), CHANNEL_OWN, 'invalid-update'],
      ['control characters', note({ text: 'a\u0007b' }), CHANNEL_OWN, 'invalid-update'],
      ['rating 5', updateFrom(null, (doc) => doc.getMap('ratings').set('aware', 5)), CHANNEL_OWN, 'invalid-update'],
      ['rating not an integer', updateFrom(null, (doc) => doc.getMap('ratings').set('aware', 1.5)), CHANNEL_OWN, 'invalid-update'],
      ['votes over budget', updateFrom(null, (doc) => { doc.getMap('votes').set('t1', 2); doc.getMap('votes').set('t2', 2); }), CHANNEL_OWN, 'invalid-update'],
      ['votes on a target not shared', updateFrom(null, (doc) => doc.getMap('votes').set('secret-card', 1)), CHANNEL_OWN, 'invalid-update'],
      ['name too long', updateFrom(null, (doc) => doc.getMap('profile').set('name', 'n'.repeat(41))), CHANNEL_OWN, 'invalid-update'],
      ['another map', updateFrom(null, (doc) => doc.getMap('admin').set('x', 1)), CHANNEL_OWN, 'invalid-update'],
      ['a nested Yjs type', updateFrom(null, (doc) => doc.getMap('notes').set('n-y', new Y.Map())), CHANNEL_OWN, 'invalid-update'],
      ['list content', updateFrom(null, (doc) => doc.getArray('notes').push(['x'])), CHANNEL_OWN, 'invalid-update'],
      ['a write to the room', updateFrom(host.roomDoc, (doc) => doc.getMap('room').set('voteBudget', 99)), CHANNEL_ROOM, 'read-only'],
      ['bytes that are not an update', new Uint8Array([1, 2, 3, 250, 250, 250]), CHANNEL_OWN, 'bad-message'],
    ];
    for (const [, update, channel] of bad) raw.sendUpdate(channel, update);
    // An oversized message, and one that is not even binary.
    raw.send(new Uint8Array(70 * 1024));
    raw.ws.send('hello');
    const expected = [...bad.map((entry) => entry[3]), 'message-too-large', 'bad-message'];
    await waitFor(() => errorCodes(raw.messages).length >= expected.length, 5000, 'an answer to each');
    expect(errorCodes(raw.messages)).toEqual(expected);
    expect(Y.encodeStateAsUpdate(host.roomDoc)).toEqual(roomBefore);
    expect(JSON.stringify(host.contributions())).toBe(contributionsBefore);
    expect(readRoom(host.roomDoc).voteBudget).toBe(3);
    expect(host.participants()).toMatchObject([{ id: participantId, notes: 1, votesUsed: 0, ratings: 0, name: null }]);
    raw.close();
  });

  it('closes a socket that keeps sending refused messages', async () => {
    const { url } = await room();
    const raw = await joinedRaw(url);
    const bad = updateFrom(null, (doc) => doc.getMap('ratings').set('aware', 9));
    for (let i = 0; i < 12; i += 1) raw.sendUpdate(CHANNEL_OWN, bad);
    expect(await raw.closed).toEqual({ code: CLOSE_CODES.abuse, reason: 'abuse' });
  });

  it('holds the rate limit: a flood gets no more than the burst through, then the socket is closed', async () => {
    const { host, url } = await room({ limits: { messageBurst: 40, messagesPerSecond: 20 } });
    const raw = await joinedRaw(url);
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    for (let i = 0; i < 200; i += 1) participantEdits.addNote(doc, { stageId: 'aware', lane: 'ideas', text: `flood ${i}` });
    for (const update of updates) raw.sendUpdate(CHANNEL_OWN, update);
    expect((await raw.closed).reason).toBe('abuse');
    const accepted = host.participants()[0]!.notes;
    // The hello took one token; a few more may have come back while the flood was read.
    expect(accepted).toBeGreaterThan(30);
    expect(accepted).toBeLessThanOrEqual(45);
  });
});
