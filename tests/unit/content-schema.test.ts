import { describe, expect, it } from 'vitest';
import { JourneyFileError } from '../../shared/document/errors';
import { LIMITS } from '../../shared/document/limits';
import { parseJourneyText, validateJourney } from '../../shared/document/parse';
import type { JourneyDocument } from '../../shared/document/schema';
import { currentFixtureText } from '../helpers/fixtures';

const fixture = (): JourneyDocument => parseJourneyText(currentFixtureText());
function whereRefused(mutate: (doc: JourneyDocument) => void): string | undefined {
  const doc = fixture();
  mutate(doc);
  try {
    validateJourney(doc);
  } catch (error) {
    if (error instanceof JourneyFileError) return error.where;
    throw error;
  }
  return 'accepted';
}
const long = (n: number) => 'x'.repeat(n + 1);
const persona = (d: JourneyDocument) => d.personas[0]!;
const touchpoint = (d: JourneyDocument) => d.cards.find((c) => c.id === 'card-touchpoints-1')!;

describe('content records and their limits', () => {
  it.each([
    ['a persona name', (d: JourneyDocument) => { persona(d).name = long(LIMITS.nameLength); }, 'personas[0].name'],
    ['a persona quote', (d: JourneyDocument) => { persona(d).quote = long(LIMITS.labelLength); }, 'personas[0].quote'],
    ['persona goals', (d: JourneyDocument) => { persona(d).goals = long(LIMITS.notesLength); }, 'personas[0].goals'],
    ['persona key tasks', (d: JourneyDocument) => { persona(d).keyTasks = long(LIMITS.notesLength); }, 'personas[0].keyTasks'],
    ['an unknown field on a persona', (d: JourneyDocument) => { (persona(d) as Record<string, unknown>)['age'] = 34; }, 'personas[0]'],
    ['an image that is not png, jpeg or webp', (d: JourneyDocument) => { (d.assets[0] as { mimeType: string }).mimeType = 'image/svg+xml'; }, 'assets[0].mimeType'],
    ['an image over the size limit', (d: JourneyDocument) => { d.assets[0]!.data = 'A'.repeat(LIMITS.assetBase64Length + 4); }, 'assets[0].data'],
    ['an image wider than 4096 px', (d: JourneyDocument) => { d.assets[0]!.width = 4097; }, 'assets[0].width'],
    ['a channel name', (d: JourneyDocument) => { d.channels[0]!.name = long(LIMITS.nameLength); }, 'channels[0].name'],
    ['a touchpoint on a missing channel', (d: JourneyDocument) => { touchpoint(d).channelId = 'ch-fax'; }, expect.stringMatching(/^cards\[\d+\]\.channelId$/)],
    ['a mode other than online or offline', (d: JourneyDocument) => { (touchpoint(d) as { mode: string }).mode = 'hybrid'; }, expect.stringMatching(/^cards\[\d+\]\.mode$/)],
    ['an importance of 0', (d: JourneyDocument) => { touchpoint(d).importance = 0; }, expect.stringMatching(/^cards\[\d+\]\.importance$/)],
    ['a severity of 2.5', (d: JourneyDocument) => { d.cards[0]!.severity = 2.5; }, 'cards[0].severity'],
    ['an unknown opportunity status', (d: JourneyDocument) => { (d.cards[0] as { status: string }).status = 'blocked'; }, 'cards[0].status'],
    ['an unknown priority', (d: JourneyDocument) => { (d.cards[0] as { priority: string }).priority = 'urgent'; }, 'cards[0].priority'],
    ['more links than a card may have', (d: JourneyDocument) => { d.cards[0]!.links = Array.from({ length: LIMITS.linksPerCard + 1 }, () => d.cards[1]!.id); }, 'cards[0].links'],
    ['evidence of an unknown kind', (d: JourneyDocument) => { d.cards[0]!.evidence = [{ id: 'e1', kind: 'video' as 'note', text: 'x' }]; }, 'cards[0].evidence[0].kind'],
    ['evidence text over the limit', (d: JourneyDocument) => { d.cards[0]!.evidence = [{ id: 'e1', kind: 'note', text: long(LIMITS.cardTextLength) }]; }, 'cards[0].evidence[0].text'],
    ['an evidence date that is not a date', (d: JourneyDocument) => { d.cards[0]!.evidence = [{ id: 'e1', kind: 'quote', text: 'q', date: 'last May' }]; }, 'cards[0].evidence[0].date'],
    ['more evidence than a card may carry', (d: JourneyDocument) => { d.cards[0]!.evidence = Array.from({ length: LIMITS.evidencePerCard + 1 }, (_, i) => ({ id: `e${i}`, kind: 'note' as const, text: 'n' })); }, 'cards[0].evidence'],
    ['a confidence other than observed or assumed', (d: JourneyDocument) => { (d.cards[0] as { confidence: string }).confidence = 'guessed'; }, 'cards[0].confidence'],
    ['a metric beyond the file’s range', (d: JourneyDocument) => { d.metricValues[0]!.value = 1e13; }, 'metricValues[0].value'],
    ['a metric unit over 20 characters', (d: JourneyDocument) => { d.lanes.find((l) => l.kind === 'metrics')!.unit = long(20); }, expect.stringMatching(/^lanes\[\d+\]\.unit$/)],
    ['an unknown map type', (d: JourneyDocument) => { (d.journey as { mapType: string }).mapType = 'swimlane'; }, 'journey.mapType'],
    ['an unknown goal type', (d: JourneyDocument) => { (d.journey as { goalType: string }).goalType = 'lead'; }, 'journey.goalType'],
    ['a market other than B2B or B2C', (d: JourneyDocument) => { (d.journey as { market: string }).market = 'b2g'; }, 'journey.market'],
    ['an unknown map status', (d: JourneyDocument) => { (d.journey as { status: string }).status = 'published'; }, 'journey.status'],
    ['a last review that is not a date', (d: JourneyDocument) => { d.journey.lastReviewed = '30/09/2026'; }, 'journey.lastReviewed'],
    ['an active persona that is not in the library', (d: JourneyDocument) => { d.journey.personaIds = ['nobody']; }, 'journey.personaIds[0]'],
    ['a curve for a missing persona', (d: JourneyDocument) => { d.emotionCurves[0]!.personaId = 'nobody'; }, 'emotionCurves[0].personaId'],
    ['a storyboard image that is not stored', (d: JourneyDocument) => { d.cards[0]!.imageId = 'missing'; }, 'cards[0].imageId'],
  ])('refuses %s, naming where', (_name, mutate, where) => {
    expect(whereRefused(mutate)).toEqual(where);
  });

  it('refuses more personas, channels and images than a journey may hold', () => {
    expect(whereRefused((d) => { d.personas = Array.from({ length: LIMITS.personas + 1 }, (_, i) => ({ id: `p${i}`, name: 'P' })); d.journey.personaIds = []; d.emotionCurves.forEach((c) => delete c.personaId); d.views.forEach((v) => delete v.personaIds); })).toBe('personas');
    expect(whereRefused((d) => { d.channels = Array.from({ length: LIMITS.channels + 1 }, (_, i) => ({ id: `c${i}`, name: 'C', order: 'a0' })); d.cards.forEach((c) => delete c.channelId); d.views.forEach((v) => delete v.channelIds); })).toBe('channels');
    expect(whereRefused((d) => { d.assets = Array.from({ length: LIMITS.assets + 1 }, (_, i) => ({ ...d.assets[0]!, id: `a${i}` })); })).toBe('assets');
  });

  it('accepts every field at its limit', () => {
    expect(whereRefused((d) => {
      Object.assign(persona(d), { name: 'n'.repeat(LIMITS.nameLength), quote: 'q'.repeat(LIMITS.labelLength), frustrations: 'f'.repeat(LIMITS.notesLength) });
      Object.assign(touchpoint(d), { impact: 5, importance: 1, team: 't'.repeat(LIMITS.nameLength) });
      d.cards[0]!.evidence = Array.from({ length: LIMITS.evidencePerCard }, (_, i) => ({ id: `e${i}`, kind: 'quote' as const, text: 'x', source: 's'.repeat(LIMITS.nameLength), date: '2026-02-28' }));
      d.metricValues[0]!.value = -1e12;
    })).toBe('accepted');
  });
});
