import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJourneyText } from '../../shared/document/parse';
import { serializeJourney } from '../../shared/document/serialize';

import { currentFixtureText } from '../helpers/fixtures';

const fixture = currentFixtureText();

describe('serializeJourney', () => {
  it('writes a parsed file back byte for byte', () => {
    expect(serializeJourney(parseJourneyText(fixture))).toBe(fixture);
  });

  it('is pretty-printed, one field per line, ending in a newline', () => {
    const text = serializeJourney(parseJourneyText(fixture));
    expect(text.split('\n')[1]).toBe('  "format": "waymark.journey",');
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('gives the same bytes whatever order records and keys arrive in', () => {
    const doc = parseJourneyText(fixture);
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 4, maxLength: 4 }), (seeds) => {
        const shuffle = <T>(list: T[], seed: number) => [...list].sort((a, b) => ((JSON.stringify(a).length * 31 + seed) % 7) - ((JSON.stringify(b).length * 17 + seed) % 5));
        const reversedKeys = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).reverse()) as T;
        const scrambled = {
          ...reversedKeys(doc),
          stages: shuffle(doc.stages, seeds[0]!).map(reversedKeys),
          lanes: shuffle(doc.lanes, seeds[1]!).map(reversedKeys),
          cards: shuffle(doc.cards, seeds[2]!).map(reversedKeys),
          emotionPoints: shuffle(doc.emotionPoints, seeds[3]!).map(reversedKeys),
          steps: shuffle(doc.steps, seeds[0]!).map(reversedKeys),
          metricValues: shuffle(doc.metricValues, seeds[1]!).map(reversedKeys),
          channels: shuffle(doc.channels, seeds[2]!).map(reversedKeys),
        };
        expect(serializeJourney(scrambled)).toBe(fixture);
      }),
      { numRuns: 50 },
    );
  });

  it('keeps text in every language exactly, including emoji and combining forms as typed', () => {
    const doc = parseJourneyText(fixture);
    const text = 'Καλημέρα · Zażółć gęślą jaźń · șțăâî · åäö · 🚲👍 · Ωmega';
    doc.cards[0]!.text = text;
    expect(parseJourneyText(serializeJourney(doc)).cards.find((c) => c.id === doc.cards[0]!.id)?.text).toBe(text);
  });
});
