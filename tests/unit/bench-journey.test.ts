import { describe, expect, it } from 'vitest';
import { parseJourneyText } from '../../shared/document/parse';
import { serializeJourney } from '../../shared/document/serialize';
import { generateJourney } from '../bench/generate-journey';

describe('benchmark journeys', () => {
  it('are valid journeys with exactly the cards asked for, 12 stages, 10 lanes and an emotion curve', () => {
    const doc = generateJourney({ cards: 1_234, seed: 1 });
    expect(doc.cards).toHaveLength(1_234);
    expect(doc.stages).toHaveLength(12);
    expect(doc.lanes).toHaveLength(10);
    expect(doc.emotionPoints).toHaveLength(12);
    expect(parseJourneyText(serializeJourney(doc))).toEqual(doc);
  });

  it('are the same for the same seed and differ for another', () => {
    const text = (seed: number) => serializeJourney(generateJourney({ cards: 300, seed }));
    expect(text(5)).toBe(text(5));
    expect(text(5)).not.toBe(text(6));
  });

  it('have card text of realistic lengths: mostly short, some paragraphs', () => {
    const lengths = generateJourney({ cards: 2_000, seed: 3 }).cards.map((c) => c.text.length).sort((a, b) => a - b);
    expect(lengths[0]).toBeGreaterThan(10);
    expect(lengths[1_000]).toBeGreaterThan(30);
    expect(lengths[1_000]).toBeLessThan(150);
    expect(lengths.at(-1)).toBeGreaterThan(200);
  });
});
