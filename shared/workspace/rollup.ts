import { actionPlanRows, type ActionPlanRow } from '../document/action-plan';
import { activePersonas } from '../document/commands/personas';
import { sortByOrder } from '../document/order';
import type { Card, JourneyDocument } from '../document/schema';
import { containsText } from '../i18n/collation';
import type { RollupMap } from '../ipc/portfolio';

/** One map's part of the workspace roll-up: its opportunities, stages, personas and pain points. */
export function rollupOf(doc: JourneyDocument, path: string, relativePath: string): RollupMap {
  const painLanes = new Set(doc.lanes.filter((l) => l.kind === 'painPoints').map((l) => l.id));
  return {
    path,
    relativePath,
    title: doc.journey.title,
    stages: sortByOrder(doc.stages).map((s) => ({ id: s.id, name: s.name })),
    personas: activePersonas(doc).map((p) => p.name),
    rows: actionPlanRows(doc),
    pains: doc.cards.filter((c) => painLanes.has(c.laneId)).map((c) => ({ stageId: c.stageId, severity: c.severity ?? null })),
  };
}

/** A row of the roll-up: an opportunity with the map it is on. */
export interface RollupRow extends ActionPlanRow { readonly mapPath: string; readonly mapTitle: string; readonly personas: readonly string[] }

/** `any` shows every row; `unset` rows without a value. */
export interface RollupFilter {
  map: string | 'any';
  owner: string | 'any';
  priority: NonNullable<Card['priority']> | 'any' | 'unset';
  status: NonNullable<Card['status']> | 'any' | 'unset';
  persona: string | 'any';
  query: string;
}
export const NO_ROLLUP_FILTER: RollupFilter = { map: 'any', owner: 'any', priority: 'any', status: 'any', persona: 'any', query: '' };

export const rollupRows = (maps: readonly RollupMap[]): RollupRow[] =>
  maps.flatMap((m) => m.rows.map((row) => ({ ...row, mapPath: m.path, mapTitle: m.title, personas: m.personas })));

const matches = <T extends string>(value: T | undefined, wanted: T | 'any' | 'unset'): boolean =>
  wanted === 'any' || (wanted === 'unset' ? value === undefined : value === wanted);

/** The rows the filter keeps, in map then journey order. */
export function filterRollup(rows: readonly RollupRow[], filter: RollupFilter, language: string): RollupRow[] {
  return rows.filter((row) =>
    (filter.map === 'any' || row.mapPath === filter.map)
    && (filter.owner === 'any' || row.owner === filter.owner)
    && matches(row.priority, filter.priority)
    && matches(row.status, filter.status)
    && (filter.persona === 'any' || row.personas.includes(filter.persona))
    && (filter.query.trim() === '' || containsText(row.text, filter.query, language)));
}

/** The distinct values a filter offers (owners, personas), sorted for the user's language. */
export function distinct(values: Iterable<string>, language: string): string[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  return [...new Set([...values].filter((v) => v !== ''))].sort(collator.compare);
}

/** One cell of the heat view: a map's stage with its pain points, counted and weighed by severity. */
export interface HeatCell { readonly stageId: string; readonly stageName: string; readonly count: number; readonly weight: number; readonly maxSeverity: number }

/** Pain points without a severity weigh as a middling 3. */
const UNRATED_SEVERITY = 3;

/** A map's row of the heat view: one cell per stage, in journey order. */
export function heatRow(map: RollupMap): HeatCell[] {
  return map.stages.map((stage) => {
    const pains = map.pains.filter((p) => p.stageId === stage.id);
    const severities = pains.map((p) => p.severity ?? UNRATED_SEVERITY);
    return {
      stageId: stage.id,
      stageName: stage.name,
      count: pains.length,
      weight: severities.reduce((a, b) => a + b, 0),
      maxSeverity: severities.length === 0 ? 0 : Math.max(...severities),
    };
  });
}

/** How hot a cell is on a 0-4 scale, against the hottest cell of the view (0 only without pain points). */
export function heatLevel(cell: HeatCell, hottest: number): number {
  if (cell.count === 0 || hottest <= 0) return 0;
  return Math.max(1, Math.ceil((cell.weight / hottest) * 4));
}
