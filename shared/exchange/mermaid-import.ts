import { newId } from '../document/ids';
import { firstKeys } from '../document/order';
import { CURRENT_FORMAT_VERSION, FORMAT_NAME, validateJourneyShape } from './validate-shape';
import { said, sayIssue, sayWhere, type Say } from './issue-text';
import type { ImportIssue, ImportResult } from './journey-from-rows';
import { scoreToEmotion } from './mermaid-export';
import { MermaidSyntaxError, parseMermaidJourney, type MermaidJourney } from './mermaid-parse';

export interface MermaidLabels { actions: string; emotions: string; unnamedSection: string; everyone: string }

/** Okabe-Ito colours for one curve per actor. */
const CURVE_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/**
 * A Mermaid journey as a map: a stage per section, a card per task in an Actions lane (but a
 * task named like its only actor, which is just that actor's score), a persona per actor with a curve of that actor's scores (mean per section, emotion = score
 * - 3). Tasks without actors share one curve. Where a section's scores differ, the preview
 * says they were averaged.
 */
export function mermaidToJourney(source: string, fallbackTitle: string, labels: MermaidLabels, t: Say): ImportResult {
  let parsed: MermaidJourney;
  try {
    parsed = parseMermaidJourney(source);
  } catch (error) {
    if (error instanceof MermaidSyntaxError) return { document: null, issues: [{ where: sayWhere(t, said('line', { line: error.line })), message: sayIssue(t, error.said) }], notes: [] };
    throw error;
  }
  const notes: ImportIssue[] = [];
  const stageKeys = firstKeys(parsed.sections.length);
  const stages = parsed.sections.map((s, i) => ({ id: newId(), name: s.name ?? labels.unnamedSection, order: stageKeys[i] ?? 'a0' }));
  const [actionsOrder = 'a0', emotionsOrder = 'a1'] = firstKeys(2);
  const actions = { id: newId(), kind: 'actions' as const, name: labels.actions, order: actionsOrder };
  const emotions = { id: newId(), kind: 'emotions' as const, name: labels.emotions, order: emotionsOrder };
  const sections = parsed.sections.map((section, i) => ({ section, stage: stages[i] ?? { id: '', name: '' } }));
  const cards = sections.flatMap(({ section, stage }) => {
    // A task named like its only actor is that actor's score (Waymark writes a curve so), not a card.
    const tasks = section.tasks.filter((task) => !(task.actors.length === 1 && task.actors[0] === task.name));
    const keys = firstKeys(tasks.length);
    return tasks.map((task, j) => ({ id: newId(), stageId: stage.id, laneId: actions.id, order: keys[j] ?? 'a0', text: task.name }));
  });
  const actorNames = [...new Set(parsed.sections.flatMap((s) => s.tasks.flatMap((t) => t.actors)))];
  const personas = actorNames.map((name) => ({ id: newId(), name }));
  const personaOf = new Map(personas.map((p) => [p.name, p.id]));
  const hasUnassigned = parsed.sections.some((s) => s.tasks.some((t) => t.actors.length === 0));
  const curveOwners: (string | null)[] = [...(hasUnassigned || actorNames.length === 0 ? [null] : []), ...actorNames];
  const emotionCurves = curveOwners.map((actor, i) => ({
    id: newId(), laneId: emotions.id, name: actor ?? labels.everyone, style: 'solid' as const, colour: CURVE_COLOURS[i % CURVE_COLOURS.length] ?? '#0072B2',
    ...(actor === null ? {} : { personaId: personaOf.get(actor) ?? '' }),
  }));
  const emotionPoints = sections.flatMap(({ section, stage }) => emotionCurves.flatMap((curve, c) => {
    const actor = curveOwners[c] ?? null;
    const scores = section.tasks.filter((t) => (actor === null ? t.actors.length === 0 : t.actors.includes(actor))).map((t) => t.score);
    if (scores.length === 0) return [];
    if (new Set(scores).size > 1) {
      notes.push({ where: sayWhere(t, said('line', { line: section.line })), message: sayIssue(t, said('averaged', { curve: curve.name, scores: scores.join(', '), stage: stage.name })) });
    }
    return [{ id: newId(), curveId: curve.id, stageId: stage.id, value: scoreToEmotion(Math.round(mean(scores) * 100) / 100) }];
  }));
  const document = validateJourneyShape(t, {
    format: FORMAT_NAME, formatVersion: CURRENT_FORMAT_VERSION, minReaderVersion: CURRENT_FORMAT_VERSION,
    journey: { title: parsed.title ?? parsed.accTitle ?? fallbackTitle, description: parsed.accDescription ?? '', goal: '', ...(personas.length ? { personaIds: personas.map((p) => p.id) } : {}) },
    stages, steps: [], lanes: [actions, emotions], channels: [], cards, emotionCurves, emotionPoints, metricValues: [], personas, views: [], assets: [], workshops: [],
  });
  return document.ok ? { document: document.value, issues: [], notes } : { document: null, issues: document.issues, notes };
}
