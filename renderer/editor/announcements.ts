import { sameColumn, type Cell, type Column } from '../../shared/document/commands';
import { sortByOrder } from '../../shared/document/order';
import type { Card, JourneyDocument, LaneKind } from '../../shared/document/schema';
import type { EditorState } from './context';

/** The words announcements are made of: the UI's strings, signed numbers and a card's marks. */
export interface AnnounceWords {
  t: (key: string, options?: Record<string, unknown>) => string;
  /** +1, −0.5, 0 in the UI's language. */
  signed: (value: number) => string;
  /** A card's marks in words (severity 4, priority high…), empty when it has none. */
  marks: (card: Card, kind: LaneKind) => string;
}

interface Diff<T> { added: T[]; removed: T[]; changed: [T, T][] }

/** Records added, removed and changed between two versions of a table (compared by id). */
function diff<T extends { id: string }>(before: readonly T[], after: readonly T[]): Diff<T> {
  if (before === after) return { added: [], removed: [], changed: [] };
  const old = new Map(before.map((r) => [r.id, r]));
  const now = new Map(after.map((r) => [r.id, r]));
  return {
    added: after.filter((r) => !old.has(r.id)),
    removed: before.filter((r) => !now.has(r.id)),
    changed: after.flatMap((r): [T, T][] => {
      const was = old.get(r.id);
      return was && was !== r ? [[was, r]] : [];
    }),
  };
}

/** Where a cell is, as people say it: "Köp, Actions" (a step after its stage). */
export function placeName(doc: JourneyDocument, cell: Cell, words: AnnounceWords): string {
  return words.t('a11y.say.place', { column: columnName(doc, cell), lane: doc.lanes.find((l) => l.id === cell.laneId)?.name ?? '' });
}

function columnName(doc: JourneyDocument, column: Column): string {
  const stage = doc.stages.find((s) => s.id === column.stageId)?.name ?? '';
  const step = column.stepId ? doc.steps.find((s) => s.id === column.stepId)?.name : undefined;
  return step ? `${stage} · ${step}` : stage;
}

const kindOf = (doc: JourneyDocument, card: Card): LaneKind => doc.lanes.find((l) => l.id === card.laneId)?.kind ?? 'actions';
const withMarks = (text: string, marks: string) => (marks ? `${text}, ${marks}` : text);
const cellOf = (card: Card): Cell => ({ laneId: card.laneId, stageId: card.stageId, stepId: card.stepId });
const moved = ([a, b]: [Card, Card]) => a.laneId !== b.laneId || a.stageId !== b.stageId || a.stepId !== b.stepId || a.order !== b.order;

function emotionWords(doc: JourneyDocument, curveId: string, column: Column, words: AnnounceWords): { curve: string; column: string; value: string } {
  const point = doc.emotionPoints.find((p) => p.curveId === curveId && sameColumn(p, column));
  const curve = doc.emotionCurves.find((c) => c.id === curveId)?.name ?? '';
  return { curve, column: columnName(doc, column), value: point ? words.signed(point.value) : words.t('a11y.say.noValue') };
}

/**
 * What a change did to the grid, in a sentence: the card moved and where to, the value set, the
 * stage renamed; empty for changes elsewhere (details, personas), which their own fields say.
 */
export function describeChange(before: JourneyDocument, after: JourneyDocument, words: AnnounceWords): string {
  const { t } = words;
  const stages = diff(before.stages, after.stages);
  const lanes = diff(before.lanes, after.lanes);
  const cards = diff(before.cards, after.cards);
  const points = diff(before.emotionPoints, after.emotionPoints);
  const named = (key: string, records: Diff<{ id: string; name: string }>) => {
    const [first] = records.added.length > 0 ? records.added : records.removed.length > 0 ? records.removed : records.changed.map(([, b]) => b);
    if (!first) return null;
    const [was] = records.changed.find(([, b]) => b.id === first.id) ?? [];
    const what = records.added.length > 0 ? 'added' : records.removed.length > 0 ? 'deleted' : was && was.name !== first.name ? 'renamed' : 'changed';
    return t(`a11y.say.${key}.${what}`, { name: first.name, before: was?.name ?? '' });
  };
  const structure = named('stage', stages) ?? named('lane', lanes);
  if (structure) return structure;

  const [added, removed] = [cards.added, cards.removed];
  if (added.length === 1 && added[0]) return t('a11y.say.card.added', { text: added[0].text, place: placeName(after, cellOf(added[0]), words) });
  if (added.length > 1) return t('a11y.say.card.addedMany', { count: added.length });
  if (removed.length === 1 && removed[0]) return t('a11y.say.card.deleted', { text: removed[0].text });
  if (removed.length > 1) return t('a11y.say.card.deletedMany', { count: removed.length });
  const moves = cards.changed.filter(moved);
  const [firstMove] = moves;
  if (firstMove) {
    const place = placeName(after, cellOf(firstMove[1]), words);
    return moves.length === 1 ? t('a11y.say.card.moved', { text: firstMove[1].text, place }) : t('a11y.say.card.movedMany', { count: moves.length, place });
  }
  const [edit] = cards.changed;
  if (edit) {
    const [was, card] = edit;
    if (cards.changed.length > 1) return t('a11y.say.card.changedMany', { count: cards.changed.length, marks: words.marks(card, kindOf(after, card)) });
    if (was.text !== card.text) return t('a11y.say.card.edited', { text: card.text });
    return t('a11y.say.card.changed', { text: withMarks(card.text, words.marks(card, kindOf(after, card))) });
  }

  const [point] = [...points.added, ...points.changed.map(([, b]) => b), ...points.removed];
  if (point) return t('a11y.say.emotion', emotionWords(after, point.curveId, point, words));
  // The map's details, personas, views: said by the field that changed them.
  return '';
}

/** What the keyboard is on now, in a sentence: the card with its place and marks, the cell, the header, the point. */
export function describeSelection(doc: JourneyDocument, state: Pick<EditorState, 'selection' | 'cursor' | 'focusCurve'>, words: AnnounceWords): string {
  const { t } = words;
  const { selection, cursor } = state;
  switch (selection.kind) {
    case 'cards': {
      const card = doc.cards.find((c) => c.id === selection.ids.at(-1));
      if (!card) return '';
      if (selection.ids.length > 1) return t('a11y.say.selected', { count: selection.ids.length, text: card.text });
      const inCell = sortByOrder(doc.cards.filter((c) => c.laneId === card.laneId && sameColumn(c, card)));
      return t('a11y.say.card.selected', {
        text: withMarks(card.text, words.marks(card, kindOf(doc, card))), place: placeName(doc, cellOf(card), words),
        position: inCell.findIndex((c) => c.id === card.id) + 1, total: inCell.length,
      });
    }
    case 'stage': case 'lane': {
      const list = sortByOrder(selection.kind === 'stage' ? doc.stages : doc.lanes);
      const index = list.findIndex((r) => r.id === selection.id);
      return t(`a11y.say.${selection.kind}.selected`, { name: list[index]?.name ?? '', position: index + 1, total: list.length });
    }
    case 'step': {
      const step = doc.steps.find((s) => s.id === selection.id);
      return t('a11y.say.step', { name: step?.name ?? '', stage: doc.stages.find((s) => s.id === step?.stageId)?.name ?? '' });
    }
    case 'point': return t('a11y.say.point', emotionWords(doc, selection.curveId, selection, words));
    default: {
      if (!cursor) return '';
      const lane = doc.lanes.find((l) => l.id === cursor.laneId);
      const place = placeName(doc, cursor, words);
      if (lane?.kind === 'emotions') {
        const curves = doc.emotionCurves.filter((c) => c.laneId === lane.id);
        const values = curves.map((c) => { const w = emotionWords(doc, c.id, cursor, words); return `${w.curve} ${w.value}`; }).join('; ');
        return t('a11y.say.emotionCell', { place, values: values || t('a11y.say.noCurve') });
      }
      const count = doc.cards.filter((c) => c.laneId === cursor.laneId && sameColumn(c, cursor)).length;
      return t('a11y.say.cell', { place, count });
    }
  }
}
