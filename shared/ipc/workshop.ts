import { z } from 'zod';
import { NOTE_LANES, WORKSHOP_LIMITS, type NoteLane, type ParticipantNote, type RatingCounts, type RoundStatus, type VoteTarget } from '../workshop/model';
import { pathSchema } from './paths';

/**
 * Payloads and answers of the facilitator's workshop calls (main/workshop/facilitator.ts runs
 * them). One workshop at a time per app: the laptop hosts one room.
 */

/** An address of this machine the facilitator may listen on. `loopback` only in the preview (tests). */
export interface WorkshopAddress {
  readonly address: string;
  readonly family: 'IPv4' | 'IPv6';
  readonly interfaceName: string;
  readonly kind: 'private' | 'link-local' | 'unique-local' | 'loopback';
}

// Shapes only: the host checks stages and targets again with the workshop's own schemas
// (shared/workshop/validate.ts, which needs yjs: kept out of the preload's bundle).
const workshopId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const plainText = (max: number) => z.string().min(1).max(max);
const roomStageSchema = z.strictObject({ id: workshopId, name: plainText(WORKSHOP_LIMITS.stageNameChars) });
/** An item put to the vote: a card (by id) or a room's note (by key); main gives it the round's target id. */
const roundItemSchema = z.strictObject({
  item: z.string().max(2 * WORKSHOP_LIMITS.idChars + 1).regex(/^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)?$/),
  text: plainText(WORKSHOP_LIMITS.targetTextChars),
  stageId: workshopId.optional(),
  kind: z.enum(['painPoint', 'opportunity', 'card', 'note']),
});
export type RoundItem = z.infer<typeof roundItemSchema>;
const ipLiteral = z.string().min(2).max(45).regex(/^[0-9A-Fa-f:.]+$/, 'must be an IP address');
const triageKey = z.string().max(2 * WORKSHOP_LIMITS.idChars + 1).regex(/^[A-Za-z0-9_-]+\/[A-Za-z0-9_-]+$/);

export const workshopInputs = {
  listWorkshopAddresses: z.strictObject({}),
  startWorkshop: z.strictObject({
    /** The journey the workshop is for (null: never saved), so a restarted app offers it again with that map. */
    journeyPath: pathSchema.nullable(),
    title: z.string().max(300),
    stages: z.array(roomStageSchema).min(1).max(WORKSHOP_LIMITS.stages),
    lanes: z.array(z.enum(NOTE_LANES)).min(1).max(NOTE_LANES.length).optional(),
    voteBudget: z.number().int().min(1).max(WORKSHOP_LIMITS.voteBudgetMax),
    addresses: z.array(ipLiteral).min(1).max(8),
  }),
  /** Waits until the room changed since `after` (a snapshot's revision), at most `waitMs`; null when no workshop runs. */
  watchWorkshop: z.strictObject({ after: z.number().int().min(-1), waitMs: z.number().int().min(0).max(30_000).optional() }),
  workshopJoinInfo: z.strictObject({}),
  triageWorkshopNote: z.strictObject({
    key: triageKey,
    status: z.enum(['accepted', 'merged', 'rejected']).nullable(),
    /** The card a note was accepted as or merged into. */
    into: workshopId.optional(),
  }),
  setWorkshopLocked: z.strictObject({ locked: z.boolean() }),
  /**
   * Closes the participant's phone and refuses it from now on. Their notes stay, parked; their
   * votes and ratings count unless `drop` (the facilitator's choice). restoreWorkshopParticipant undoes it.
   */
  removeWorkshopParticipant: z.strictObject({ participantId: workshopId, drop: z.boolean().optional() }),
  restoreWorkshopParticipant: z.strictObject({ participantId: workshopId }),
  /** A new voting round on these items, with a budget per person and an optional timer; the round before it closes. */
  openVotingRound: z.strictObject({
    items: z.array(roundItemSchema).min(1).max(WORKSHOP_LIMITS.targets),
    budget: z.number().int().min(1).max(WORKSHOP_LIMITS.voteBudgetMax),
    seconds: z.number().int().min(10).max(3600).nullable(),
  }),
  /** The open round's items become these: one taken out gives its votes back. */
  setRoundItems: z.strictObject({ items: z.array(roundItemSchema).min(1).max(WORKSHOP_LIMITS.targets) }),
  /** No more votes in the current round. */
  closeVotingRound: z.strictObject({}),
  /** The current round's totals are shown: on the room's screen and on the phones. */
  revealVotingRound: z.strictObject({}),
  /** The journey's stages changed while the workshop runs (renamed, added, moved). */
  setWorkshopStages: z.strictObject({ stages: z.array(roomStageSchema).min(1).max(WORKSHOP_LIMITS.stages) }),
  /** The map was saved under another name (an untitled map saved mid-workshop): a restart offers the workshop with that file. */
  setWorkshopJourney: z.strictObject({ journeyPath: pathSchema.nullable(), title: z.string().max(300) }),
  /**
   * Ends the running workshop, or (by id) one a restart left open, without listening again;
   * answers with the room as it was when it ended, whose results the window keeps in the map.
   */
  endWorkshop: z.strictObject({ workshopId: workshopId.optional() }),
  /** Workshops a restart left open, to resume. */
  listResumableWorkshops: z.strictObject({}),
  resumeWorkshop: z.strictObject({ workshopId }),
};

export interface WorkshopNote extends ParticipantNote {
  readonly key: string;
  readonly participantId: string;
  readonly author: string | null;
  readonly triage: { readonly status: 'accepted' | 'merged' | 'rejected'; readonly at: number; readonly into?: string } | null;
  /** Its author was removed: the note is parked, still there to accept. */
  readonly parked?: boolean;
}

/** A target's votes: how many, from how many people. */
export interface TargetVotes { readonly targetId: string; readonly total: number; readonly voters: number }

/** A voting round as the facilitator's window shows it (the current one last). */
export interface WorkshopRound {
  readonly number: number;
  readonly budget: number;
  readonly items: readonly VoteTarget[];
  /** Per item that got votes, most first. */
  readonly votes: readonly TargetVotes[];
  /** The current round's state; null for an earlier round (closed and over). */
  readonly status: RoundStatus | null;
}

export interface WorkshopParticipant {
  readonly id: string;
  readonly name: string | null;
  readonly online: boolean;
  readonly notes: number;
  readonly votesUsed: number;
  readonly ratings: number;
  readonly removed: boolean;
  /** Removed, and their votes and ratings no longer count. */
  readonly dropped?: boolean;
}

export type { RatingCounts };

/** Everything the facilitator's window shows of the room, at one revision. */
export interface WorkshopSnapshot {
  readonly revision: number;
  readonly workshopId: string;
  readonly code: string;
  readonly journeyPath: string | null;
  readonly title: string;
  readonly locked: boolean;
  readonly voteBudget: number;
  readonly lanes: readonly NoteLane[];
  readonly participants: readonly WorkshopParticipant[];
  readonly stages: readonly { readonly stageId: string; readonly stageName: string | null; readonly notes: readonly WorkshopNote[] }[];
  readonly votes: readonly { readonly targetId: string; readonly text: string | null; readonly total: number; readonly voters: number }[];
  readonly ratings: readonly { readonly stageId: string; readonly counts: RatingCounts; readonly count: number; readonly mean: number | null }[];
  readonly targets: readonly VoteTarget[];
  /** Every voting round so far, oldest first (the last is the current one). */
  readonly rounds: readonly WorkshopRound[];
}

export interface WorkshopJoin {
  readonly code: string;
  readonly links: readonly { readonly address: string; readonly url: string }[];
}

export interface ResumableWorkshop {
  readonly workshopId: string;
  readonly createdAt: number;
  readonly journeyPath: string | null;
  readonly title: string;
}
