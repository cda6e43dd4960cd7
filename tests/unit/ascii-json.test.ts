import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiJsonText } from '../../main/services/ascii-json';
import { decodeUtf8, readJourneyBytes } from '../../main/services/journey-file-adapter';
import { JourneyFileError } from '../../shared/document/errors';
import { readJourneyText } from '../../shared/document/parse';
import { serializeJourney } from '../../shared/document/serialize';
import { generateJourney } from '../bench/generate-journey';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** Letters of every width in UTF-8, quotes, backslashes, controls and ASCII. */
const letter = fc.oneof(
  fc.constantFrom('a', 'é', 'ș', 'ł', '“', '”', '€', '😀', '𝄞', '\\', '"', '\n', '\u0007', '\u2028', '/', ' '),
  fc.integer({ min: 0, max: 0x10ffff }).filter((code) => code < 0xd800 || code > 0xdfff).map((code) => String.fromCodePoint(code)),
);
const text = fc.array(letter, { maxLength: 30 }).map((letters) => letters.join(''));

/** What the open path would end in: the document, or the refusal as users see it. */
function outcome(read: () => unknown): unknown {
  try {
    return { document: read() };
  } catch (error) {
    if (!(error instanceof JourneyFileError)) throw error;
    return { problem: error.problem, detail: error.detail, where: error.where };
  }
}

describe('ASCII-escaped JSON text (open without a two-byte copy of the file)', () => {
  it('parses to the values of the decoded text, for any letters in keys and values', () => {
    fc.assert(
      fc.property(fc.dictionary(text, fc.oneof(text, fc.array(text, { maxLength: 4 }), fc.integer())), (value) => {
        const bytes = utf8(JSON.stringify(value, null, 2));
        const escaped = asciiJsonText(bytes);
        expect(escaped).not.toBeNull(); // JSON.stringify writes a backslash before a letter only doubled
        expect([...(escaped as string)].every((c) => c.charCodeAt(0) < 0x80)).toBe(true);
        expect(JSON.parse(escaped as string)).toEqual(value);
      }),
      { numRuns: 400 },
    );
  });

  it('gives up where an escape would change the meaning: a letter right after an unescaped backslash', () => {
    expect(asciiJsonText(utf8('["\\é"]'))).toBeNull();
    expect(asciiJsonText(utf8('["\\\\\\é"]'))).toBeNull();
    expect(asciiJsonText(utf8('["a\\\\é"]'))).toBe('["a\\\\\\u00e9"]'); // an escaped backslash, then the letter
    expect(JSON.parse(asciiJsonText(utf8('["a\\\\é"]')) as string)).toEqual(['a\\é']);
    expect(asciiJsonText(utf8('["é\\n"]'))).toBe('["\\u00e9\\n"]');
  });

  it('opens every file exactly as its decoded text opens, errors and their positions included', () => {
    const saved = serializeJourney(generateJourney({ cards: 12, seed: 4 }));
    const edits = fc.tuple(fc.nat(), fc.nat({ max: 6 }), fc.oneof(text, fc.constantFrom('é', '\\é', '"é', 'é"', '{', ']', '\\', '\\u00e9', '😀,')));
    fc.assert(
      fc.property(fc.array(edits, { maxLength: 3 }), fc.boolean(), (changes, bom) => {
        let changed = saved;
        for (const [at, cut, insert] of changes) {
          const position = at % (changed.length + 1);
          changed = changed.slice(0, position) + insert + changed.slice(position + cut);
        }
        const bytes = utf8(`${bom ? '\ufeff' : ''}${changed}`);
        expect(outcome(() => readJourneyBytes(bytes))).toEqual(outcome(() => readJourneyText(decodeUtf8(bytes))));
      }),
      { numRuns: 400 },
    );
  });

  it('reuses its work buffer without changing a text it returned', () => {
    const first = asciiJsonText(utf8('{"a": "ąęł"}'));
    const second = asciiJsonText(utf8('{"b": "Καλημέρα 😀"}'));
    expect(first).toBe('{"a": "\\u0105\\u0119\\u0142"}');
    expect(JSON.parse(second as string)).toEqual({ b: 'Καλημέρα 😀' });
    const long = `["${'ż'.repeat(100_000)}"]`;
    expect(JSON.parse(asciiJsonText(utf8(long)) as string)).toEqual(JSON.parse(long));
  });
});
