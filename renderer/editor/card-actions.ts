import { addCard, duplicateCards, moveCards, pasteCards, removeCards, updateCard, type Cell } from '../../shared/document/commands';
import { PRIORITIES, type Card } from '../../shared/document/schema';
import { commit, doc, type ActionContext } from './context';
import { cardsInCell, cursorOnCard, moveCursor, nextCell, type Direction } from './navigation';
import { selectedCardIds, toggleCard, type Editing } from './selection';
import { placeCopiedCards } from './clipboard';
import { emptyReport, laneKindMatcher, planTextPaste, type PasteNames, type PastePlan, type PasteReport } from './paste-grid';

const cellOfCard = (card: Card): Cell => ({ laneId: card.laneId, stageId: card.stageId, stepId: card.stepId });

export function cardActions(ctx: ActionContext) {
  const selected = () => selectedCardIds(ctx.state.selection);
  const selectCards = (ids: readonly string[]) => {
    const first = ids.at(-1);
    const card = first ? doc(ctx).cards.find((c) => c.id === first) : undefined;
    ctx.update({ selection: ids.length > 0 ? { kind: 'cards', ids } : { kind: 'none' }, ...(card ? { cursor: cellOfCard(card) } : {}) });
  };

  return {
    selectCards,
    toggleCard: (id: string) => ctx.update((s) => ({ selection: toggleCard(s.selection, id) })),
    focusCell: (cell: Cell | null) => ctx.update({ cursor: cell, selection: { kind: 'none' } }),
    editCard: (id: string) => ctx.update({ editing: { kind: 'card', id }, selection: { kind: 'cards', ids: [id] } }),
    newCardIn: (cell: Cell) => ctx.update({ editing: { kind: 'newCard', cell }, cursor: cell, selection: { kind: 'none' } }),
    startEditing: (editing: Editing) => ctx.update({ editing }),
    cancelEditing: () => ctx.update({ editing: null }),

    /** Commits the open text editor; Tab carries on in the next (or previous) cell. */
    finishCardText(text: string, advance: 'next' | 'previous' | null = null) {
      const editing = ctx.state.editing;
      let nextSelection: string[] = [];
      if (editing?.kind === 'newCard' && text.trim() !== '') {
        const { changes, card } = addCard(doc(ctx), editing.cell, text);
        commit(ctx, 'Add card', changes);
        nextSelection = [card.id];
      } else if (editing?.kind === 'card') {
        commit(ctx, 'Edit card text', updateCard(doc(ctx), editing.id, { text }));
        nextSelection = [editing.id];
      }
      const from = editing?.kind === 'newCard' ? editing.cell : editing?.kind === 'card' ? ctx.state.cursor : null;
      const target = advance && from ? nextCell(ctx.layout, from, advance === 'previous') : null;
      if (target) ctx.update({ editing: { kind: 'newCard', cell: target }, cursor: target, selection: { kind: 'none' } });
      else {
        ctx.update({ editing: null });
        if (nextSelection.length > 0) selectCards(nextSelection);
      }
    },

    editSelection() {
      const ids = selected();
      if (ids.length === 1 && ids[0]) ctx.update({ editing: { kind: 'card', id: ids[0] } });
      else if (ids.length === 0 && ctx.state.cursor) {
        const lane = ctx.layout.lanes.find((l) => l.id === ctx.state.cursor?.laneId);
        if (lane && lane.kind !== 'emotions' && lane.kind !== 'metrics' && !lane.collapsed) ctx.update({ editing: { kind: 'newCard', cell: ctx.state.cursor } });
      }
    },

    /** Shift+Enter: another card at the end of the selected card's cell, or of the cursor's cell. */
    addCardToCell() {
      const card = doc(ctx).cards.find((c) => c.id === selected().at(-1));
      const cell = card ? cellOfCard(card) : ctx.state.cursor;
      const lane = cell ? ctx.layout.lanes.find((l) => l.id === cell.laneId) : undefined;
      if (!cell || !lane || lane.kind === 'emotions' || lane.kind === 'metrics' || lane.collapsed) return;
      ctx.update({ editing: { kind: 'newCard', cell }, cursor: cell, selection: { kind: 'none' } });
    },

    deleteCards(ids: readonly string[] = selected()) {
      if (ids.length === 0) return;
      commit(ctx, ids.length === 1 ? 'Delete card' : 'Delete cards', removeCards(doc(ctx), ids));
      ctx.update({ selection: { kind: 'none' } });
    },

    duplicate() {
      const { changes, cards } = duplicateCards(doc(ctx), selected());
      commit(ctx, 'Duplicate cards', changes);
      if (cards.length > 0) selectCards(cards.map((c) => c.id));
    },

    selectAllInLane() {
      const laneId = ctx.state.cursor?.laneId;
      if (laneId) selectCards(ctx.layout.cards.filter((c) => c.laneId === laneId).map((c) => c.id));
    },

    moveCursor(direction: Direction, extend = false) {
      const ids = selected();
      const current = ids.at(-1);
      const cursor = current ? cursorOnCard(ctx.layout, current) : ctx.state.cursor ? { cell: ctx.state.cursor, cardId: null } : null;
      if (!cursor) {
        const first = ctx.layout.lanes[0] && ctx.layout.columns[0];
        // The first cell, and nothing else selected: a stage or lane just named is not what the arrows move from.
        if (first && ctx.layout.lanes[0]) ctx.update({ cursor: { laneId: ctx.layout.lanes[0].id, stageId: first.stageId, stepId: first.stepId }, selection: { kind: 'none' } });
        return;
      }
      const next = moveCursor(ctx.layout, cursor, direction);
      if (next.cardId === null) {
        ctx.update({ cursor: next.cell, selection: { kind: 'none' } });
        return;
      }
      selectCards(extend ? [...ids.filter((id) => id !== next.cardId), next.cardId] : [next.cardId]);
    },

    moveCards(ids: readonly string[], cell: Cell, beforeId: string | null) {
      commit(ctx, ids.length === 1 ? 'Move card' : 'Move cards', moveCards(doc(ctx), ids, cell, beforeId));
    },

    /** Alt+arrows: up and down within the cell, left and right to the end of the next cell. */
    nudgeCards(direction: Direction) {
      const ids = selected();
      const card = doc(ctx).cards.find((c) => c.id === ids.at(-1));
      if (!card) return;
      const cell = cellOfCard(card);
      const siblings = cardsInCell(ctx.layout, cell).filter((c) => !ids.includes(c.id));
      const own = cardsInCell(ctx.layout, cell);
      const firstIndex = own.findIndex((c) => ids.includes(c.id));
      if (direction === 'up' || direction === 'down') {
        const before = direction === 'up' ? siblings[firstIndex - 1] : siblings[firstIndex + 1];
        if (direction === 'up' && !before) return;
        commit(ctx, 'Move cards', moveCards(doc(ctx), ids, cell, before?.id ?? null));
        return;
      }
      const next = moveCursor(ctx.layout, { cell, cardId: null }, direction).cell;
      const lane = ctx.layout.lanes.find((l) => l.id === next.laneId);
      if (next === cell || !lane || lane.kind === 'emotions' || lane.kind === 'metrics') return;
      commit(ctx, 'Move cards', moveCards(doc(ctx), ids, next, null));
      ctx.update({ cursor: next });
    },

    updateCard(id: string, patch: Partial<Omit<Card, 'id'>>, name = 'Edit card') {
      commit(ctx, name, updateCard(doc(ctx), id, patch));
    },

    /**
     * A digit on the selected cards: a pain point's severity (1–5), an opportunity's priority
     * (1 low, 2 medium, 3 high); 0 clears it. False when no selected card takes that digit.
     */
    rateCards(digit: number): boolean {
      const kinds = new Map(doc(ctx).lanes.map((l) => [l.id, l.kind]));
      let took = false;
      const changes = selected().flatMap((id) => {
        const card = doc(ctx).cards.find((c) => c.id === id);
        const kind = card && kinds.get(card.laneId);
        const patch = kind === 'painPoints' && digit <= 5 ? { severity: digit === 0 ? undefined : digit }
          : kind === 'opportunities' && digit <= PRIORITIES.length ? { priority: digit === 0 ? undefined : PRIORITIES[digit - 1] } : null;
        took ||= patch !== null;
        return patch ? updateCard(doc(ctx), id, patch) : [];
      });
      commit(ctx, 'Rate cards', changes);
      return took;
    },

    setColour(colour: string | undefined) {
      const changes = selected().flatMap((id) => updateCard(doc(ctx), id, { colour }));
      commit(ctx, 'Colour cards', changes);
    },

    /**
     * Pastes the clipboard at the cursor as one undo step: Waymark's own cards, or text from
     * other programs (which may add stages and lanes). Returns what was made and left out.
     */
    paste(data: { json?: string; text?: string }): PasteReport {
      const anchor = ctx.state.cursor;
      const copied = anchor ? placeCopiedCards(ctx.layout, anchor, data.json) : null;
      let plan: PastePlan;
      if (copied) {
        const { changes, cards } = pasteCards(doc(ctx), copied.placements);
        plan = { changes, cardIds: cards.map((c) => c.id), report: { ...emptyReport(), cards: cards.length, skipped: copied.dropped > 0 ? { outside: copied.dropped } : {} } };
      } else {
        const names: PasteNames = {
          stage: (number) => ctx.t('stage.numbered', { number }),
          lane: (kind) => ctx.t(`lane.${kind}`),
          laneKind: laneKindMatcher([(kind) => ctx.t(`lane.${kind}`), (kind) => ctx.t(`lane.${kind}`, { lng: 'en' })]),
        };
        plan = planTextPaste(doc(ctx), ctx.layout, anchor, data.text ?? '', names);
      }
      commit(ctx, 'Paste', plan.changes);
      if (plan.cardIds.length > 0) selectCards(plan.cardIds);
      return plan.report;
    },
  };
}
