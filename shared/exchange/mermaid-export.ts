import { EMOTION_MAX, EMOTION_MIN } from '../document/limits';
import { compareOrder, sortByOrder } from '../document/order';
import type { JourneyDocument } from '../document/schema';
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

/**
 * A Mermaid `journey`: a section per stage, a task per card in the actions lanes (in map
 * order), each scored from the first emotion curve at the card's column; the journey's
 * personas are the actors.
 */
export function journeyToMermaid(doc: JourneyDocument, fallbackTitle: string): string {
  const { stages } = computeColumns(doc);
  const actionLanes = new Set(sortByOrder(doc.lanes).filter((l) => l.kind === 'actions').map((l) => l.id));
  const laneRank = new Map(sortByOrder(doc.lanes).map((l, i) => [l.id, i]));
  const emotionLane = sortByOrder(doc.lanes).find((l) => l.kind === 'emotions' && doc.emotionCurves.some((c) => c.laneId === l.id));
  const curve = doc.emotionCurves.find((c) => c.laneId === emotionLane?.id);
  const points = new Map(doc.emotionPoints.filter((p) => p.curveId === curve?.id).map((p) => [columnKey(p.stageId, p.stepId), p.value]));
  const personaNames = new Map(doc.personas.map((p) => [p.id, p.name]));
  const actors = (doc.journey.personaIds ?? doc.personas.map((p) => p.id))
    .map((id) => mermaidText(personaNames.get(id) ?? '').replace(/,/g, '，'))
    .filter((a) => a !== '');
  const lines = ['journey', `  title ${mermaidText(doc.journey.title || fallbackTitle, true)}`];
  for (const stage of stages) {
    lines.push(`  section ${mermaidText(stage.name) || '-'}`);
    const columnRank = new Map(stage.steps.map((s, i) => [s.id, i]));
    const cards = doc.cards
      .filter((c) => c.stageId === stage.id && actionLanes.has(c.laneId) && mermaidText(c.text) !== '')
      .sort(compareOrder)
      .sort((a, b) => (columnRank.get(a.stepId ?? '') ?? 0) - (columnRank.get(b.stepId ?? '') ?? 0) || (laneRank.get(a.laneId) ?? 0) - (laneRank.get(b.laneId) ?? 0));
    for (const card of cards) {
      const value = points.get(columnKey(card.stageId, card.stepId)) ?? points.get(columnKey(card.stageId, undefined));
      const score = value === undefined ? NEUTRAL_SCORE : emotionToScore(value);
      lines.push(`    ${mermaidText(card.text)}: ${score}${actors.length > 0 ? `: ${actors.join(', ')}` : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
