/**
 * The participant's edits as the page makes them: each is tried on a scratch copy of the
 * document first and checked as the host will check it (shared/workshop/validate.ts), so the
 * page never sends what the host would refuse (which would sit in "changes waiting" for ever).
 */
import * as Y from 'yjs';
import { participantEdits, readParticipant, votesUsed, votingOpen, WORKSHOP_LIMITS, type NoteLane, type RoomState } from '../../shared/workshop/model';
import { checkParticipantUpdate } from '../../shared/workshop/validate';

export type EditRefusal = 'empty' | 'too-long' | 'no-votes-left' | 'voting-closed' | 'invalid';
export type EditResult = { ok: true } | { ok: false; why: EditRefusal };

function tryEdit(own: Y.Doc, room: RoomState, edit: (doc: Y.Doc) => void): EditResult {
  const scratch = new Y.Doc();
  Y.applyUpdate(scratch, Y.encodeStateAsUpdate(own));
  edit(scratch);
  const verdict = checkParticipantUpdate(readParticipant(own), readParticipant(scratch), room);
  scratch.destroy();
  if (!verdict.ok) return { ok: false, why: 'invalid' };
  edit(own);
  return { ok: true };
}

/**
 * Text as typed or pasted, without the control characters the host refuses (a paste from
 * another app can carry some): line ends become \n, tab and line feed stay, the rest go.
 */
// eslint-disable-next-line no-control-regex
export const typedText = (text: string) => text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '');

const textProblem = (text: string): EditRefusal | null => {
  const length = Array.from(text.trim()).length;
  if (length === 0) return 'empty';
  return length > WORKSHOP_LIMITS.noteChars ? 'too-long' : null;
};

/** A new note; `createdAt` given puts a deleted note back in its place (undo). */
export function addNote(own: Y.Doc, room: RoomState, note: { stageId: string; lane: NoteLane; text: string }, createdAt = Date.now()): EditResult {
  const problem = textProblem(typedText(note.text));
  if (problem) return { ok: false, why: problem };
  // The trial's note gets another random id than the real one: ids are checked by shape only.
  const clean = { ...note, text: typedText(note.text) };
  return tryEdit(own, room, (doc) => {
    participantEdits.addNote(doc, clean, createdAt);
  });
}

export function editNote(own: Y.Doc, room: RoomState, id: string, change: { lane: NoteLane; text: string }): EditResult {
  const problem = textProblem(typedText(change.text));
  if (problem) return { ok: false, why: problem };
  return tryEdit(own, room, (doc) => participantEdits.editNote(doc, id, { ...change, text: typedText(change.text) }));
}

export function removeNote(own: Y.Doc, id: string): void {
  participantEdits.removeNote(own, id);
}

/** One vote more (+1) or less (-1) for a shared target; more is refused once the budget is spent, any change once the round has closed. */
export function changeVotes(own: Y.Doc, room: RoomState, targetId: string, delta: 1 | -1): EditResult {
  const content = readParticipant(own);
  if (!votingOpen(room)) return { ok: false, why: 'voting-closed' };
  if (delta > 0 && votesUsed(content, room) >= room.voteBudget) return { ok: false, why: 'no-votes-left' };
  const next = (content.votes[targetId] ?? 0) + delta;
  if (next < 0) return { ok: true };
  return tryEdit(own, room, (doc) => participantEdits.setVotes(doc, targetId, next));
}

export function setRating(own: Y.Doc, room: RoomState, stageId: string, rating: number | null): EditResult {
  return tryEdit(own, room, (doc) => participantEdits.setRating(doc, stageId, rating));
}

export function setName(own: Y.Doc, room: RoomState, name: string): EditResult {
  if (Array.from(name.trim()).length > WORKSHOP_LIMITS.nameChars) return { ok: false, why: 'too-long' };
  return tryEdit(own, room, (doc) => participantEdits.setName(doc, typedText(name).replace(/[\n\t]+/g, ' ')));
}
