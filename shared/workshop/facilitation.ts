/**
 * The facilitator's side of the workshop as pure functions over the journey: what the room is
 * offered (stages; vote items are in round-items.ts) and how a participant's note enters the map (a card, or text
 * appended to a card) as changes for the store's one write path, so each is one undo step.
 */
import type { Change } from '../document/changes';
import { addCard, addLane, updateCard } from '../document/commands';
import { LIMITS } from '../document/limits';
import { sortByOrder } from '../document/order';
import type { JourneyDocument, LaneKind } from '../document/schema';
import { WORKSHOP_LIMITS, type NoteLane, type RoomStage } from './model';

/** The map's lane kind a note of each lane becomes: phones say "ideas", maps say "opportunities". */
export const NOTE_LANE_KINDS: Readonly<Record<NoteLane, LaneKind>> = {
  actions: 'actions',
  thoughts: 'thoughts',
  painPoints: 'painPoints',
  ideas: 'opportunities',
};

// C0 controls but tab and line feed, DEL and C1 controls: the room's schema refuses them.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** Text as the room takes it: NFC, no control characters, trimmed, at most `max` characters (code points). */
export function roomText(text: string, max: number): string {
  const clean = text.replace(/\r\n?/g, '\n').replace(CONTROL_CHARS, '').normalize('NFC').trim();
  const points = Array.from(clean);
  return points.length <= max ? clean : `${points.slice(0, max - 1).join('').trimEnd()}…`;
}

/** The journey's stages in order, as the room shows them; an unnamed stage gets `unnamed(number)`. */
export function roomStagesOf(doc: JourneyDocument, unnamed: (number: number) => string): RoomStage[] {
  return sortByOrder(doc.stages).slice(0, WORKSHOP_LIMITS.stages).map((stage, index) => ({
    id: stage.id,
    name: roomText(stage.name, WORKSHOP_LIMITS.stageNameChars) || unnamed(index + 1),
  }));
}

/** The lane a note of `lane` goes to: the first (shown before hidden) of its kind, or null when the map has none. */
export function laneForNote(doc: JourneyDocument, lane: NoteLane): string | null {
  return laneOfKind(doc, NOTE_LANE_KINDS[lane]);
}

/** The first lane (shown before hidden) of a kind, or null when the map has none. */
function laneOfKind(doc: JourneyDocument, kind: LaneKind): string | null {
  const lanes = sortByOrder(doc.lanes.filter((candidate) => candidate.kind === kind));
  return (lanes.find((candidate) => !candidate.hidden) ?? lanes[0])?.id ?? null;
}

export interface AcceptedNote { changes: Change[]; cardId: string; laneCreated: boolean }

/**
 * A note as a new card at the end of its stage's cell in the lane of its kind (the stage's
 * first step when it has steps). A lane of that kind is added, named `laneName`, when the map
 * has none. Null when the note's stage is no longer in the map.
 */
export function acceptNote(doc: JourneyDocument, note: { stageId: string; lane: NoteLane; text: string }, laneName: string): AcceptedNote | null {
  return addNoteCard(doc, { stageId: note.stageId, laneKind: NOTE_LANE_KINDS[note.lane], text: note.text }, laneName);
}

/** acceptNote for a note that already names the kind of lane it becomes a card in (a parked one). */
export function addNoteCard(doc: JourneyDocument, note: { stageId: string; laneKind: LaneKind; text: string }, laneName: string): AcceptedNote | null {
  if (!doc.stages.some((stage) => stage.id === note.stageId)) return null;
  const changes: Change[] = [];
  let laneId = laneOfKind(doc, note.laneKind);
  if (laneId === null) {
    const added = addLane(doc, note.laneKind, laneName);
    changes.push(...added.changes);
    laneId = added.lane.id;
  }
  const firstStep = sortByOrder(doc.steps.filter((step) => step.stageId === note.stageId))[0];
  const cell = { stageId: note.stageId, laneId, ...(firstStep ? { stepId: firstStep.id } : {}) };
  const { changes: cardChanges, card } = addCard(doc, cell, note.text.slice(0, LIMITS.cardTextLength));
  return { changes: [...changes, ...cardChanges], cardId: card.id, laneCreated: changes.length > 0 };
}

/** A note's text appended to a card as a paragraph of its own; null when the card is gone or would be too long. */
export function mergeNote(doc: JourneyDocument, cardId: string, text: string): Change[] | null {
  const card = doc.cards.find((candidate) => candidate.id === cardId);
  if (!card) return null;
  const merged = card.text.trim() === '' ? text : `${card.text}\n${text}`;
  if (merged.length > LIMITS.cardTextLength) return null;
  return updateCard(doc, cardId, { text: merged });
}

export type NoteState = 'pending' | 'accepted' | 'merged' | 'rejected';

/**
 * Where a note stands as the map is now: accepted or merged only while its card is in the map
 * (and, merged, still holds its text), so undoing an accept or a merge puts it back in the inbox.
 */
export function noteState(doc: JourneyDocument, note: { text: string; triage: { status: Exclude<NoteState, 'pending'>; into?: string } | null }): NoteState {
  const triage = note.triage;
  if (!triage) return 'pending';
  if (triage.status === 'rejected') return 'rejected';
  const card = triage.into === undefined ? undefined : doc.cards.find((candidate) => candidate.id === triage.into);
  if (!card) return 'pending';
  if (triage.status === 'merged' && !card.text.includes(note.text)) return 'pending';
  return triage.status;
}
