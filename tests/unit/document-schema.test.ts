import { describe, expect, it } from 'vitest';
import { JourneyFileError } from '../../shared/document/errors';
import { LIMITS } from '../../shared/document/limits';
import { parseJourneyText, validateJourney } from '../../shared/document/parse';
import type { JourneyDocument } from '../../shared/document/schema';
import { journeyFrom } from '../helpers/journeys';

import { currentFixtureText } from '../helpers/fixtures';

const fixture = currentFixtureText();
const valid = (): JourneyDocument => parseJourneyText(fixture);

function problemOf(action: () => unknown): JourneyFileError {
  try {
    action();
  } catch (error) {
    if (error instanceof JourneyFileError) return error;
    throw error;
  }
  throw new Error('expected a JourneyFileError');
}

describe('journey schema', () => {
  it('accepts both templates and the frozen fixture', () => {
    expect(() => validateJourney(journeyFrom('blank'))).not.toThrow();
    expect(() => validateJourney(journeyFrom('buyer5'))).not.toThrow();
    expect(valid().cards).toHaveLength(18);
  });

  it.each([
    ['a title over the limit', (d: JourneyDocument) => { d.journey.title = 'x'.repeat(LIMITS.titleLength + 1); }, 'journey.title'],
    ['card text over the limit', (d: JourneyDocument) => { d.cards[0]!.text = 'x'.repeat(LIMITS.cardTextLength + 1); }, 'cards[0].text'],
    ['an id with a space', (d: JourneyDocument) => { d.stages[0]!.id = 'bad id'; }, 'stages[0].id'],
    ['a colour that is not hex', (d: JourneyDocument) => { d.cards[0]!.colour = 'red'; }, 'cards[0].colour'],
    ['an emotion above +2', (d: JourneyDocument) => { d.emotionPoints[0]!.value = 2.5; }, 'emotionPoints[0].value'],
    ['a non-finite emotion', (d: JourneyDocument) => { d.emotionPoints[0]!.value = Number.NaN; }, 'emotionPoints[0].value'],
    ['an unknown lane kind', (d: JourneyDocument) => { (d.lanes[0] as { kind: string }).kind = 'feelings'; }, 'lanes[0].kind'],
    ['a card in a missing stage', (d: JourneyDocument) => { d.cards[0]!.stageId = 'nowhere'; }, 'cards[0].stageId'],
    ['a duplicate card id', (d: JourneyDocument) => { d.cards[1]!.id = d.cards[0]!.id; }, 'cards[1].id'],
    ['a curve outside an emotions lane', (d: JourneyDocument) => { d.emotionCurves[0]!.laneId = 'lane-actions'; }, 'emotionCurves[0].laneId'],
    ['two points for one stage', (d: JourneyDocument) => { d.emotionPoints[1]!.stageId = d.emotionPoints[0]!.stageId; }, 'emotionPoints[1]'],
    ['a card without a step in a stage that has steps', (d: JourneyDocument) => { const c = d.cards.find((x) => x.stepId)!; delete c.stepId; d.cards = [c, ...d.cards.filter((x) => x !== c)]; }, 'cards[0].stepId'],
    ['a step of another stage', (d: JourneyDocument) => { d.cards[0]!.stepId = 'step-payment'; }, 'cards[0].stepId'],
    ['a link to a missing card', (d: JourneyDocument) => { d.cards[0]!.links = ['ghost']; }, 'cards[0].links[0]'],
    ['a rating of 6', (d: JourneyDocument) => { d.cards[0]!.impact = 6; }, 'cards[0].impact'],
    ['a persona photo that is not stored', (d: JourneyDocument) => { d.personas[0]!.photoId = 'nope'; }, 'personas[0].photoId'],
    ['a metric in a lane that is not a metrics lane', (d: JourneyDocument) => { d.metricValues[0]!.laneId = 'lane-actions'; }, 'metricValues[0].laneId'],
    ['a view of a missing lane', (d: JourneyDocument) => { d.views[0]!.laneIds = ['gone']; }, 'views[0].laneIds[0]'],
    ['an image that is not base64', (d: JourneyDocument) => { d.assets[0]!.data = 'not base64!'; }, 'assets[0].data'],
    ['a review date that is not a date', (d: JourneyDocument) => { d.journey.nextReview = 'next spring'; }, 'journey.nextReview'],
    ['an unexpected field', (d: JourneyDocument) => { (d.journey as Record<string, unknown>)['__proto__x'] = 1; }, 'journey'],
  ])('refuses %s, naming where', (_name, mutate, where) => {
    const doc = structuredClone(valid());
    mutate(doc);
    const error = problemOf(() => validateJourney(doc));
    expect(error.problem).toBe('invalid');
    expect(error.where).toBe(where);
  });

  it('refuses more cards than the limit', () => {
    const doc = valid();
    const card = doc.cards[0]!;
    doc.cards = Array.from({ length: LIMITS.cards + 1 }, (_, i) => ({ ...card, id: `c${i}` }));
    expect(problemOf(() => validateJourney(doc)).where).toBe('cards');
  });
});

describe('parseJourneyText', () => {
  it('names the line and column of a syntax error, and calls a cut file cut short', () => {
    const truncated = problemOf(() => parseJourneyText(fixture.slice(0, 300)));
    expect(truncated.problem).toBe('not-json');
    expect(truncated.message).toMatch(/cut short/);
    const broken = problemOf(() => parseJourneyText('{\n  "format": "waymark.journey",\n  oops\n}'));
    expect(broken.problem).toBe('not-json');
    expect(broken.where).toMatch(/^line 3, column \d+$/);
  });

  it('tells a non-journey JSON file apart from a broken journey', () => {
    expect(problemOf(() => parseJourneyText('[]')).problem).toBe('not-a-journey');
    expect(problemOf(() => parseJourneyText('{"name":"package"}')).problem).toBe('not-a-journey');
    expect(problemOf(() => parseJourneyText('null')).problem).toBe('not-a-journey');
  });

  it('refuses a file from a newer format with a typed error', () => {
    const newer = fixture.replace(/"formatVersion": \d+/, '"formatVersion": 7').replace(/"minReaderVersion": \d+/, '"minReaderVersion": 5');
    const error = problemOf(() => parseJourneyText(newer));
    expect(error.problem).toBe('newer-version');
    expect(error.message).toMatch(/needs a newer Waymark \(file format 7/);
  });

  it('reports a wrong field type with its path', () => {
    const wrong = fixture.replace('"value": 0.5', '"value": "happy"');
    expect(wrong).not.toBe(fixture);
    const error = problemOf(() => parseJourneyText(wrong));
    expect(error.problem).toBe('invalid');
    expect(error.where).toMatch(/^emotionPoints\[\d+\]\.value$/);
  });

  it('strips a byte order mark', () => {
    expect(parseJourneyText(`\uFEFF${fixture}`).journey.title).toBe('Bike sharing: first month');
  });
});
