import { sameRecord } from '../../shared/document/same-record';

/** What the host tells the facilitator of each participant: a change to their contributions, and a summary. */

/** What changed in one participant's contributions (one accepted update). */
export interface ContributionChange {
  participantId: string;
  notes: { added: string[]; changed: string[]; removed: string[] };
  votes: boolean;
  ratings: boolean;
  name: boolean;
  /** Date.now() when the host applied it. */
  at: number;
}

export interface ParticipantSummary {
  id: string;
  name: string | null;
  joinedAt: number;
  lastSeenAt: number;
  online: boolean;
  notes: number;
  votesUsed: number;
  ratings: number;
  removed: boolean;
  /** Removed, and their votes and ratings no longer count. */
  dropped: boolean;
  /** What the phone says it is looking at. */
  presence: { stageId?: string; writing?: boolean } | null;
}

/** The keys added, changed and removed between two records of a participant's notes. */
export const diffKeys = (before: Record<string, unknown>, after: Record<string, unknown>) => {
  const added: string[] = [];
  const changed: string[] = [];
  for (const key of Object.keys(after)) {
    if (!(key in before)) added.push(key);
    else if (!sameRecord(before[key], after[key])) changed.push(key);
  }
  return { added, changed, removed: Object.keys(before).filter((key) => !(key in after)) };
};
