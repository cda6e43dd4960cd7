import type { JourneyDocument } from '../document/schema';
import { sortByOrder } from '../document/order';
import { sameRecord } from '../document/same-record';

const key = (text: string) => text.normalize('NFC').trim().toLocaleLowerCase();

/**
 * Old id -> new id for records of `before` that `after` lacks by id but has by name (two maps
 * made apart, such as an as-is map and a to-be map drawn from the same template). Records
 * that keep their id (a version, or a copy) pair by id and are not listed.
 */
function renames<B extends { id: string }, A extends { id: string }>(before: readonly B[], after: readonly A[], name: (r: B) => string, afterName: (r: A) => string = name as unknown as (r: A) => string): Map<string, string> {
  const afterIds = new Set(after.map((r) => r.id));
  const beforeIds = new Set(before.map((r) => r.id));
  const free = new Map<string, A[]>();
  for (const record of after) {
    if (beforeIds.has(record.id)) continue;
    const named = afterName(record);
    const list = free.get(named);
    if (list) list.push(record);
    else free.set(named, [record]);
  }
  const map = new Map<string, string>();
  for (const record of before) {
    if (afterIds.has(record.id)) continue;
    const match = free.get(name(record))?.shift();
    if (match) map.set(record.id, match.id);
  }
  return map;
}

/** `renames`, then records still unpaired at the same place in both maps' order pair too (a stage renamed in one map). */
function renamesOrPlace<T extends { id: string; order: string }>(before: readonly T[], after: readonly T[], name: (r: T) => string): Map<string, string> {
  const map = renames(before, after, name);
  const [sortedBefore, sortedAfter] = [sortByOrder(before), sortByOrder(after)];
  const afterIds = new Set(after.map((r) => r.id));
  const beforeIds = new Set(before.map((r) => r.id));
  const taken = new Set(map.values());
  sortedBefore.forEach((record, i) => {
    const other = sortedAfter[i];
    if (!other || afterIds.has(record.id) || map.has(record.id) || beforeIds.has(other.id) || taken.has(other.id)) return;
    map.set(record.id, other.id);
    taken.add(other.id);
  });
  return map;
}

/**
 * `before` with its ids replaced by those of the records `after` has in their place, so a
 * comparison of two maps made apart lists what really differs instead of every record as
 * removed and added again: stages, lanes and curves pair by name, steps by stage and name,
 * cards by place and text, emotion points and metric values by the slot they fill. For a
 * version of the same map every id already pairs, and `before` comes back unchanged.
 */
export function alignIds(before: JourneyDocument, after: JourneyDocument): JourneyDocument {
  const id = (map: Map<string, string>, value: string) => map.get(value) ?? value;
  const ids = (map: Map<string, string>, values: readonly string[] | undefined) => (values ? values.map((v) => id(map, v)) : undefined);
  const stages = renamesOrPlace(before.stages, after.stages, (s) => key(s.name));
  const lanes = renamesOrPlace(before.lanes, after.lanes, (l) => `${l.kind}/${key(l.name)}`);
  const channels = renames(before.channels, after.channels, (c) => key(c.name));
  const assets = renames(before.assets, after.assets, (a) => `${a.mimeType}/${a.data}`);
  const personas = renames(before.personas, after.personas, (p) => key(p.name));
  const curves = renames(before.emotionCurves, after.emotionCurves, (c) => key(c.name));
  const steps = renames(before.steps, after.steps, (s) => `${id(stages, s.stageId)}/${key(s.name)}`, (s) => `${s.stageId}/${key(s.name)}`);
  // Keys of a record of the map before, in the other map's ids: computed without copying records, so a version compared with its map costs little.
  const at = (r: { stageId: string; stepId?: string | undefined }) => `${id(stages, r.stageId)}/${r.stepId === undefined ? '' : id(steps, r.stepId)}`;
  const atAfter = (r: { stageId: string; stepId?: string | undefined }) => `${r.stageId}/${r.stepId ?? ''}`;
  const cardIds = renames(before.cards, after.cards, (c) => `${at(c)}/${id(lanes, c.laneId)}/${key(c.text)}`, (c) => `${atAfter(c)}/${c.laneId}/${key(c.text)}`);
  const pointIds = renames(before.emotionPoints, after.emotionPoints, (p) => `${id(curves, p.curveId)}/${at(p)}`, (p) => `${p.curveId}/${atAfter(p)}`);
  const valueIds = renames(before.metricValues, after.metricValues, (m) => `${id(lanes, m.laneId)}/${at(m)}`, (m) => `${m.laneId}/${atAfter(m)}`);
  if ([stages, lanes, channels, assets, personas, curves, steps, cardIds, pointIds, valueIds].every((m) => m.size === 0)) return before;
  const placed = <T extends { stageId: string; stepId?: string | undefined }>(record: T): T => {
    const { stepId, ...rest } = record;
    return { ...rest, stageId: id(stages, record.stageId), ...(stepId === undefined ? {} : { stepId: id(steps, stepId) }) } as T;
  };
  const cardsPlaced = before.cards.map((c) => ({ ...placed(c), laneId: id(lanes, c.laneId), ...(c.channelId ? { channelId: id(channels, c.channelId) } : {}), ...(c.imageId ? { imageId: id(assets, c.imageId) } : {}) }));
  const points = before.emotionPoints.map((p) => ({ ...placed(p), curveId: id(curves, p.curveId) }));
  const values = before.metricValues.map((m) => ({ ...placed(m), laneId: id(lanes, m.laneId) }));
  const afterCards = new Map(after.cards.map((c) => [c.id, c]));
  const withoutIds = (list: readonly { id: string }[] | undefined) => list?.map(({ id: _id, ...rest }) => rest);
  /** Evidence the same but for its entries' ids takes the other map's ids: the same quote is not a change. */
  const evidence = (card: (typeof cardsPlaced)[number], newId: string) => {
    const other = afterCards.get(newId)?.evidence;
    return other && card.evidence && sameRecord(withoutIds(other), withoutIds(card.evidence)) ? { evidence: other } : {};
  };
  const personaIds = ids(personas, before.journey.personaIds);
  return {
    ...before,
    journey: { ...before.journey, ...(personaIds ? { personaIds } : {}) },
    stages: before.stages.map((s) => ({ ...s, id: id(stages, s.id) })),
    steps: before.steps.map((s) => ({ ...s, id: id(steps, s.id), stageId: id(stages, s.stageId) })),
    lanes: before.lanes.map((l) => ({ ...l, id: id(lanes, l.id) })),
    channels: before.channels.map((c) => ({ ...c, id: id(channels, c.id) })),
    assets: before.assets.map((a) => ({ ...a, id: id(assets, a.id) })),
    personas: before.personas.map((p) => ({ ...p, id: id(personas, p.id), ...(p.photoId ? { photoId: id(assets, p.photoId) } : {}) })),
    cards: cardsPlaced.map((c) => {
      const newId = id(cardIds, c.id);
      const links = ids(cardIds, c.links);
      return { ...c, id: newId, ...(links ? { links } : {}), ...evidence(c, newId) };
    }),
    emotionCurves: before.emotionCurves.map((c) => ({ ...c, id: id(curves, c.id), laneId: id(lanes, c.laneId), ...(c.personaId ? { personaId: id(personas, c.personaId) } : {}) })),
    emotionPoints: points.map((p) => ({ ...p, id: id(pointIds, p.id) })),
    metricValues: values.map((m) => ({ ...m, id: id(valueIds, m.id) })),
    views: before.views.map((v) => {
      const [laneIds, viewPersonas, channelIds] = [ids(lanes, v.laneIds), ids(personas, v.personaIds), ids(channels, v.channelIds)];
      return {
        ...v,
        ...(laneIds ? { laneIds } : {}), ...(viewPersonas ? { personaIds: viewPersonas } : {}), ...(channelIds ? { channelIds } : {}),
        ...(v.fromStageId ? { fromStageId: id(stages, v.fromStageId) } : {}),
        ...(v.toStageId ? { toStageId: id(stages, v.toStageId) } : {}),
      };
    }),
  };
}
