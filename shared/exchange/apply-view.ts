import { sortByOrder } from '../document/order';
import type { Card, JourneyDocument, JourneyView, LaneKind } from '../document/schema';

const RATED: ReadonlySet<LaneKind> = new Set(['touchpoints']);

/** The view named by id, or else by name (names as users type them on the command line). */
export function findView(doc: JourneyDocument, idOrName: string): JourneyView | undefined {
  return doc.views.find((v) => v.id === idOrName) ?? doc.views.find((v) => v.name === idOrName);
}

function stagesInRange(doc: JourneyDocument, view: JourneyView): Set<string> {
  const ordered = sortByOrder(doc.stages).map((s) => s.id);
  const from = view.fromStageId ? ordered.indexOf(view.fromStageId) : 0;
  const to = view.toStageId ? ordered.indexOf(view.toStageId) : ordered.length - 1;
  const [start, end] = from <= to ? [from, to] : [to, from];
  return new Set(ordered.slice(Math.max(0, start), end + 1));
}

/**
 * A saved view applied to a journey, for export: its lanes (shown even if hidden on the map),
 * its stage range, cards with its tags, touchpoints on its channels and rated at least its
 * minimum, and the curves of its personas. The result is a valid journey of what remains.
 */
export function applyView(doc: JourneyDocument, view: JourneyView): JourneyDocument {
  const stageIds = stagesInRange(doc, view);
  const laneFilter = view.laneIds ? new Set(view.laneIds) : null;
  const lanes = doc.lanes.filter((l) => !laneFilter || laneFilter.has(l.id)).map((l) => (laneFilter && l.hidden ? { ...l, hidden: false } : l));
  const laneKind = new Map(lanes.map((l) => [l.id, l.kind]));
  const personaFilter = view.personaIds ? new Set(view.personaIds) : null;
  const tags = view.tags && view.tags.length > 0 ? new Set(view.tags) : null;
  const channels = view.channelIds ? new Set(view.channelIds) : null;
  const keepCard = (card: Card) => {
    const kind = laneKind.get(card.laneId);
    if (!kind || !stageIds.has(card.stageId)) return false;
    if (tags && !(card.tags ?? []).some((tag) => tags.has(tag))) return false;
    if (kind === 'touchpoints' && channels && !(card.channelId && channels.has(card.channelId))) return false;
    if (RATED.has(kind) && view.minRating !== undefined && Math.max(card.impact ?? 0, card.importance ?? 0) < view.minRating) return false;
    return true;
  };
  const cards = doc.cards.filter(keepCard);
  const cardIds = new Set(cards.map((c) => c.id));
  const curves = doc.emotionCurves.filter((c) => laneKind.has(c.laneId) && (!personaFilter || !c.personaId || personaFilter.has(c.personaId)));
  const curveIds = new Set(curves.map((c) => c.id));
  const personas = doc.personas.filter((p) => !personaFilter || personaFilter.has(p.id));
  const personaIds = new Set(personas.map((p) => p.id));
  const journey = { ...doc.journey };
  if (journey.personaIds) journey.personaIds = journey.personaIds.filter((id) => personaIds.has(id));
  return {
    ...doc,
    journey,
    stages: doc.stages.filter((s) => stageIds.has(s.id)),
    steps: doc.steps.filter((s) => stageIds.has(s.stageId)),
    lanes,
    cards: cards.map((c) => (c.links ? { ...c, links: c.links.filter((id) => cardIds.has(id)) } : c)),
    emotionCurves: curves,
    emotionPoints: doc.emotionPoints.filter((p) => curveIds.has(p.curveId) && stageIds.has(p.stageId)),
    metricValues: doc.metricValues.filter((m) => laneKind.has(m.laneId) && stageIds.has(m.stageId)),
    personas,
    views: [],
  };
}
