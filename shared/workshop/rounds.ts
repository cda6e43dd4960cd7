/**
 * Voting rounds as changes to the room: each a patch of the room document's fields, which the
 * host checks against the room's schema before writing. A round's items become targets with
 * ids of their own (roundTargetId), so a vote cast in one round never counts in another.
 */
import type { RoundItem } from '../ipc/workshop';
import { roundTargetId, targetItem, type RoomState, type VoteTarget } from './model';

const targetsOf = (round: number, items: readonly RoundItem[]): VoteTarget[] => {
  const seen = new Set<string>();
  return items.flatMap((item) => {
    if (seen.has(item.item)) return [];
    seen.add(item.item);
    return [{ id: roundTargetId(round, item.item), text: item.text, kind: item.kind, item: item.item, ...(item.stageId === undefined ? {} : { stageId: item.stageId }) }];
  });
};

/** A new round after the current one (which joins the history, closed): its items, budget, and when it closes by itself. */
export function openRound(room: RoomState, items: readonly RoundItem[], budget: number, endsAt: number | null): Partial<RoomState> {
  const current = roundsOf(room).find((round) => round.current);
  const number = (current?.number ?? 0) + 1;
  return {
    history: current ? [...room.history, { number: current.number, budget: current.budget, targets: current.targets }] : room.history,
    targets: targetsOf(number, items),
    voteBudget: budget,
    round: { number, endsAt, open: true, revealed: false, totals: null },
  };
}

/** The current round's items become these; an item left out gives its votes back (they no longer count). Null without an open round. */
export function setRoundItems(room: RoomState, items: readonly RoundItem[]): Partial<RoomState> | null {
  if (!room.round?.open) return null;
  return { targets: targetsOf(room.round.number, items) };
}

/** No more votes in the current round. Null when there is none open. */
export function closeRound(room: RoomState): Partial<RoomState> | null {
  return room.round?.open ? { round: { ...room.round, open: false } } : null;
}

/** Shows the current round's totals (closing it first): the phones read them from the room. */
export function revealRound(room: RoomState, totals: ReadonlyMap<string, number>): Partial<RoomState> | null {
  if (!room.round || room.round.revealed) return null;
  return {
    round: { ...room.round, open: false, revealed: true, totals: room.targets.map((target) => ({ targetId: target.id, votes: totals.get(target.id) ?? 0 })) },
  };
}

/** Every round so far with its items and budget, oldest first; the current one last (with its status). */
export function roundsOf(room: RoomState): { number: number; budget: number; targets: VoteTarget[]; current: boolean }[] {
  const past = room.history.map((round) => ({ ...round, current: false }));
  if (room.round) return [...past, { number: room.round.number, budget: room.voteBudget, targets: room.targets, current: true }];
  // A room that shared targets without opening a round (an older workshop): one round of them.
  return room.targets.length > 0 ? [...past, { number: 1, budget: room.voteBudget, targets: room.targets, current: true }] : past;
}

/** The items of the current round, as the facilitator's window sends them back (to take one out). */
export const itemsOf = (targets: readonly VoteTarget[]): RoundItem[] =>
  targets.map((target) => ({ item: targetItem(target), text: target.text, kind: target.kind ?? 'card', ...(target.stageId === undefined ? {} : { stageId: target.stageId }) }));
