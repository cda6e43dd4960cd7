import { computeColumns } from '../layout/columns';
import { sortByOrder } from './order';
import { OPPORTUNITY_STATUSES, PRIORITIES, type Card, type JourneyDocument, type LaneKind } from './schema';
import { containsText } from '../i18n/collation';

export interface LinkedCard { id: string; text: string; kind: LaneKind }

/** One opportunity as the action plan lists it. */
export interface ActionPlanRow {
  id: string;
  text: string;
  stageId: string;
  stageName: string;
  /** Left-to-right position of the card's column, for sorting by journey order. */
  columnIndex: number;
  laneName: string;
  owner: string;
  priority: Card['priority'];
  status: Card['status'];
  links: LinkedCard[];
}

/** Sort ranks: high before low, and statuses in the order work moves through them. */
export const priorityRank = (p: Card['priority']): number => (p === undefined ? -1 : PRIORITIES.indexOf(p));
export const statusRank = (s: Card['status']): number => (s === undefined ? -1 : OPPORTUNITY_STATUSES.indexOf(s));

/** How many opportunities the map has: the action plan's row count, without building the rows. */
export function countOpportunities(doc: JourneyDocument): number {
  const opportunityLanes = new Set(doc.lanes.filter((l) => l.kind === 'opportunities').map((l) => l.id));
  let count = 0;
  for (const card of doc.cards) if (opportunityLanes.has(card.laneId)) count += 1;
  return count;
}

/** Every opportunity on the map, in journey order (column, then lane, then order in the cell). */
export function actionPlanRows(doc: JourneyDocument): ActionPlanRow[] {
  const lanes = sortByOrder(doc.lanes);
  const laneRank = new Map(lanes.map((l, i) => [l.id, i]));
  const laneById = new Map(lanes.map((l) => [l.id, l]));
  const stageName = new Map(doc.stages.map((s) => [s.id, s.name]));
  const columnIndex = new Map(computeColumns(doc).columns.map((c, i) => [`${c.stageId}/${c.stepId ?? ''}`, i]));
  const cards = new Map(doc.cards.map((c) => [c.id, c]));
  const indexOf = (c: Card) => columnIndex.get(`${c.stageId}/${c.stepId ?? ''}`) ?? 0;
  return sortByOrder(doc.cards.filter((c) => laneById.get(c.laneId)?.kind === 'opportunities'))
    .sort((a, b) => indexOf(a) - indexOf(b) || (laneRank.get(a.laneId) ?? 0) - (laneRank.get(b.laneId) ?? 0))
    .map((card) => ({
      id: card.id,
      text: card.text,
      stageId: card.stageId,
      stageName: stageName.get(card.stageId) ?? '',
      columnIndex: indexOf(card),
      laneName: laneById.get(card.laneId)?.name ?? '',
      owner: card.owner ?? '',
      priority: card.priority,
      status: card.status,
      links: (card.links ?? []).flatMap((id) => {
        const target = cards.get(id);
        const kind = target && laneById.get(target.laneId)?.kind;
        return target && kind ? [{ id, text: target.text, kind }] : [];
      }),
    }));
}

export type ActionPlanColumn = 'stage' | 'text' | 'owner' | 'priority' | 'status' | 'links';
export interface ActionPlanSort { column: ActionPlanColumn; direction: 'ascending' | 'descending' }
/** `any` shows every row; `unset` only rows without a value. */
export interface ActionPlanFilter {
  query: string;
  priority: NonNullable<Card['priority']> | 'any' | 'unset';
  status: NonNullable<Card['status']> | 'any' | 'unset';
}
export const NO_FILTER: ActionPlanFilter = { query: '', priority: 'any', status: 'any' };

/** Sorts a copy of the rows; ties keep journey order. `compareText` is the user's locale's collation. */
export function sortRows(rows: readonly ActionPlanRow[], sort: ActionPlanSort, compareText: (a: string, b: string) => number): ActionPlanRow[] {
  const key: Record<ActionPlanColumn, (a: ActionPlanRow, b: ActionPlanRow) => number> = {
    stage: (a, b) => a.columnIndex - b.columnIndex,
    text: (a, b) => compareText(a.text, b.text),
    owner: (a, b) => compareText(a.owner, b.owner),
    priority: (a, b) => priorityRank(a.priority) - priorityRank(b.priority),
    status: (a, b) => statusRank(a.status) - statusRank(b.status),
    links: (a, b) => a.links.length - b.links.length,
  };
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows.map((row, index) => ({ row, index }))
    .sort((a, b) => sign * key[sort.column](a.row, b.row) || a.index - b.index)
    .map(({ row }) => row);
}

function matches<T extends string>(value: T | undefined, wanted: T | 'any' | 'unset'): boolean {
  return wanted === 'any' || (wanted === 'unset' ? value === undefined : value === wanted);
}

/**
 * Rows whose text, owner, stage or linked cards contain the query as a reader of `language`
 * sees it (case and, where the language allows, accents ignored), with the chosen priority and status.
 */
export function filterRows(rows: readonly ActionPlanRow[], filter: ActionPlanFilter, language?: string): ActionPlanRow[] {
  return rows.filter((row) => {
    const haystack = [row.text, row.owner, row.stageName, ...row.links.map((l) => l.text)].join('\n');
    return containsText(haystack, filter.query, language) && matches(row.priority, filter.priority) && matches(row.status, filter.status);
  });
}
