import { sortByOrder } from '../document/order';
import type { JourneyDocument, Stage } from '../document/schema';
import { alignIds } from './align';
import { diffJourneys, isMove, type JourneyChange } from './diff';

export type Presence = 'same' | 'added' | 'removed' | 'renamed';

/** A number before and after (null where the map has none). */
export interface Delta { before: number | null; after: number | null }

export interface StageComparison {
  /** The stage's name after (before, for a removed stage). */
  name: string;
  presence: Presence;
  previousName?: string;
  cards: { added: number; removed: number; changed: number; moved: number };
  /** The stage's average emotion per curve, curves matched by name. */
  emotions: (Delta & { curve: string })[];
  /** Each metrics lane's value at the stage, lanes matched by name. */
  metrics: (Delta & { lane: string; unit?: string })[];
}

export interface JourneyComparison {
  stages: StageComparison[];
  lanes: { name: string; presence: Presence; previousName?: string }[];
  changes: JourneyChange[];
  /** The map compared from, its ids paired with the other map's where two maps were made apart (see align.ts). */
  before: JourneyDocument;
}

const key = (name: string) => name.normalize('NFC').trim().toLocaleLowerCase();

/**
 * Pairs records of two maps: by id (a version, or a to-be map made as a copy of the as-is
 * one), then what is left by name (two maps made apart). Returns [before, after] pairs with
 * null on the side a record is missing from, in the after map's order, removed ones last.
 */
function pair<T extends { id: string; name: string; order: string }>(before: readonly T[], after: readonly T[]): [T | null, T | null][] {
  const byId = new Map(before.map((r) => [r.id, r]));
  const left = new Set(before.filter((r) => !after.some((a) => a.id === r.id)));
  const pairs: [T | null, T | null][] = sortByOrder(after).map((a) => {
    const same = byId.get(a.id) ?? [...left].find((b) => key(b.name) === key(a.name));
    if (same) left.delete(same);
    return [same ?? null, a];
  });
  return [...pairs, ...sortByOrder([...left]).map((b): [T | null, T | null] => [b, null])];
}

const presenceOf = (before: { name: string } | null, after: { name: string } | null): Presence =>
  !before ? 'added' : !after ? 'removed' : key(before.name) === key(after.name) ? 'same' : 'renamed';

/** A card change as counted: a change of only where the card is counts as a move. */
const cardChangeKind = (change: JourneyChange): 'added' | 'removed' | 'changed' | 'moved' =>
  change.kind !== 'changed' ? change.kind : isMove(change) ? 'moved' : 'changed';

const average = (values: readonly number[]) => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);

/** Per-stage emotions and metrics of one map at one of its stages (null: the map lacks the stage). */
function stageNumbers(doc: JourneyDocument, stage: Stage | null) {
  const emotions = new Map<string, number | null>();
  for (const curve of doc.emotionCurves) emotions.set(key(curve.name), stage ? average(doc.emotionPoints.filter((p) => p.curveId === curve.id && p.stageId === stage.id).map((p) => p.value)) : null);
  const metrics = new Map<string, number | null>();
  for (const lane of doc.lanes.filter((l) => l.kind === 'metrics')) {
    metrics.set(key(lane.name), stage ? average(doc.metricValues.filter((m) => m.laneId === lane.id && m.stageId === stage.id).map((m) => m.value)) : null);
  }
  return { emotions, metrics };
}

/**
 * What changed between two maps, for a person: stage by stage (cards added, removed, changed,
 * moved; each curve's average emotion and each metric before and after), lanes added, removed
 * or renamed, and the full change list. Works for two versions of one map and for an as-is
 * map against its to-be map.
 */
export function compareJourneys(original: JourneyDocument, after: JourneyDocument): JourneyComparison {
  const before = alignIds(original, after);
  const changes = diffJourneys(before, after);
  const cardStage = new Map([...before.cards, ...after.cards].map((c) => [c.id, c.stageId]));
  const stagePairs = pair(before.stages, after.stages);
  const stages = stagePairs.map(([was, now]): StageComparison => {
    const ids = new Set([was?.id, now?.id].filter((id): id is string => id !== undefined));
    const cards = { added: 0, removed: 0, changed: 0, moved: 0 };
    for (const change of changes) if (change.table === 'cards' && ids.has(cardStage.get(change.id) ?? '')) cards[cardChangeKind(change)] += 1;
    const [numbersBefore, numbersAfter] = [stageNumbers(before, was), stageNumbers(after, now)];
    const curves = [...new Set([...before.emotionCurves, ...after.emotionCurves].map((c) => c.name))].filter((name, i, all) => all.findIndex((n) => key(n) === key(name)) === i);
    const metricLanes = [...before.lanes, ...after.lanes].filter((l) => l.kind === 'metrics').filter((l, i, all) => all.findIndex((m) => key(m.name) === key(l.name)) === i);
    return {
      name: (now ?? was)?.name ?? '',
      presence: presenceOf(was, now),
      ...(was && now && key(was.name) !== key(now.name) ? { previousName: was.name } : {}),
      cards,
      emotions: curves.map((curve) => ({ curve, before: numbersBefore.emotions.get(key(curve)) ?? null, after: numbersAfter.emotions.get(key(curve)) ?? null })),
      metrics: metricLanes.map((lane) => ({ lane: lane.name, ...(lane.unit ? { unit: lane.unit } : {}), before: numbersBefore.metrics.get(key(lane.name)) ?? null, after: numbersAfter.metrics.get(key(lane.name)) ?? null })),
    };
  });
  const lanes = pair(before.lanes, after.lanes).map(([was, now]) => ({
    name: (now ?? was)?.name ?? '',
    presence: presenceOf(was, now),
    ...(was && now && key(was.name) !== key(now.name) ? { previousName: was.name } : {}),
  }));
  return { stages, lanes, changes, before };
}
