/**
 * What the host accepts from a phone. Every update is applied to a scratch copy of the
 * participant's document first; the copy must pass checkDocShape (only the four maps, entries
 * that are plain JSON) and participantContentSchema (the static limits), and the entries the
 * update changed must pass checkParticipantChange against the room as it is now (a stage that
 * exists, a lane offered, a target shared, the vote budget). Only then does the update reach
 * the real document. Entries are checked when they change, so a stage the facilitator removes
 * later does not make older notes, or the updates after them, invalid.
 *
 * The phone page runs the same checks before it sends.
 */
import * as Y from 'yjs';
import { z } from 'zod';
import { NOTE_LANES, PARTICIPANT_MAPS, votesUsed, votingOpen, WORKSHOP_LIMITS as L, type ParticipantContent, type RoomState } from './model';

// C0 controls but tab and line feed, DEL, and C1 controls.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const codePoints = (text: string) => Array.from(text).length;

/** Text as the workshop stores it: NFC, no control characters but tab and line feed, at most `max` characters. */
export const workshopText = (max: number, min = 1) =>
  z.string().refine((text) => {
    const length = codePoints(text);
    return length >= min && length <= max && text === text.normalize('NFC') && !CONTROL_CHARS.test(text);
  }, `text of ${min}-${max} characters in NFC without control characters`);

export const workshopId = z.string().regex(/^[A-Za-z0-9_-]+$/).max(L.idChars);
/** A vote target's id: a card's or note's id with its round in front (roundTargetId). */
export const targetId = z.string().regex(/^[A-Za-z0-9_-]+$/).max(L.targetIdChars);

export const noteSchema = z.strictObject({
  stageId: workshopId,
  lane: z.enum(NOTE_LANES),
  text: workshopText(L.noteChars),
  createdAt: z.number().int().min(0).max(8.64e15),
});

const countOf = (record: Record<string, unknown>) => Object.keys(record).length;

export const participantContentSchema = z.strictObject({
  notes: z.record(workshopId, noteSchema).refine((notes) => countOf(notes) <= L.notesPerParticipant, `at most ${L.notesPerParticipant} notes`),
  // Votes of every round the phone took part in (a round's targets have ids of their own).
  votes: z.record(targetId, z.number().int().min(1).max(L.voteBudgetMax)).refine((votes) => countOf(votes) <= L.votesPerParticipant),
  ratings: z.record(workshopId, z.number().int().min(L.ratingMin).max(L.ratingMax)).refine((ratings) => countOf(ratings) <= L.stages),
  profile: z.strictObject({ name: workshopText(L.nameChars).optional() }),
});

/** A phone's awareness state: what it is looking at. Never shown to other phones. */
export const participantPresenceSchema = z.strictObject({ stageId: workshopId.optional(), writing: z.boolean().optional() }).nullable();

/** What the facilitator sets (checked in the host too: it comes from the journey). */
export const roomStageSchema = z.strictObject({ id: workshopId, name: workshopText(L.stageNameChars) });
export const voteTargetSchema = z.strictObject({
  id: targetId,
  text: workshopText(L.targetTextChars),
  stageId: workshopId.optional(),
  kind: z.enum(['painPoint', 'opportunity', 'card', 'note']).optional(),
  item: z.string().regex(/^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)?$/).max(2 * L.idChars + 1).optional(),
});
const roundNumber = z.number().int().min(1).max(L.rounds);
export const roundStatusSchema = z.strictObject({
  number: roundNumber,
  endsAt: z.number().int().min(0).max(8.64e15).nullable(),
  open: z.boolean(),
  revealed: z.boolean(),
  totals: z.array(z.strictObject({ targetId, votes: z.number().int().min(0).max(L.participants * L.voteBudgetMax) })).max(L.targets).nullable(),
});
export const roomStateSchema = z.strictObject({
  stages: z.array(roomStageSchema).max(L.stages),
  lanes: z.array(z.enum(NOTE_LANES)).min(1),
  targets: z.array(voteTargetSchema).max(L.targets),
  voteBudget: z.number().int().min(0).max(L.voteBudgetMax),
  locked: z.boolean(),
  round: roundStatusSchema.nullable(),
  history: z.array(z.strictObject({ number: roundNumber, budget: z.number().int().min(0).max(L.voteBudgetMax), targets: z.array(voteTargetSchema).max(L.targets) })).max(L.rounds),
});

export type Verdict = { ok: true } | { ok: false; reason: string };
const refuse = (reason: string): Verdict => ({ ok: false, reason });
const OK: Verdict = { ok: true };

/**
 * The document holds only the participant maps, each a map (no list content) whose live
 * entries are plain JSON: no nested Yjs types, subdocuments or binary.
 */
export function checkDocShape(doc: Y.Doc): Verdict {
  for (const name of PARTICIPANT_MAPS) doc.getMap(name);
  for (const [name, type] of doc.share) {
    if (!(PARTICIPANT_MAPS as readonly string[]).includes(name)) return refuse(`unknown map "${name.slice(0, 40)}"`);
    if (type._start !== null) return refuse(`${name} holds list content`);
    for (const [key, item] of type._map) {
      if (!item.deleted && !(item.content instanceof Y.ContentAny)) return refuse(`${name}.${key.slice(0, 40)} is not plain data`);
    }
  }
  return OK;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const changedKeys = (before: Record<string, unknown>, after: Record<string, unknown>) =>
  Object.keys(after).filter((key) => !(key in before) || !same(before[key], after[key]));
const deletedKeys = (before: Record<string, unknown>, after: Record<string, unknown>) => Object.keys(before).filter((key) => !(key in after));

/**
 * `after` (already through participantContentSchema) may follow `before` in this room: what
 * changed names a stage, lane and target the room offers now, and votes stay within the
 * budget of the current round (or go down: taking votes back is allowed while the round is
 * open, and always for an item that was never in a round). A closed round's votes never
 * change. Other deletions are always allowed.
 */
export function checkParticipantChange(before: ParticipantContent, after: ParticipantContent, room: RoomState): Verdict {
  const stages = new Set(room.stages.map((stage) => stage.id));
  const lanes = new Set<string>(room.lanes);
  const targets = new Set(room.targets.map((target) => target.id));
  for (const id of changedKeys(before.notes, after.notes)) {
    const note = after.notes[id];
    if (!note) continue;
    if (!stages.has(note.stageId)) return refuse(`notes.${id}.stageId unknown`);
    if (!lanes.has(note.lane)) return refuse(`notes.${id}.lane not offered`);
    const old = before.notes[id];
    if (old && old.createdAt !== note.createdAt) return refuse(`notes.${id}.createdAt changed`);
  }
  for (const id of changedKeys(before.ratings, after.ratings)) if (!stages.has(id)) return refuse(`ratings.${id} unknown stage`);
  const votesChanged = changedKeys(before.votes, after.votes);
  const more = votesChanged.filter((id) => (after.votes[id] ?? 0) > (before.votes[id] ?? 0));
  for (const id of more) if (!targets.has(id)) return refuse(`votes.${id} not shared`);
  // A closed round's votes are what was counted: neither more nor fewer, in it or in any round before.
  const closed = new Set(room.history.flatMap((round) => round.targets.map((target) => target.id)));
  if (!votingOpen(room)) for (const id of targets) closed.add(id);
  for (const id of [...votesChanged, ...deletedKeys(before.votes, after.votes)]) if (closed.has(id)) return refuse('voting closed');
  // The budget counts the current round's items only: one taken out of the round gives its votes back.
  const used = votesUsed(after, room);
  if (votesChanged.length > 0 && used > room.voteBudget && used > votesUsed(before, room)) return refuse('votes over budget');
  return OK;
}

/** Both checks of an update's result, as the host runs them. */
export function checkParticipantUpdate(before: ParticipantContent, after: unknown, room: RoomState): Verdict {
  const parsed = participantContentSchema.safeParse(after);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse(`${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return checkParticipantChange(before, parsed.data as ParticipantContent, room);
}
