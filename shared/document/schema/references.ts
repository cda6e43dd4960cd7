import type { JourneyShape } from './index';
import { workshopIssues } from './workshop-checks';

export type Issue = { path: (string | number)[]; message: string };

/** Reports each repeated id and returns the set of ids, which the reference checks reuse. */
function duplicateIds(name: string, records: readonly { id: string }[], issues: Issue[]): Set<string> {
  const seen = new Set<string>();
  records.forEach(({ id }, index) => {
    if (seen.has(id)) issues.push({ path: [name, index, 'id'], message: `duplicate id "${id}"` });
    seen.add(id);
  });
  return seen;
}

/** A record placed in a column: a stage, and a step of that stage exactly when it has steps. */
function columnIssues(
  table: string,
  records: readonly { stageId: string; stepId?: string | undefined }[],
  stageIds: ReadonlySet<string>,
  stepStage: ReadonlyMap<string, string>,
  stagesWithSteps: ReadonlySet<string>,
  issues: Issue[],
): void {
  records.forEach((r, i) => {
    if (!stageIds.has(r.stageId)) issues.push({ path: [table, i, 'stageId'], message: `unknown stage "${r.stageId}"` });
    else if (r.stepId !== undefined && stepStage.get(r.stepId) !== r.stageId) {
      issues.push({ path: [table, i, 'stepId'], message: `"${r.stepId}" is not a step of stage "${r.stageId}"` });
    } else if (r.stepId === undefined && stagesWithSteps.has(r.stageId)) {
      issues.push({ path: [table, i, 'stepId'], message: `stage "${r.stageId}" has steps: name one` });
    }
  });
}

function oncePer(table: string, keys: readonly string[], issues: Issue[], what: string): void {
  const seen = new Set<string>();
  keys.forEach((key, i) => {
    if (seen.has(key)) issues.push({ path: [table, i], message: `a second ${what}` });
    seen.add(key);
  });
}

function known(table: string, field: string, ids: readonly (string | undefined)[], valid: ReadonlySet<string>, issues: Issue[], index?: number): void {
  ids.forEach((id, i) => {
    if (id !== undefined && !valid.has(id)) {
      const path = index === undefined ? [table, i, field] : [table, index, field, i];
      issues.push({ path, message: `unknown ${field.replace(/Ids?$/, '')} "${id}"` });
    }
  });
}

/** known() for one field of each record, read in place rather than copied into a list first. */
function knownField<K extends string, T extends { readonly [key in K]?: string | undefined }>(
  table: string,
  field: K,
  records: readonly T[],
  valid: ReadonlySet<string>,
  issues: Issue[],
): void {
  records.forEach((record, i) => {
    const id = record[field];
    if (id !== undefined && !valid.has(id)) issues.push({ path: [table, i, field], message: `unknown ${field.replace(/Ids?$/, '')} "${id}"` });
  });
}

/**
 * Cross-record rules a per-record schema cannot see: unique ids and valid references. Issues
 * come table by table and rule by rule, each in record order. The id sets the duplicate check
 * builds are the ones the reference checks look ids up in.
 */
export function referenceIssues(doc: JourneyShape): Issue[] {
  const issues: Issue[] = [];
  const stageIds = duplicateIds('stages', doc.stages, issues);
  duplicateIds('steps', doc.steps, issues);
  const laneIds = duplicateIds('lanes', doc.lanes, issues);
  const channelIds = duplicateIds('channels', doc.channels, issues);
  const cardIds = duplicateIds('cards', doc.cards, issues);
  const curveIds = duplicateIds('emotionCurves', doc.emotionCurves, issues);
  duplicateIds('emotionPoints', doc.emotionPoints, issues);
  duplicateIds('metricValues', doc.metricValues, issues);
  const personaIds = duplicateIds('personas', doc.personas, issues);
  const assetIds = duplicateIds('assets', doc.assets, issues);
  duplicateIds('views', doc.views, issues);
  duplicateIds('workshops', doc.workshops, issues);

  const stepStage = new Map(doc.steps.map((s) => [s.id, s.stageId]));
  const stagesWithSteps = new Set(doc.steps.map((s) => s.stageId));
  const laneKind = new Map(doc.lanes.map((l) => [l.id, l.kind]));

  knownField('steps', 'stageId', doc.steps, stageIds, issues);
  knownField('cards', 'laneId', doc.cards, laneIds, issues);
  columnIssues('cards', doc.cards, stageIds, stepStage, stagesWithSteps, issues);
  knownField('cards', 'channelId', doc.cards, channelIds, issues);
  knownField('cards', 'imageId', doc.cards, assetIds, issues);
  doc.cards.forEach(({ links }, i) => {
    if (links !== undefined) known('cards', 'links', links, cardIds, issues, i);
  });

  doc.emotionCurves.forEach((curve, i) => {
    if (laneKind.get(curve.laneId) !== 'emotions') issues.push({ path: ['emotionCurves', i, 'laneId'], message: `"${curve.laneId}" is not an emotions lane` });
  });
  knownField('emotionCurves', 'personaId', doc.emotionCurves, personaIds, issues);
  knownField('emotionPoints', 'curveId', doc.emotionPoints, curveIds, issues);
  columnIssues('emotionPoints', doc.emotionPoints, stageIds, stepStage, stagesWithSteps, issues);
  oncePer('emotionPoints', doc.emotionPoints.map((p) => `${p.curveId}/${p.stageId}/${p.stepId ?? ''}`), issues, 'point for the same curve and column');

  doc.metricValues.forEach((m, i) => {
    if (laneKind.get(m.laneId) !== 'metrics') issues.push({ path: ['metricValues', i, 'laneId'], message: `"${m.laneId}" is not a metrics lane` });
  });
  columnIssues('metricValues', doc.metricValues, stageIds, stepStage, stagesWithSteps, issues);
  oncePer('metricValues', doc.metricValues.map((m) => `${m.laneId}/${m.stageId}/${m.stepId ?? ''}`), issues, 'value for the same lane and column');

  knownField('personas', 'photoId', doc.personas, assetIds, issues);
  (doc.journey.personaIds ?? []).forEach((id, i) => {
    if (!personaIds.has(id)) issues.push({ path: ['journey', 'personaIds', i], message: `unknown persona "${id}"` });
  });
  doc.views.forEach((view, i) => {
    known('views', 'laneIds', view.laneIds ?? [], laneIds, issues, i);
    known('views', 'personaIds', view.personaIds ?? [], personaIds, issues, i);
    known('views', 'channelIds', view.channelIds ?? [], channelIds, issues, i);
    for (const field of ['fromStageId', 'toStageId'] as const) {
      const id = view[field];
      if (id !== undefined && !stageIds.has(id)) issues.push({ path: ['views', i, field], message: `unknown stage "${id}"` });
    }
  });
  issues.push(...workshopIssues(doc.workshops));
  return issues;
}
