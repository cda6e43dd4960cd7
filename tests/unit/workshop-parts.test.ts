import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { joinLink, joinUrl } from '../../main/workshop/join-info';
import { lanAddresses, lanKind } from '../../main/workshop/lan-addresses';
import { TokenBucket } from '../../main/workshop/rate-limit';
import { hashSecret, newRoomCode, newSecret, secretMatches } from '../../main/workshop/secrets';
import { EMPTY_ROOM, participantEdits, readParticipant, type RoomState } from '../../shared/workshop/model';
import { isRoomCode, normalizeRoomCode, ROOM_CODE_ALPHABET } from '../../shared/workshop/room-code';
import { checkDocShape, checkParticipantUpdate } from '../../shared/workshop/validate';

describe('room codes and secrets', () => {
  it('makes 6-symbol codes from the unambiguous alphabet, spread over all of it', () => {
    const codes = Array.from({ length: 2000 }, newRoomCode);
    for (const code of codes) expect(isRoomCode(code)).toBe(true);
    expect(new Set(codes).size).toBeGreaterThan(1990);
    expect(new Set(codes.join(''))).toEqual(new Set(ROOM_CODE_ALPHABET));
    expect(ROOM_CODE_ALPHABET).not.toMatch(/[01ILO]/);
    expect(normalizeRoomCode(' ab-c d23 ')).toBe('ABCD23');
    expect(isRoomCode('ABC0D2')).toBe(false);
  });

  it('keeps only a hash of a secret and checks it', () => {
    const secret = newSecret();
    const hash = hashSecret(secret);
    expect(hash).not.toContain(secret);
    expect(secretMatches(secret, hash)).toBe(true);
    expect(secretMatches(`${secret}x`, hash)).toBe(false);
    expect(secretMatches('', hash)).toBe(false);
  });
});

describe('the addresses offered to listen on', () => {
  it('keeps private, link-local and unique-local addresses, never loopback, public or all interfaces', () => {
    expect(['10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.20'].map(lanKind)).toEqual(['private', 'private', 'private', 'private']);
    expect(lanKind('169.254.10.1')).toBe('link-local');
    expect(lanKind('fd12:3456::1')).toBe('unique-local');
    for (const other of ['172.32.0.1', '8.8.8.8', '127.0.0.1', '0.0.0.0', '::', '::1', 'fe80::1', '2001:db8::1', 'not an ip']) expect(lanKind(other)).toBeNull();
    const found = lanAddresses({
      lo: [{ address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal: true, cidr: null }],
      eth0: [{ address: '203.0.113.5', netmask: '255.255.255.0', family: 'IPv4', mac: 'aa:bb:cc:dd:ee:ff', internal: false, cidr: null }],
      wlan0: [
        { address: '169.254.3.3', netmask: '255.255.0.0', family: 'IPv4', mac: 'aa:bb:cc:dd:ee:01', internal: false, cidr: null },
        { address: '192.168.0.12', netmask: '255.255.255.0', family: 'IPv4', mac: 'aa:bb:cc:dd:ee:01', internal: false, cidr: null },
        { address: 'fd00::12', netmask: 'ffff:ffff:ffff:ffff::', family: 'IPv6', mac: 'aa:bb:cc:dd:ee:01', internal: false, cidr: null, scopeid: 0 },
      ],
    });
    expect(found.map((entry) => [entry.address, entry.kind, entry.interfaceName])).toEqual([
      ['192.168.0.12', 'private', 'wlan0'],
      ['fd00::12', 'unique-local', 'wlan0'],
      ['169.254.3.3', 'link-local', 'wlan0'],
    ]);
  });

  it('writes the join URL and its QR code', async () => {
    expect(joinUrl('192.168.0.12', 4567, 'ABC234')).toBe('http://192.168.0.12:4567/w/ABC234');
    expect(joinUrl('fd00::12', 4567, 'ABC234')).toBe('http://[fd00::12]:4567/w/ABC234');
    const link = await joinLink('192.168.0.12', 4567, 'ABC234');
    expect(link.qrSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(link.qrSvg).toContain('<path');
    expect(link.qrSvg).not.toMatch(/<script|on\w+=/i);
  });
});

describe('the token bucket', () => {
  it('lets the burst through, then the rate', () => {
    let now = 0;
    const bucket = new TokenBucket(20, 40, () => now);
    let taken = 0;
    while (bucket.take()) taken += 1;
    expect(taken).toBe(40);
    now += 500;
    taken = 0;
    while (bucket.take()) taken += 1;
    expect(taken).toBe(10);
    now += 60_000;
    expect(bucket.isFull()).toBe(true);
  });
});

describe('what a participant may change', () => {
  const room: RoomState = { ...EMPTY_ROOM, stages: [{ id: 's1', name: 'One' }, { id: 's2', name: 'Two' }], targets: [{ id: 't1', text: 'T' }, { id: 't2', text: 'U' }], voteBudget: 3 };
  const step = (doc: Y.Doc, edit: (d: Y.Doc) => void, inRoom: RoomState) => {
    const before = readParticipant(doc);
    edit(doc);
    return checkParticipantUpdate(before, readParticipant(doc), inRoom);
  };

  it('judges entries when they change, so a stage removed later does not block later edits', () => {
    const doc = new Y.Doc();
    expect(step(doc, (d) => participantEdits.addNote(d, { stageId: 's2', lane: 'ideas', text: 'on two' }), room)).toEqual({ ok: true });
    const later: RoomState = { ...room, stages: [{ id: 's1', name: 'One' }] };
    expect(step(doc, (d) => participantEdits.addNote(d, { stageId: 's1', lane: 'ideas', text: 'on one' }), later)).toEqual({ ok: true });
    expect(step(doc, (d) => participantEdits.addNote(d, { stageId: 's2', lane: 'ideas', text: 'on two again' }), later).ok).toBe(false);
  });

  it('always lets votes go down, even over a budget the facilitator lowered', () => {
    const doc = new Y.Doc();
    expect(step(doc, (d) => participantEdits.setVotes(d, 't1', 3), room)).toEqual({ ok: true });
    expect(step(doc, (d) => participantEdits.setVotes(d, 't2', 1), room).ok).toBe(false);
    const lowered = { ...room, voteBudget: 1 };
    expect(step(doc, (d) => participantEdits.setVotes(d, 't1', 2), lowered)).toEqual({ ok: true });
    expect(step(doc, (d) => participantEdits.setVotes(d, 't1', 3), lowered).ok).toBe(false);
  });

  it('refuses a changed creation time and names with control characters', () => {
    const doc = new Y.Doc();
    const id = participantEdits.addNote(doc, { stageId: 's1', lane: 'ideas', text: 'x' }, 1000);
    expect(step(doc, (d) => d.getMap('notes').set(id, { stageId: 's1', lane: 'ideas', text: 'x', createdAt: 5 }), room).ok).toBe(false);
    expect(step(new Y.Doc(), (d) => d.getMap('profile').set('name', 'a\u001bb'), room).ok).toBe(false);
    expect(step(new Y.Doc(), (d) => participantEdits.setName(d, '  Zoë  '), room)).toEqual({ ok: true });
  });

  it('accepts only the four maps of plain data', () => {
    const fine = new Y.Doc();
    participantEdits.addNote(fine, { stageId: 's1', lane: 'ideas', text: 'x' });
    expect(checkDocShape(fine)).toEqual({ ok: true });
    const binary = new Y.Doc();
    binary.getMap('notes').set('b', new Uint8Array([1]));
    expect(checkDocShape(binary).ok).toBe(false);
    const text = new Y.Doc();
    text.getText('notes').insert(0, 'x');
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(text));
    expect(checkDocShape(copy).ok).toBe(false);
  });
});
