import { describe, expect, it } from 'vitest';
import { parseJourneyText, validateJourney } from '../../shared/document/parse';
import type { JourneyDocument } from '../../shared/document/schema';
import { serializeJourney } from '../../shared/document/serialize';
import { computeLayout } from '../../shared/layout/layout';
import { estimateLines } from '../../shared/layout/metrics';
import { markerKeys } from '../../shared/templates/instantiate';
import { createJourney, TEMPLATES, templateDocument, type TemplateId } from '../../shared/templates/templates';
import { englishT, journeyFrom } from '../helpers/journeys';

const names = (records: readonly { name: string }[]) => records.map((r) => r.name);
const allStrings = (doc: JourneyDocument) => JSON.stringify(doc).match(/"[^"]*"/g) ?? [];

describe('shipped templates', () => {
  it.each(TEMPLATES.map((t) => [t.id, t.files.default] as const))('%s is a valid journey file in canonical form', (_id, text) => {
    expect(serializeJourney(parseJourneyText(text))).toBe(text);
  });

  it.each(TEMPLATES.map((t) => t.id))('%s names only strings the app has, and a new map from it has none left unresolved', (id) => {
    for (const key of markerKeys(templateDocument(id))) expect(() => englishT(key)).not.toThrow();
    const doc = journeyFrom(id);
    expect(() => validateJourney(doc)).not.toThrow();
    expect(allStrings(doc).filter((s) => s.includes('i18n:'))).toEqual([]);
  });

  it('gives every new map fresh ids, with references intact', () => {
    const a = journeyFrom('retail');
    const b = journeyFrom('retail');
    expect(a.cards.map((c) => c.id)).not.toEqual(b.cards.map((c) => c.id));
    expect(a.cards.some((c) => c.id.startsWith('pain-'))).toBe(false);
    const linked = a.cards.filter((c) => c.links);
    expect(linked.length).toBeGreaterThan(0);
    const ids = new Set(a.cards.map((c) => c.id));
    expect(linked.flatMap((c) => c.links ?? []).every((id) => ids.has(id))).toBe(true);
  });

  it('lays out the stages practitioners use', () => {
    expect(names(journeyFrom('blank').stages)).toEqual(['Stage 1', 'Stage 2', 'Stage 3']);
    expect(names(journeyFrom('buyer5').stages)).toEqual(['Awareness', 'Consideration', 'Purchase', 'Retention', 'Advocacy']);
    expect(names(journeyFrom('journey8').stages)).toEqual(['Awareness', 'Consideration', 'Decision', 'Purchase', 'Onboarding', 'Usage', 'Retention', 'Advocacy']);
    expect(names(journeyFrom('beforeDuringAfter').stages)).toEqual(['Before', 'During', 'After']);
    expect(journeyFrom('buyer5').lanes.map((l) => l.kind)).toEqual(['actions', 'touchpoints', 'emotions', 'opportunities']);
    expect(names(journeyFrom('buyer5').channels)).toContain('Mobile app');
  });

  it.each([
    ['dayInTheLife', 'dayInTheLife'], ['futureState', 'futureState'], ['serviceBlueprint', 'serviceBlueprint'], ['banking', 'serviceBlueprint'],
  ] as const)('%s is a %s map', (id, mapType) => {
    expect(journeyFrom(id).journey.mapType).toBe(mapType);
  });

  it('draws the future state with today’s and the future curve in two styles', () => {
    const curves = journeyFrom('futureState').emotionCurves;
    expect(names(curves)).toEqual(['Today', 'Future']);
    expect(new Set(curves.map((c) => c.style)).size).toBe(2);
  });

  it.each(['serviceBlueprint', 'banking'] as const)('%s draws the lines of interaction, visibility and internal interaction', (id) => {
    const doc = journeyFrom(id);
    expect(doc.lanes.map((l) => l.kind)).toEqual(expect.arrayContaining(['frontstage', 'backstage', 'support', 'technologies', 'policies']));
    expect(computeLayout(doc, estimateLines).blueprintLines.map((l) => l.kind)).toEqual(['interaction', 'visibility', 'internalInteraction']);
  });
});

describe('worked examples', () => {
  const examples: TemplateId[] = ['retail', 'travel', 'banking'];

  it.each(examples)('%s has content in every lane at every stage', (id) => {
    const doc = journeyFrom(id);
    for (const lane of doc.lanes) {
      for (const stage of doc.stages) {
        const filled = lane.kind === 'emotions'
          ? doc.emotionCurves.filter((c) => c.laneId === lane.id).every((c) => doc.emotionPoints.some((p) => p.curveId === c.id && p.stageId === stage.id))
          : lane.kind === 'metrics'
            ? doc.metricValues.some((m) => m.laneId === lane.id && m.stageId === stage.id)
            : doc.cards.some((c) => c.laneId === lane.id && c.stageId === stage.id && c.text.trim() !== '');
        expect(filled, `${lane.name} at ${stage.name}`).toBe(true);
      }
    }
  });

  it.each(examples)('%s fills what consultants look for: personas, ratings, severities, an action plan, evidence', (id) => {
    const doc = journeyFrom(id);
    const kindOf = new Map(doc.lanes.map((l) => [l.id, l.kind]));
    const inKind = (kind: string) => doc.cards.filter((c) => kindOf.get(c.laneId) === kind);
    expect(doc.journey).toMatchObject({ goalType: expect.any(String), mapType: expect.any(String), market: 'b2c', owner: expect.any(String) });
    expect(doc.journey.personaIds?.length).toBeGreaterThan(0);
    for (const persona of doc.personas) expect(Object.keys(persona)).toEqual(expect.arrayContaining(['quote', 'demographics', 'goals', 'motivations', 'frustrations', 'keyTasks']));
    expect(doc.emotionCurves.every((c) => c.personaId)).toBe(true);
    expect(inKind('touchpoints').every((c) => c.channelId && c.mode && c.impact && c.importance)).toBe(true);
    expect(inKind('painPoints').every((c) => c.severity)).toBe(true);
    expect(inKind('opportunities').every((c) => c.owner && c.priority && c.status)).toBe(true);
    expect(inKind('opportunities').filter((c) => c.links).length).toBeGreaterThanOrEqual(3);
    expect(doc.cards.some((c) => c.confidence === 'assumed')).toBe(true);
    expect(doc.cards.filter((c) => c.evidence).length).toBeGreaterThanOrEqual(2);
  });
});

describe('a user’s own template', () => {
  it('keeps the words the user wrote, gets fresh ids and no review history', () => {
    const saved = journeyFrom('retail');
    saved.stages[0]!.name = 'i18n:stage.awareness';
    saved.journey.lastReviewed = '2026-01-01';
    saved.journey.nextReview = '2026-04-01';
    const doc = createJourney({ userTemplate: saved }, englishT);
    expect(doc.stages[0]!.name).toBe('i18n:stage.awareness');
    expect(doc.stages[0]!.id).not.toBe(saved.stages[0]!.id);
    expect(doc.journey).not.toHaveProperty('lastReviewed');
    expect(doc.journey).not.toHaveProperty('nextReview');
    expect(doc.cards.map((c) => c.text)).toEqual(saved.cards.map((c) => c.text));
  });
});
