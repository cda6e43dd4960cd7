import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readParticipant, type RoomState } from '../../shared/workshop/model';
import { checkParticipantUpdate } from '../../shared/workshop/validate';
import { addNote, changeVotes, editNote, setName, setRating } from '../../renderer/phone/phone-edits';

const ROOM: RoomState = {
  stages: [{ id: 'aware', name: 'Awareness' }],
  lanes: ['actions', 'ideas'],
  targets: [{ id: 't1', text: 'Queue' }, { id: 't2', text: 'Tills' }],
  voteBudget: 2,
  locked: false,
  round: null,
  history: [],
};

/** Every edit the page makes, checked as the host checks the update it sends. */
function acceptedByHost(own: Y.Doc, edit: () => void, room: RoomState = ROOM): boolean {
  const before = readParticipant(own);
  edit();
  return checkParticipantUpdate(before, readParticipant(own), room).ok;
}

describe('the phone page\'s edits', () => {
  it('make only what the host accepts, and say why not', () => {
    const own = new Y.Doc();
    expect(acceptedByHost(own, () => expect(addNote(own, ROOM, { stageId: 'aware', lane: 'ideas', text: ' Bell\u0007 rang\r\nthere\u009b ' })).toEqual({ ok: true }))).toBe(true);
    expect(Object.values(readParticipant(own).notes).map((note) => note.text)).toEqual(['Bell rang\nthere']);
    expect(addNote(own, ROOM, { stageId: 'aware', lane: 'ideas', text: ' \u0001\u0002 ' })).toEqual({ ok: false, why: 'empty' });
    expect(addNote(own, ROOM, { stageId: 'aware', lane: 'ideas', text: 'x'.repeat(501) })).toEqual({ ok: false, why: 'too-long' });
    expect(addNote(own, ROOM, { stageId: 'gone', lane: 'ideas', text: 'Somewhere' })).toEqual({ ok: false, why: 'invalid' });
    expect(addNote(own, ROOM, { stageId: 'aware', lane: 'thoughts', text: 'Lane not offered' })).toEqual({ ok: false, why: 'invalid' });
    const [id] = Object.keys(readParticipant(own).notes);
    expect(acceptedByHost(own, () => expect(editNote(own, ROOM, id!, { lane: 'actions', text: 'Bell\u001b[31m' })).toEqual({ ok: true }))).toBe(true);
    expect(readParticipant(own).notes[id!]).toMatchObject({ lane: 'actions', text: 'Bell[31m' });

    expect(acceptedByHost(own, () => changeVotes(own, ROOM, 't1', 1))).toBe(true);
    expect(acceptedByHost(own, () => changeVotes(own, ROOM, 't2', 1))).toBe(true);
    expect(changeVotes(own, ROOM, 't2', 1)).toEqual({ ok: false, why: 'no-votes-left' });
    expect(changeVotes(own, ROOM, 't3', -1)).toEqual({ ok: true });
    expect(acceptedByHost(own, () => changeVotes(own, ROOM, 't1', -1))).toBe(true);
    expect(readParticipant(own).votes).toEqual({ t2: 1 });

    expect(setRating(own, ROOM, 'gone', 1)).toEqual({ ok: false, why: 'invalid' });
    expect(acceptedByHost(own, () => setRating(own, ROOM, 'aware', -2))).toBe(true);
    expect(acceptedByHost(own, () => setName(own, ROOM, ' Ana\tMaria\n '))).toBe(true);
    expect(readParticipant(own).profile).toEqual({ name: 'Ana Maria' });
    expect(setName(own, ROOM, 'n'.repeat(41))).toEqual({ ok: false, why: 'too-long' });
  });

  it('vote within the round: an item taken out gives its votes back, a closed round takes none, an earlier round’s votes do not count', () => {
    const round = (number: number, open: boolean) => ({ number, endsAt: null, open, revealed: false, totals: null });
    const first: RoomState = { ...ROOM, round: round(1, true) };
    const own = new Y.Doc();
    expect(acceptedByHost(own, () => changeVotes(own, first, 't1', 1), first)).toBe(true);
    expect(acceptedByHost(own, () => changeVotes(own, first, 't2', 1), first)).toBe(true);
    expect(changeVotes(own, first, 't1', 1)).toEqual({ ok: false, why: 'no-votes-left' });
    // t2 leaves the round: its vote no longer counts against the budget.
    const without: RoomState = { ...first, targets: [{ id: 't1', text: 'Queue' }] };
    const before = readParticipant(own);
    expect(changeVotes(own, without, 't1', 1)).toEqual({ ok: true });
    expect(checkParticipantUpdate(before, readParticipant(own), without).ok).toBe(true);
    expect(readParticipant(own).votes).toEqual({ t1: 2, t2: 1 });
    // Closed: its votes are what was counted, neither more nor fewer.
    const closed: RoomState = { ...without, round: round(1, false) };
    expect(changeVotes(own, closed, 't1', 1)).toEqual({ ok: false, why: 'voting-closed' });
    expect(changeVotes(own, closed, 't1', -1)).toEqual({ ok: false, why: 'voting-closed' });
    const votes = readParticipant(own).votes;
    for (const changed of [{ ...votes, t1: 3 }, { ...votes, t1: 1 }, { t2: 1 }]) {
      expect(checkParticipantUpdate(readParticipant(own), { ...readParticipant(own), votes: changed }, closed)).toEqual({ ok: false, reason: 'voting closed' });
    }
    // Round 2 offers new targets: the budget is whole again.
    const second: RoomState = { ...ROOM, targets: [{ id: 'r2-a', text: 'A' }], round: round(2, true), history: [{ number: 1, budget: 2, targets: ROOM.targets }] };
    expect(acceptedByHost(own, () => changeVotes(own, second, 'r2-a', 1), second)).toBe(true);
    expect(acceptedByHost(own, () => changeVotes(own, second, 'r2-a', 1), second)).toBe(true);
    expect(changeVotes(own, second, 'r2-a', 1)).toEqual({ ok: false, why: 'no-votes-left' });
    // Round 1 is history: its votes stay as they were counted.
    const history = { ...readParticipant(own), votes: { ...readParticipant(own).votes, t1: 1 } };
    expect(checkParticipantUpdate(readParticipant(own), history, second)).toEqual({ ok: false, reason: 'voting closed' });
  });
});
