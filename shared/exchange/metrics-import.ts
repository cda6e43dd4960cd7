import { applyChanges, type Change } from '../document/changes';
import { addLane, sameColumn, setMetricValue, updateLane, type Column } from '../document/commands';
import { sortByOrder } from '../document/order';
import type { JourneyDocument, Lane } from '../document/schema';
import { computeColumns } from '../layout/columns';
import type { Said } from './issue-text';

/** The survey metrics a table can carry, one column each. */
export const SURVEY_METRICS = ['nps', 'csat', 'ces', 'conversion', 'churn'] as const;
export type SurveyMetric = (typeof SURVEY_METRICS)[number];

/** Each metric's range, the unit its lane gets, and the headers that name it (compared without case or spaces). */
export const METRIC_RULES: Record<SurveyMetric, { min: number; max: number; unit: string; headers: readonly string[] }> = {
  nps: { min: -100, max: 100, unit: 'NPS', headers: ['nps', 'net promoter score'] },
  csat: { min: 0, max: 100, unit: '%', headers: ['csat', 'customer satisfaction', 'satisfaction'] },
  ces: { min: 1, max: 7, unit: 'CES', headers: ['ces', 'customer effort score', 'effort'] },
  conversion: { min: 0, max: 100, unit: '%', headers: ['conversion', 'conversion rate'] },
  churn: { min: 0, max: 100, unit: '%', headers: ['churn', 'churn rate'] },
};

/** Several rows for one stage: the newest by date, or the mean of all. */
export type MetricsMode = 'latest' | 'average';

export interface MetricsImportOptions {
  mode: MetricsMode;
  /** Headers that name the stage and the date column, in English and the user's language. */
  stageHeaders: readonly string[];
  dateHeaders: readonly string[];
  /** The name a new lane gets per metric (in the user's language); matched again on re-import. */
  laneNames: Record<SurveyMetric, string>;
}

/**
 * What cannot be used: its row in the table (1 = the header row) and what is wrong, to say in
 * the user's language. A bad value leaves out that cell; an unknown stage or a bad date, its row.
 */
export interface MetricsIssue { row: number; problem: Said }

/** One value the import sets: the metric at a stage, before and after. */
export interface MetricsEntry {
  stageId: string;
  stageName: string;
  metric: SurveyMetric;
  laneName: string;
  /** Null when the lane is made by this import. */
  laneId: string | null;
  before: number | null;
  after: number;
  /** How many rows the value comes from (averaged), and the date it is from (latest). */
  count: number;
  date: string | null;
}

export interface MetricsPlan {
  metrics: SurveyMetric[];
  hasDate: boolean;
  issues: MetricsIssue[];
  entries: MetricsEntry[];
  /** Lanes, units and values, as one list of changes (one undo step). */
  changes: Change[];
}

/** Text compared without case, spaces, underscores, dashes or a % sign, in Unicode NFC. */
export const headerKey = (text: string): string => text.normalize('NFC').toLocaleLowerCase('en').replace(/[\s_\-%]+/g, '');

/** A number as people type it in a survey table: 45, -12.5, 4,2 (decimal comma), 38%. */
export function surveyNumber(text: string): number | null {
  let t = text.trim().replace(/%$/, '').trim();
  if (/^[+-]?\d+,\d+$/.test(t)) t = t.replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return null;
  const value = Number(t);
  return Number.isFinite(value) ? value : null;
}

/** A date as YYYY-MM-DD (a time after it is allowed, and ignored); null when it is not one. */
export function surveyDate(text: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(text.trim());
  if (!match) return null;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d) ? `${y}-${m}-${d}` : null;
}

const round = (value: number): number => Math.round(value * 100) / 100;

/** The metrics lane a metric goes to: one named like it (its own name, the name in the user's language, or one of its headers). */
export function laneForMetric(doc: JourneyDocument, metric: SurveyMetric, laneName: string): Lane | undefined {
  const names = new Set([laneName, ...METRIC_RULES[metric].headers].map(headerKey));
  return sortByOrder(doc.lanes).find((l) => l.kind === 'metrics' && names.has(headerKey(l.name)));
}

interface Reading { stageId: string; metric: SurveyMetric; value: number; date: string | null }

/**
 * Reads a survey table (first row headers: a stage column, a column per metric, perhaps a
 * date) against the map, and plans the changes: a metrics lane per metric (made, with its
 * unit, when missing; matched by name on re-import) and a value per stage. Every value (or
 * row) that cannot be used is an issue naming its row and column; the rest still plan.
 */
export function planMetricsImport(doc: JourneyDocument, grid: readonly (readonly string[])[], options: MetricsImportOptions): MetricsPlan {
  const [header = [], ...body] = grid;
  const keys = header.map((h) => headerKey(h));
  const find = (names: readonly string[]) => keys.findIndex((k) => k !== '' && names.map(headerKey).includes(k));
  const stageColumn = find(options.stageHeaders);
  const dateColumn = find(options.dateHeaders);
  const metricColumns = SURVEY_METRICS.flatMap((metric) => {
    const column = find(METRIC_RULES[metric].headers);
    return column === -1 ? [] : [{ metric, column }];
  });
  const plan: MetricsPlan = { metrics: metricColumns.map((m) => m.metric), hasDate: dateColumn !== -1, issues: [], entries: [], changes: [] };
  if (stageColumn === -1) plan.issues.push({ row: 1, problem: { key: 'metricsNoStageColumn' } });
  if (metricColumns.length === 0) plan.issues.push({ row: 1, problem: { key: 'metricsNoMetricColumns', params: { metrics: SURVEY_METRICS.map((m) => METRIC_RULES[m].headers[0]).join(', ') } } });
  if (plan.issues.length > 0) return plan;

  const stageByKey = new Map(sortByOrder(doc.stages).map((s) => [headerKey(s.name), s]));
  const readings: Reading[] = [];
  body.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => c.trim() === '')) return;
    const stageText = (cells[stageColumn] ?? '').trim();
    const stage = stageByKey.get(headerKey(stageText));
    if (!stage) {
      plan.issues.push({ row, problem: { key: 'metricsUnknownStage', params: { stage: stageText.slice(0, 80) } } });
      return;
    }
    let date: string | null = null;
    if (dateColumn !== -1 && options.mode === 'latest') {
      date = surveyDate(cells[dateColumn] ?? '');
      if (date === null) {
        plan.issues.push({ row, problem: { key: 'metricsBadDate', params: { value: (cells[dateColumn] ?? '').slice(0, 40) } } });
        return;
      }
    }
    // A bad value leaves out that cell alone: the row's other metrics still count.
    for (const { metric, column } of metricColumns) {
      const text = (cells[column] ?? '').trim();
      if (text === '') continue;
      const value = surveyNumber(text);
      const { min, max } = METRIC_RULES[metric];
      const name = header[column]?.trim() ?? metric;
      if (value === null) plan.issues.push({ row, problem: { key: 'metricsNotNumber', params: { column: name, value: text.slice(0, 40) } } });
      else if (value < min || value > max) plan.issues.push({ row, problem: { key: 'metricsOutOfRange', params: { column: name, value: text.slice(0, 40), min, max } } });
      else readings.push({ stageId: stage.id, metric, value, date });
    }
  });

  // Per stage and metric: the newest reading (ties: the later row), or the mean of all.
  const groups = new Map<string, Reading[]>();
  for (const reading of readings) {
    const key = `${reading.stageId}/${reading.metric}`;
    groups.set(key, [...(groups.get(key) ?? []), reading]);
  }
  const firstColumn = new Map<string, Column>();
  for (const column of computeColumns(doc).columns) if (!firstColumn.has(column.stageId)) firstColumn.set(column.stageId, column);
  let next = doc;
  const laneIds = new Map<SurveyMetric, string>();
  for (const { metric } of metricColumns) {
    const name = options.laneNames[metric];
    const existing = laneForMetric(next, metric, name);
    const unit = METRIC_RULES[metric].unit;
    let changes: Change[];
    if (existing) {
      changes = existing.unit ? [] : updateLane(next, existing.id, { unit });
      laneIds.set(metric, existing.id);
    } else {
      const added = addLane(next, 'metrics', name);
      changes = [...added.changes, ...updateLane(applyChanges(next, added.changes), added.lane.id, { unit })];
      laneIds.set(metric, added.lane.id);
    }
    next = applyChanges(next, changes);
    plan.changes.push(...changes);
  }
  const stages = sortByOrder(doc.stages);
  for (const stage of stages) {
    for (const { metric } of metricColumns) {
      const group = groups.get(`${stage.id}/${metric}`);
      const column = firstColumn.get(stage.id);
      const laneId = laneIds.get(metric);
      if (!group || !column || !laneId) continue;
      const newest = group.reduce((a, b) => ((b.date ?? '') >= (a.date ?? '') ? b : a));
      const value = options.mode === 'average' || !plan.hasDate ? round(group.reduce((sum, r) => sum + r.value, 0) / group.length) : newest.value;
      const before = next.metricValues.find((m) => m.laneId === laneId && sameColumn(m, column))?.value ?? null;
      const changes = setMetricValue(next, laneId, column, value);
      next = applyChanges(next, changes);
      plan.changes.push(...changes);
      plan.entries.push({
        stageId: stage.id, stageName: stage.name, metric, laneName: next.lanes.find((l) => l.id === laneId)?.name ?? '',
        laneId: doc.lanes.some((l) => l.id === laneId) ? laneId : null, before, after: value,
        count: options.mode === 'average' || !plan.hasDate ? group.length : 1, date: options.mode === 'latest' && plan.hasDate ? newest.date : null,
      });
    }
  }
  return plan;
}
