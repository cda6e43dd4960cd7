import { EMOTION_MAX, EMOTION_MIN } from '../document/limits';
import { compareOrder, sortByOrder } from '../document/order';
import type { EmotionCurve, EmotionPoint, JourneyDocument } from '../document/schema';
import { columnKey, computeColumns } from '../layout/columns';
import { MERMAID_SCORE_MAX, MERMAID_SCORE_MIN } from './mermaid-parse';

/**
 * Emotion -2..+2 maps to Mermaid's score 1..5 as score = round(emotion) + 3 (and back as
 * emotion = score - 3): -2 → 1, -1 → 2, 0 → 3, +1 → 4, +2 → 5.
 */
export const emotionToScore = (value: number): number =>
  Math.min(MERMAID_SCORE_MAX, Math.max(MERMAID_SCORE_MIN, Math.round(value) + 3));
export const scoreToEmotion = (score: number): number => Math.min(EMOTION_MAX, Math.max(EMOTION_MIN, score - 3));

/** A task with no emotion at its column scores as neutral. */
const NEUTRAL_SCORE = 3;

/**
 * Mermaid's grammar gives `:` (except in the title) `;` `#` and line breaks a meaning inside names: they become their
 * full-width look-alikes (and breaks spaces), and a name that would read as a keyword gets a
 * zero-width space in front. The only text Mermaid cannot carry exactly.
 */
export function mermaidText(text: string, colonAllowed = false): string {
  const safe = text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/;/g, '；').replace(/#/g, '＃').replace(/^%%/, '％%').trim();
  const flat = colonAllowed ? safe : safe.replace(/:/g, '：');
  return /^(title|section|accTitle|accDescr|journey)(\s|$|:|\{)/.test(flat) ? `\u200B${flat}` : flat;
}

/** Who a curve's scores belong to: its persona, else the curve's own name (else its lane's). */
function curveActors(doc: JourneyDocument, curves: readonly EmotionCurve[]): Map<string, string> {
  const personaNames = new Map(doc.personas.map((p) => [p.id, p.name]));
  const laneNames = new Map(doc.lanes.map((l) => [l.id, l.name]));
  const taken = new Set<string>();
  return new Map(curves.map((curve) => {
    const name = (curve.personaId ? personaNames.get(curve.personaId) : undefined) ?? (curve.name || laneNames.get(curve.laneId) || '-');
    const base = mermaidText(name).replace(/,/g, '，') || '-';
    let actor = base;
    for (let n = 2; taken.has(actor); n += 1) actor = `${base} (${n})`;
    taken.add(actor);
    return [curve.id, actor];
  }));
}

/**
 * A Mermaid `journey`, which holds sections, tasks with one score each, and actors: a section
 * per stage; a task per card in the actions lanes (in map order), scored from the first emotion
 * curve at the card's column and labelled with that curve's actor (its persona, else its name);
 * and every other curve as a task per column where it has a point, named like its actor and
 * labelled with it (import reads such a task as a score, not a card), so each curve imports
 * back as its actor's and no card is added. A
 * stage without actions carries the first curve the same way. A card at a column the first
 * curve has no point at scores neutral, with no actor.
 */
export function journeyToMermaid(doc: JourneyDocument, fallbackTitle: string): string {
  const { stages, columns } = computeColumns(doc);
  const lanes = sortByOrder(doc.lanes);
  const actionLanes = new Set(lanes.filter((l) => l.kind === 'actions').map((l) => l.id));
  const laneRank = new Map(lanes.map((l, i) => [l.id, i]));
  const curves = lanes.filter((l) => l.kind === 'emotions').flatMap((l) => doc.emotionCurves.filter((c) => c.laneId === l.id));
  const actors = curveActors(doc, curves);
  const pointsOf = new Map(curves.map((curve) => [curve.id, new Map(doc.emotionPoints.filter((p) => p.curveId === curve.id).map((p) => [columnKey(p.stageId, p.stepId), p]))]));
  const [primary, ...others] = curves;
  const primaryPoints = pointsOf.get(primary?.id ?? '') ?? new Map<string, EmotionPoint>();
  const lines = ['journey', `  title ${mermaidText(doc.journey.title || fallbackTitle, true)}`];
  const curveTasks = (curve: EmotionCurve, stageId: string): string[] => columns.filter((c) => c.stageId === stageId).flatMap((column) => {
    const point = pointsOf.get(curve.id)?.get(columnKey(column.stageId, column.stepId));
    if (!point) return [];
    const actor = actors.get(curve.id) ?? '-';
    return [`    ${actor}: ${emotionToScore(point.value)}: ${actor}`];
  });
  for (const stage of stages) {
    lines.push(`  section ${mermaidText(stage.name) || '-'}`);
    const columnRank = new Map(stage.steps.map((s, i) => [s.id, i]));
    const cards = doc.cards
      .filter((c) => c.stageId === stage.id && actionLanes.has(c.laneId) && mermaidText(c.text) !== '')
      .sort(compareOrder)
      .sort((a, b) => (columnRank.get(a.stepId ?? '') ?? 0) - (columnRank.get(b.stepId ?? '') ?? 0) || (laneRank.get(a.laneId) ?? 0) - (laneRank.get(b.laneId) ?? 0));
    for (const card of cards) {
      const point = primaryPoints.get(columnKey(card.stageId, card.stepId)) ?? primaryPoints.get(columnKey(card.stageId, undefined));
      const actor = primary && point ? `: ${actors.get(primary.id) ?? '-'}` : '';
      lines.push(`    ${mermaidText(card.text)}: ${point ? emotionToScore(point.value) : NEUTRAL_SCORE}${actor}`);
    }
    if (primary && cards.length === 0) lines.push(...curveTasks(primary, stage.id));
    for (const curve of others) lines.push(...curveTasks(curve, stage.id));
  }
  return `${lines.join('\n')}\n`;
}
