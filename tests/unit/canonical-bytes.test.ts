import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalBytes } from '../../main/services/canonical-bytes';
import { LIMITS } from '../../shared/document/limits';
import { parseJourneyText, validateJourney } from '../../shared/document/parse';
import type { JourneyDocument } from '../../shared/document/schema';
import { serializeValidJourney } from '../../shared/document/serialize';
import { canonicalPieces } from '../../shared/document/serialize-chunks';
import { generateJourney } from '../bench/generate-journey';
import { currentFixtureText } from '../helpers/fixtures';
import { journeyFrom } from '../helpers/journeys';

/** Text of any UTF-16 units: astral letters, lone surrogates, controls, quotes and newlines. */
const anyText = fc.string({
  unit: fc.oneof(fc.constantFrom('a', 'é', 'ș', '“', '😀', '\ud800', '\udc00', '"', '\\', '\n', '\u2028'), fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code))),
  maxLength: 120,
});

const expected = (doc: JourneyDocument) => Buffer.from(serializeValidJourney(doc), 'utf8');

function bytesOf(doc: JourneyDocument): Buffer {
  const lent = canonicalBytes(doc);
  try {
    return Buffer.from(lent.bytes);
  } finally {
    lent.release();
  }
}

describe('canonical bytes', () => {
  it('are the UTF-8 of serializeValidJourney for the fixture, templates and generated maps of every size', () => {
    const docs = [parseJourneyText(currentFixtureText()), journeyFrom('blank'), journeyFrom('serviceBlueprint'), ...[0, 1, 63, 64, 65, 129, 2000].map((cards) => generateJourney({ cards, seed: cards + 3 }))];
    for (const doc of docs) {
      expect(bytesOf(doc).equals(expected(doc))).toBe(true);
      expect([...canonicalPieces(doc)].join('')).toBe(serializeValidJourney(doc));
    }
  });

  it('are the UTF-8 of serializeValidJourney whatever the text, records out of order included', () => {
    const base = generateJourney({ cards: 150, seed: 11 });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), anyText), { maxLength: 40 }), anyText, (edits, name) => {
        const doc = structuredClone(base);
        doc.journey.title = name.slice(0, 100) || 'x';
        for (const [at, text] of edits) {
          const card = doc.cards[at % doc.cards.length]!;
          card.text = text;
          doc.cards.push(doc.cards.splice(at % doc.cards.length, 1)[0]!);
        }
        const valid = validateJourney(doc);
        expect(bytesOf(valid).equals(expected(valid))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('lends a buffer no other save holds, and reuses it once it is returned', () => {
    const doc = generateJourney({ cards: 300, seed: 5 });
    const first = canonicalBytes(doc);
    const second = canonicalBytes(doc);
    expect(second.bytes.buffer).not.toBe(first.bytes.buffer);
    expect(second.bytes.equals(first.bytes)).toBe(true);
    first.release();
    first.release(); // a second release changes nothing
    const third = canonicalBytes(doc);
    expect(third.bytes.buffer).toBe(first.bytes.buffer);
    expect(third.bytes.buffer).not.toBe(second.bytes.buffer);
    second.release();
    third.release();
  });

  it('refuses a journey past the file limit with the size it would take', () => {
    const doc = generateJourney({ cards: 20, seed: 9 });
    const long = 'ș'.repeat(LIMITS.cardTextLength);
    const cardsNeeded = Math.ceil(LIMITS.fileBytes / Buffer.byteLength(long)) + 1;
    const template = doc.cards[0]!;
    doc.cards = Array.from({ length: Math.min(cardsNeeded, LIMITS.cards) }, (_, i) => ({ ...template, id: `big${i}`, order: `a${i}`, text: long }));
    const size = Buffer.byteLength(serializeValidJourney(doc));
    if (size <= LIMITS.fileBytes) throw new Error(`the test map is only ${size} bytes`);
    expect(() => canonicalBytes(doc)).toThrow(`the journey would take ${(size / 1024 / 1024).toFixed(1)} MB once saved`);
  });
});
