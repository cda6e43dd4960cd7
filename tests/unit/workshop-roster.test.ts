import { describe, expect, it } from 'vitest';
import { newPhoneSecret } from '../../shared/workshop/phone-secret';
import { PROTOCOL_VERSION } from '../../shared/workshop/protocol';
import { roomStateSchema } from '../../shared/workshop/validate';
import { DEFAULT_LIMITS } from '../../main/workshop/limits';
import { Roster } from '../../main/workshop/roster';

const room = (locked = false) =>
  roomStateSchema.parse({ stages: [], lanes: ['ideas'], targets: [], voteBudget: 5, locked, round: null, history: [] });
const hello = (secret: string, participantId = '') => ({ version: PROTOCOL_VERSION, participantId, secret });
const keep = () => undefined;

describe('the roster of a workshop', () => {
  it('admits a phone once per secret: a repeated hello is the same participant, a wrong secret is refused', () => {
    const roster = new Roster(DEFAULT_LIMITS);
    const secret = newPhoneSecret();
    const first = roster.admit(hello(secret), '10.0.0.2', room(), keep);
    expect(first).toMatchObject({ ok: true, secret: '' });
    if (!first.ok) return;
    expect(roster.admit(hello(secret), '10.0.0.2', room(), keep)).toMatchObject({ ok: true, participant: first.participant });
    expect(roster.admit(hello(secret, first.participant.id), '10.0.0.9', room(true), keep)).toMatchObject({ ok: true, participant: first.participant });
    expect(roster.admit(hello(newPhoneSecret(), first.participant.id), '10.0.0.2', room(), keep)).toEqual({ ok: false, refuse: 'unknown-participant' });
    // Without a secret of its own, the phone gets one made here.
    const made = roster.admit(hello(''), '10.0.0.3', room(), keep);
    expect(made.ok && made.secret.length).toBeGreaterThan(0);
  });

  it('refuses newcomers in a locked room, past the room’s places and past an address’s share, removed ones counting', () => {
    const limits = { ...DEFAULT_LIMITS, participants: 3, participantsPerAddress: 2 };
    const roster = new Roster(limits);
    expect(roster.admit(hello(newPhoneSecret()), 'a', room(true), keep)).toEqual({ ok: false, refuse: 'room-locked' });
    const one = roster.admit(hello(newPhoneSecret()), 'a', room(), keep);
    expect(one.ok).toBe(true);
    if (!one.ok) return;
    expect(roster.remove(one.participant.id, false)).toBe(true);
    expect(roster.admit(hello(newPhoneSecret()), 'a', room(), keep).ok).toBe(true);
    // Removing one does not give its address its place back.
    expect(roster.admit(hello(newPhoneSecret()), 'a', room(), keep)).toEqual({ ok: false, refuse: 'address-full' });
    expect(roster.admit(hello(newPhoneSecret()), 'b', room(), keep).ok).toBe(true);
    expect(roster.admit(hello(newPhoneSecret()), 'c', room(), keep).ok).toBe(true);
    expect(roster.admit(hello(newPhoneSecret()), 'd', room(), keep)).toEqual({ ok: false, refuse: 'room-full' });
  });

  it('keeps nobody when the records cannot be saved, and the address keeps its place', () => {
    const roster = new Roster({ ...DEFAULT_LIMITS, participantsPerAddress: 1 });
    const secret = newPhoneSecret();
    expect(() => roster.admit(hello(secret), 'a', room(), () => { throw new Error('disk full'); })).toThrow('disk full');
    expect([...roster.all()]).toEqual([]);
    expect(roster.admit(hello(secret), 'a', room(), keep).ok).toBe(true);
  });

  it('removes a participant (their votes dropped if asked), refuses their phone, and restores them', () => {
    const roster = new Roster(DEFAULT_LIMITS);
    const secret = newPhoneSecret();
    const admitted = roster.admit(hello(secret), 'a', room(), keep);
    if (!admitted.ok) throw new Error('not admitted');
    const { id } = admitted.participant;
    expect(roster.remove(id, true)).toBe(true);
    expect(roster.remove(id, true)).toBe(false);
    expect(roster.get(id)?.record).toMatchObject({ removed: true, dropped: true });
    expect(roster.admit(hello(secret), 'a', room(), keep)).toEqual({ ok: false, refuse: 'removed' });
    expect(roster.summaries(room())).toMatchObject([{ id, removed: true, dropped: true, online: false }]);
    expect(roster.restore(id)).toBe(true);
    expect(roster.restore(id)).toBe(false);
    expect(roster.get(id)?.record.removed).toBe(false);
    expect(roster.get(id)?.record.dropped).toBeUndefined();
    expect(roster.admit(hello(secret), 'a', room(), keep).ok).toBe(true);
  });
});
