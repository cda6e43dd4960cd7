import type { JourneyShape } from './index';

export type Issue = { path: (string | number)[]; message: string };

function duplicateIds(name: string, records: readonly { id: string }[], issues: Issue[]): void {
  const seen = new Set<string>();
  records.forEach((record, index) => {
    if (seen.has(record.id)) issues.push({ path: [name, index, 'id'], message: `duplicate id "${record.id}"` });
    seen.add(record.id);
  });
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

/** Cross-record rules a per-record schema cannot see: unique ids and valid references. */
export function referenceIssues(doc: JourneyShape): Issue[] {
  const issues: Issue[] = [];
  const tables = ['stages', 'steps', 'lanes', 'channels', 'cards', 'emotionCurves', 'emotionPoints', 'metricValues', 'personas', 'assets', 'views'] as const;
  for (const table of tables) duplicateIds(table, doc[table], issues);

  const stageIds = new Set(doc.stages.map((s) => s.id));
  const stepStage = new Map(doc.steps.map((s) => [s.id, s.stageId]));
  const stagesWithSteps = new Set(doc.steps.map((s) => s.stageId));
  const laneKind = new Map(doc.lanes.map((l) => [l.id, l.kind]));
  const ids = (records: readonly { id: string }[]) => new Set(records.map((r) => r.id));
  const cardIds = ids(doc.cards);
  const channelIds = ids(doc.channels);
  const assetIds = ids(doc.assets);
  const personaIds = ids(doc.personas);
  const curveLane = new Map(doc.emotionCurves.map((c) => [c.id, c.laneId]));

  known('steps', 'stageId', doc.steps.map((s) => s.stageId), stageIds, issues);
  known('cards', 'laneId', doc.cards.map((c) => c.laneId), new Set(laneKind.keys()), issues);
  columnIssues('cards', doc.cards, stageIds, stepStage, stagesWithSteps, issues);
  known('cards', 'channelId', doc.cards.map((c) => c.channelId), channelIds, issues);
  known('cards', 'imageId', doc.cards.map((c) => c.imageId), assetIds, issues);
  doc.cards.forEach((card, i) => known('cards', 'links', card.links ?? [], cardIds, issues, i));

  doc.emotionCurves.forEach((curve, i) => {
    if (laneKind.get(curve.laneId) !== 'emotions') issues.push({ path: ['emotionCurves', i, 'laneId'], message: `"${curve.laneId}" is not an emotions lane` });
  });
  known('emotionCurves', 'personaId', doc.emotionCurves.map((c) => c.personaId), personaIds, issues);
  known('emotionPoints', 'curveId', doc.emotionPoints.map((p) => p.curveId), new Set(curveLane.keys()), issues);
  columnIssues('emotionPoints', doc.emotionPoints, stageIds, stepStage, stagesWithSteps, issues);
  oncePer('emotionPoints', doc.emotionPoints.map((p) => `${p.curveId}/${p.stageId}/${p.stepId ?? ''}`), issues, 'point for the same curve and column');

  doc.metricValues.forEach((m, i) => {
    if (laneKind.get(m.laneId) !== 'metrics') issues.push({ path: ['metricValues', i, 'laneId'], message: `"${m.laneId}" is not a metrics lane` });
  });
  columnIssues('metricValues', doc.metricValues, stageIds, stepStage, stagesWithSteps, issues);
  oncePer('metricValues', doc.metricValues.map((m) => `${m.laneId}/${m.stageId}/${m.stepId ?? ''}`), issues, 'value for the same lane and column');

  known('personas', 'photoId', doc.personas.map((p) => p.photoId), assetIds, issues);
  (doc.journey.personaIds ?? []).forEach((id, i) => {
    if (!personaIds.has(id)) issues.push({ path: ['journey', 'personaIds', i], message: `unknown persona "${id}"` });
  });
  doc.views.forEach((view, i) => {
    known('views', 'laneIds', view.laneIds ?? [], new Set(laneKind.keys()), issues, i);
    known('views', 'personaIds', view.personaIds ?? [], personaIds, issues, i);
    known('views', 'channelIds', view.channelIds ?? [], channelIds, issues, i);
    for (const field of ['fromStageId', 'toStageId'] as const) {
      const id = view[field];
      if (id !== undefined && !stageIds.has(id)) issues.push({ path: ['views', i, field], message: `unknown stage "${id}"` });
    }
  });
  return issues;
}
