/**
 * What a workshop holds, as Yjs documents.
 *
 * The room document (written by the facilitator only, read by every phone) has one map,
 * `room`, whose values are plain JSON: the stages, the lanes offered for notes, the vote
 * targets the facilitator shared, the vote budget and whether the room is locked.
 *
 * A participant document (written by that participant only, read by them and the facilitator)
 * has four maps: `notes` (note id → note), `votes` (target id → count), `ratings`
 * (stage id → -2..+2) and `profile` (`name`). Values are plain JSON (never nested Yjs types),
 * so a change replaces a whole entry and the host validates entries, not keystrokes.
 */
import type * as Y from 'yjs';

export const NOTE_LANES = ['actions', 'thoughts', 'painPoints', 'ideas'] as const;
export type NoteLane = (typeof NOTE_LANES)[number];

export const WORKSHOP_LIMITS = {
  /** One WebSocket message from a phone. */
  messageBytes: 64 * 1024,
  /** A participant document, encoded (what a phone can make the host keep). */
  participantDocBytes: 256 * 1024,
  noteChars: 500,
  nameChars: 40,
  notesPerParticipant: 300,
  idChars: 64,
  /** A vote target's id: an item's id (up to idChars) with its round in front. */
  targetIdChars: 80,
  /** Voting rounds in one workshop. */
  rounds: 100,
  /** Entries in a phone's votes, over every round. */
  votesPerParticipant: 1000,
  stageNameChars: 200,
  targetTextChars: 500,
  stages: 60,
  targets: 300,
  voteBudgetMax: 100,
  ratingMin: -2,
  ratingMax: 2,
  participants: 200,
  /** Sockets at once for one participant (tabs, a reconnect racing a dead socket). */
  socketsPerParticipant: 4,
  /** Messages per second per participant, and the burst above it. */
  messagesPerSecond: 20,
  messageBurst: 40,
} as const;

export const ROOM_MAP = 'room';
export const PARTICIPANT_MAPS = ['notes', 'votes', 'ratings', 'profile'] as const;
export type ParticipantMap = (typeof PARTICIPANT_MAPS)[number];

export interface RoomStage { id: string; name: string }
export interface VoteTarget {
  /** Unique to its voting round (roundTargetId), so a round's votes never count in another. */
  id: string;
  text: string;
  /** The stage the target belongs to, when it has one. */
  stageId?: string;
  kind?: 'painPoint' | 'opportunity' | 'card' | 'note';
  /** What is voted on: a card's id, or a room's note as `<participantId>/<noteId>`; the id itself when absent. */
  item?: string;
}

/**
 * The voting round under way (or the last one): its number, whether votes are taken, when it
 * closes by itself (the host's clock; null: the facilitator closes it), and whether its totals
 * are shown, with the totals the room sees once they are.
 */
export interface RoundStatus {
  number: number;
  endsAt: number | null;
  open: boolean;
  revealed: boolean;
  totals: { targetId: string; votes: number }[] | null;
}
/** A round before the current one: its items and budget, so its votes can still be counted. */
export interface PastRound { number: number; budget: number; targets: VoteTarget[] }

export interface RoomState {
  stages: RoomStage[];
  lanes: NoteLane[];
  /** The current round's items: what phones can vote on. */
  targets: VoteTarget[];
  /** Votes each person has in the current round. */
  voteBudget: number;
  locked: boolean;
  round: RoundStatus | null;
  history: PastRound[];
}

/** How many rated a stage -2, -1, 0, +1 and +2. */
export type RatingCounts = Readonly<Record<'-2' | '-1' | '0' | '1' | '2', number>>;

export interface ParticipantNote { stageId: string; lane: NoteLane; text: string; createdAt: number }
export interface ParticipantContent {
  notes: Record<string, ParticipantNote>;
  votes: Record<string, number>;
  ratings: Record<string, number>;
  profile: { name?: string };
}

export const EMPTY_ROOM: RoomState = { stages: [], lanes: [...NOTE_LANES], targets: [], voteBudget: 0, locked: false, round: null, history: [] };

/** A target's id in round `round`: the item's own id with the round in front (a note key's slash as a dash). */
export const roundTargetId = (round: number, item: string): string => `r${round}-${item.replace('/', '-')}`;
/** What a target is about: a card's id or a note's key. */
export const targetItem = (target: VoteTarget): string => target.item ?? target.id;

/** Votes are taken: the round is open (a room without rounds takes them whenever something is shared). */
export const votingOpen = (room: RoomState): boolean => room.round === null || room.round.open;

export function readRoom(doc: Y.Doc): RoomState {
  const map = doc.getMap<unknown>(ROOM_MAP);
  return {
    stages: (map.get('stages') as RoomStage[] | undefined) ?? [],
    lanes: (map.get('lanes') as NoteLane[] | undefined) ?? [],
    targets: (map.get('targets') as VoteTarget[] | undefined) ?? [],
    voteBudget: (map.get('voteBudget') as number | undefined) ?? 0,
    locked: (map.get('locked') as boolean | undefined) ?? false,
    round: (map.get('round') as RoundStatus | undefined) ?? null,
    history: (map.get('history') as PastRound[] | undefined) ?? [],
  };
}

/** Writes the fields given (the facilitator's side only), in one transaction. */
export function writeRoom(doc: Y.Doc, state: Partial<RoomState>): void {
  const map = doc.getMap<unknown>(ROOM_MAP);
  doc.transact(() => {
    for (const [key, value] of Object.entries(state)) if (value !== undefined) map.set(key, value);
  });
}

const mapJson = (doc: Y.Doc, name: ParticipantMap) => doc.getMap<unknown>(name).toJSON() as Record<string, never>;

/** A participant document as plain data (what the host validates and the facilitator reads). */
export function readParticipant(doc: Y.Doc): ParticipantContent {
  return { notes: mapJson(doc, 'notes'), votes: mapJson(doc, 'votes'), ratings: mapJson(doc, 'ratings'), profile: mapJson(doc, 'profile') };
}

/** Letters and digits for ids made on a phone (notes). */
const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export function randomId(length = 16): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  let id = '';
  // 62 letters: 248 = 4 × 62, so bytes from 248 up are skipped to keep every letter equally likely.
  for (const byte of bytes) if (byte < 248) id += ID_ALPHABET[byte % 62];
  return id.length === length ? id : id + randomId(length - id.length);
}

/** Text as a phone should store it: NFC, ends trimmed, line ends as \n. */
export const cleanText = (text: string) => text.replace(/\r\n?/g, '\n').normalize('NFC').trim();

/**
 * The participant's own edits, as the phone page makes them. Each is one transaction; the
 * host checks every one (shared/workshop/validate.ts), and the page should check first with
 * checkParticipantChange so nothing it sends is refused.
 */
export const participantEdits = {
  addNote(doc: Y.Doc, note: { stageId: string; lane: NoteLane; text: string }, now = Date.now()): string {
    const id = randomId();
    doc.getMap<ParticipantNote>('notes').set(id, { stageId: note.stageId, lane: note.lane, text: cleanText(note.text), createdAt: now });
    return id;
  },
  editNote(doc: Y.Doc, id: string, change: Partial<Omit<ParticipantNote, 'createdAt'>>): void {
    const notes = doc.getMap<ParticipantNote>('notes');
    const note = notes.get(id);
    if (!note) return;
    notes.set(id, { ...note, ...change, ...(change.text === undefined ? {} : { text: cleanText(change.text) }) });
  },
  removeNote(doc: Y.Doc, id: string): void {
    doc.getMap('notes').delete(id);
  },
  /** A count of 0 takes the votes back. */
  setVotes(doc: Y.Doc, targetId: string, count: number): void {
    const votes = doc.getMap<number>('votes');
    if (count <= 0) votes.delete(targetId);
    else votes.set(targetId, count);
  },
  /** null takes the rating back. */
  setRating(doc: Y.Doc, stageId: string, rating: number | null): void {
    const ratings = doc.getMap<number>('ratings');
    if (rating === null) ratings.delete(stageId);
    else ratings.set(stageId, rating);
  },
  /** '' takes the name back (anonymous). */
  setName(doc: Y.Doc, name: string): void {
    const profile = doc.getMap<string>('profile');
    const clean = cleanText(name);
    if (clean === '') profile.delete('name');
    else profile.set('name', clean);
  },
};

/** Votes spent in the current round: only on its items (an item taken out of the round gives its votes back). */
export function votesUsed(content: ParticipantContent, room: Pick<RoomState, 'targets'>): number {
  return room.targets.reduce((sum, target) => sum + (content.votes[target.id] ?? 0), 0);
}
