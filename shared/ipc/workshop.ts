import { z } from 'zod';
import { NOTE_LANES, WORKSHOP_LIMITS, type NoteLane, type ParticipantNote, type RatingCounts, type VoteTarget } from '../workshop/model';
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
const voteTargetSchema = z.strictObject({
  id: workshopId,
  text: plainText(WORKSHOP_LIMITS.targetTextChars),
  stageId: workshopId.optional(),
  kind: z.enum(['painPoint', 'opportunity', 'note']).optional(),
});
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
  removeWorkshopParticipant: z.strictObject({ participantId: workshopId }),
  /** Replaces the shared vote targets with these (an empty list stops the voting). */
  shareWorkshopTargets: z.strictObject({ targets: z.array(voteTargetSchema).max(WORKSHOP_LIMITS.targets) }),
  /** The journey's stages changed while the workshop runs (renamed, added, moved). */
  setWorkshopStages: z.strictObject({ stages: z.array(roomStageSchema).min(1).max(WORKSHOP_LIMITS.stages) }),
  /** The map was saved under another name (an untitled map saved mid-workshop): a restart offers the workshop with that file. */
  setWorkshopJourney: z.strictObject({ journeyPath: pathSchema.nullable(), title: z.string().max(300) }),
  /** Ends the running workshop, or (by id) one a restart left open, without listening again. */
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
}

export interface WorkshopParticipant {
  readonly id: string;
  readonly name: string | null;
  readonly online: boolean;
  readonly notes: number;
  readonly votesUsed: number;
  readonly ratings: number;
  readonly removed: boolean;
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
