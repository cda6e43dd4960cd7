import { newId } from '../document/ids';
import { LANE_KINDS, type LaneKind } from '../document/schema';
import { resources } from '../i18n/i18n';
import { en } from '../i18n/locales/en';

export type Rec = Record<string, unknown>;
export interface Located { record: Rec; names: Partial<Record<'stage' | 'step' | 'lane' | 'curve', string>>; where: string }
export type Tables = Record<string, Located[]>;

const squash = (name: string) => name.normalize('NFC').trim().toLocaleLowerCase().replace(/[\s_-]+/g, '');
/** Lane names as Waymark writes them in every language it speaks, to their kind. */
const laneKindByName = new Map<string, LaneKind>(
  Object.values(resources).flatMap(({ translation }) => LANE_KINDS.map((kind) => [squash(translation.lane[kind]), kind] as const)),
);

/** A lane's kind from its name ("Pain points", "painPoints", "Punkty styku", "Σημεία πόνου"…); actions otherwise. */
export function guessLaneKind(name: string): LaneKind {
  const key = squash(name);
  return LANE_KINDS.find((kind) => kind.toLowerCase() === key) ?? laneKindByName.get(key) ?? 'actions';
}

const EMOTION_CURVE_COLOUR = '#0072B2';
/** An id cell left empty reads as '' (required text): both mean "not given". */
const missing = (value: unknown) => value === undefined || value === '';

function findOrAdd(list: Located[], match: (r: Rec) => boolean, make: () => Rec, where: string): string {
  const found = list.find((l) => match(l.record));
  if (found) return String(found.record['id']);
  const record = make();
  list.push({ record, names: {}, where });
  return String(record['id']);
}

/**
 * Rows written by hand may name their stage, step, lane or curve instead of giving ids: the
 * names are looked up, and stages, steps, lanes and curves not yet known are created.
 */
export function resolveNames(tables: Tables): void {
  const stages = (tables['stages'] ??= []);
  const steps = (tables['steps'] ??= []);
  const lanes = (tables['lanes'] ??= []);
  const curves = (tables['emotionCurves'] ??= []);
  for (const table of ['cards', 'emotionPoints', 'metricValues']) {
    for (const { record, names, where } of tables[table] ?? []) {
      if (missing(record['stageId']) && names.stage !== undefined) {
        const name = names.stage;
        record['stageId'] = findOrAdd(stages, (s) => s['name'] === name, () => ({ id: newId(), name }), where);
      }
      if (missing(record['stepId']) && names.step !== undefined && typeof record['stageId'] === 'string') {
        const [name, stageId] = [names.step, record['stageId']];
        record['stepId'] = findOrAdd(steps, (s) => s['name'] === name && s['stageId'] === stageId, () => ({ id: newId(), stageId, name }), where);
      }
      if (table !== 'emotionPoints' && missing(record['laneId']) && names.lane !== undefined) {
        const name = names.lane;
        const kind = table === 'metricValues' ? 'metrics' : guessLaneKind(name);
        record['laneId'] = findOrAdd(lanes, (l) => l['name'] === name, () => ({ id: newId(), kind, name }), where);
      }
      if (table === 'emotionPoints' && missing(record['curveId']) && names.curve !== undefined) {
        const name = names.curve;
        const laneId = findOrAdd(lanes, (l) => l['kind'] === 'emotions', () => ({ id: newId(), kind: 'emotions', name: en.lane.emotions }), where);
        record['curveId'] = findOrAdd(curves, (c) => c['name'] === name, () => ({ id: newId(), laneId, name, style: 'solid', colour: EMOTION_CURVE_COLOUR }), where);
      }
    }
  }
  for (const [table, list] of Object.entries(tables)) {
    if (table === 'journey') continue;
    for (const { record } of list) if (missing(record['id'])) record['id'] = newId();
  }
}
