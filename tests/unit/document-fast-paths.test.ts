import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JourneyFileError } from '../../shared/document/errors';
import { assertNestingWithin, FORBIDDEN_KEYS, lineAndColumn } from '../../shared/document/json-guard';
import { parseJourneyText, readJourneyText } from '../../shared/document/parse';
import { journeyDocumentSchema } from '../../shared/document/schema';
import { compileAcceptor, NOT_ACCEPTED } from '../../shared/document/schema-accept';
import { serializeJourney } from '../../shared/document/serialize';
import { canonicalBytesAtMost, SCHEMA_VALUE_DEPTH, utf8ByteLength } from '../../shared/document/size-limit';
import { decodeUtf8 } from '../../main/services/journey-file-adapter';
import { generateJourney } from '../bench/generate-journey';
import { currentFixtureText } from '../helpers/fixtures';

const accepts = compileAcceptor(journeyDocumentSchema, FORBIDDEN_KEYS);
const fixture = parseJourneyText(currentFixtureText());
const generated = generateJourney({ cards: 60, seed: 7 });

/** Deep equality that also compares key order (zod returns keys in schema order). */
function sameInOrder(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return false;
  return ka.every((k) => sameInOrder((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** What the acceptor must answer: zod's data, or NOT_ACCEPTED where zod refuses. */
function zodAnswer(value: unknown): unknown {
  const result = journeyDocumentSchema.safeParse(value);
  return result.success ? result.data : NOT_ACCEPTED;
}

/** The acceptor agrees with zod: the same data in the same key order, or both refuse. */
function expectAgreement(value: unknown): void {
  const accepted = accepts(value);
  const expected = zodAnswer(value);
  if (expected === NOT_ACCEPTED) expect(accepted).toBe(NOT_ACCEPTED);
  else expect(sameInOrder(accepted, expected)).toBe(true);
}

/** The same fields with `stages` first, out of schema order. */
const stagesFirst = (doc: object) => Object.fromEntries(Object.entries(doc).sort(([a], [b]) => Number(b === 'stages') - Number(a === 'stages')));

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Every container and the path to it, to aim a mutation. */
function containers(value: unknown, path: (string | number)[] = [], out: { node: Record<string, unknown> | unknown[]; path: (string | number)[] }[] = []) {
  if (typeof value === 'object' && value !== null) {
    out.push({ node: value as Record<string, unknown>, path });
    for (const [k, v] of Object.entries(value)) containers(v, [...path, Array.isArray(value) ? Number(k) : k], out);
  }
  return out;
}

const oddValues: unknown[] = [
  undefined, null, true, 0, -0, 1, 2.5, -3, 6, 1e12, 1e13, 119, 1201, NaN, Infinity, 1e300, 2 ** 53, '', 'a', 'x'.repeat(61), 'x'.repeat(5001),
  '#12345', '#1a2b3c', '2026-03-31', '2026-3-31', 'a0', 'a b', 'stage-1', 'lane-actions', 'ch-website', '𝔘'.repeat(3000), [], {}, ['a'], [{}],
  'observed', 'quote', 'online', 'high', 'done', 'emotions', 'metrics', 'solid', 'image/png', 'waymark.journey', 2,
];

/** One random edit somewhere in the document: a value replaced, a key added, dropped or moved, an element duplicated. */
const mutation = fc.record({ target: fc.nat(), key: fc.nat(), kind: fc.nat(5), value: fc.constantFrom(...oddValues), extra: fc.oneof(fc.constantFrom(...FORBIDDEN_KEYS, 'id', 'extra', 'text'), fc.string()) });

function mutate(doc: unknown, m: { target: number; key: number; kind: number; value: unknown; extra: string }): unknown {
  const result = copy(doc);
  const all = containers(result);
  const { node } = all[m.target % all.length]!;
  const keys = Object.keys(node);
  const key = keys.length > 0 ? keys[m.key % keys.length]! : '0';
  if (Array.isArray(node)) {
    const i = Number(key);
    if (m.kind === 0 && node.length > 0) node.push(copy(node[i]));
    else if (m.kind === 1) node.splice(i, 1);
    else node[i] = m.value;
    return result;
  }
  if (m.kind === 0) node[key] = m.value;
  else if (m.kind === 1) Reflect.deleteProperty(node, key);
  else if (m.kind === 2) Object.defineProperty(node, m.extra, { value: m.value, enumerable: true, configurable: true, writable: true });
  else if (m.kind === 3 && keys.length > 1) {
    // the same fields, the first moved to the end
    const entries = Object.entries(node);
    for (const k of keys) Reflect.deleteProperty(node, k);
    for (const [k, v] of [...entries.slice(1), entries[0]!]) node[k] = v;
  } else node[key] = m.kind === 4 ? undefined : m.value;
  return result;
}

describe('schema acceptor (fast path of validateJourney and parseJourneyText)', () => {
  it('accepts the documents Waymark writes, as they are', () => {
    for (const doc of [fixture, generated]) {
      const reread = JSON.parse(serializeJourney(doc)) as unknown;
      expect(accepts(reread)).toBe(reread);
      expect(sameInOrder(zodAnswer(reread), reread)).toBe(true);
      expect(parseJourneyText(serializeJourney(doc))).toEqual(doc);
    }
  });

  it('answers what zod answers, key order included', () => {
    fc.assert(
      fc.property(fc.constantFrom<unknown>(fixture, generated), fc.array(mutation, { minLength: 1, maxLength: 3 }), (base, edits) => {
        const value = edits.reduce<unknown>((doc, m) => mutate(doc, m), base);
        expectAgreement(value);
      }),
      { numRuns: 600 },
    );
  });

  it('puts keys out of order back in schema order, sharing what was in order', () => {
    const doc = copy(fixture);
    const reordered = stagesFirst(doc);
    const accepted = accepts(reordered) as typeof doc;
    expect(accepted).not.toBe(reordered);
    expect(sameInOrder(accepted, zodAnswer(reordered))).toBe(true);
    expect(sameInOrder(accepted, doc)).toBe(true);
    expect(accepted.stages).toBe(reordered.stages);
  });

  it('leaves non-plain objects and forbidden keys to the full path', () => {
    const doc = copy(fixture);
    expect(accepts({ ...doc, journey: Object.assign(Object.create(null) as object, doc.journey) })).toBe(NOT_ACCEPTED);
    const hostile = JSON.parse(serializeJourney(doc).replace('"title"', '"__proto__": {}, "title"')) as unknown;
    expect(accepts(hostile)).toBe(NOT_ACCEPTED);
    expect(() => parseJourneyText(JSON.stringify(hostile))).toThrow('the key "__proto__" is not allowed');
  });

  it('refuses to build for schema features it does not know', async () => {
    const { z } = await import('zod');
    expect(() => compileAcceptor(z.object({ a: z.string() }))).toThrow('strict');
    expect(() => compileAcceptor(z.strictObject({ a: z.string().trim() }))).toThrow('unsupported check');
    expect(() => compileAcceptor(z.strictObject({ a: z.string().default('x') }))).toThrow();
    expect(() => compileAcceptor(z.strictObject({ constructor: z.string() }), FORBIDDEN_KEYS)).toThrow('forbidden key');
  });
});

/** The nesting scan as it was: one character at a time, with the count of commas and openings. */
function referenceScan(text: string, maxDepth: number): number {
  let depth = 0;
  let marks = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c) i += 1;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x2c) marks += 1;
    else if (code === 0x7b || code === 0x5b) {
      marks += 1;
      depth += 1;
      if (depth > maxDepth) throw new JourneyFileError('invalid', `the file nests objects or lists more than ${maxDepth} levels deep`, lineAndColumn(text, i));
    } else if (code === 0x7d || code === 0x5d) depth -= 1;
  }
  return marks;
}

const outcome = (scan: () => number) => {
  try {
    return { marks: scan() };
  } catch (error) {
    return { error: error instanceof JourneyFileError ? `${error.problem} ${error.message}` : String(error) };
  }
};

describe('nesting scan', () => {
  it('agrees with a character-by-character scan, position of the error included', () => {
    const piece = fc.constantFrom('"', '\\', '\\"', '\\\\', '[', ']', '{', '}', ',', 'a', '\n', ' ', '\uFEFF', '😀', '"a"', '"\\\\"', '"[{"');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.integer({ min: 0, max: 6 }), (pieces, maxDepth) => {
        const text = pieces.join('');
        expect(outcome(() => assertNestingWithin(text, maxDepth))).toEqual(outcome(() => referenceScan(text, maxDepth)));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['escaped quotes', '{"a":"x\\"[[[","b":[1]}', 2, 3],
    ['a backslash ending a string', '{"a":"x\\\\","b":[[1]]}', 3, 4],
    ['brackets inside strings', '["[[[[", "{{{{", "]]]]"]', 1, 3],
    ['a BOM before the text', '\uFEFF[[]]', 2, 2],
    ['a string never closed', '[["\\"]]]]]]', 2, 2],
  ])('%s', (_name, text, maxDepth, marks) => {
    expect(assertNestingWithin(text, maxDepth)).toBe(marks);
    expect(() => assertNestingWithin(text, maxDepth - 1)).toThrow(JourneyFileError);
  });

  it('names the line and column of the bracket too deep', () => {
    expect(() => assertNestingWithin('{\n  "a": "[[",\n  "b": [[[1]]]\n}', 3)).toThrow('(at line 3, column 10)');
  });
});

/** The shortest way to write a number in JSON: a file may write 1e12 where Waymark writes 1000000000000. */
function shortestNumber(n: number): string {
  const plain = JSON.stringify(n);
  const exponent = n.toExponential().replace('e+', 'e');
  return exponent.length < plain.length ? exponent : plain;
}

/** `value` as compact JSON with every number in its shortest form. */
function minified(value: unknown): string {
  if (typeof value === 'number') return shortestNumber(value);
  if (Array.isArray(value)) return `[${value.map(minified).join(',')}]`;
  if (typeof value === 'object' && value !== null) return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${minified(v)}`).join(',')}}`;
  return JSON.stringify(value);
}

function valueDepth(value: unknown, depth = 0): number {
  if (typeof value !== 'object' || value === null) return depth;
  return Math.max(depth, ...Object.values(value).map((v) => valueDepth(v, depth + 1)));
}

/** How deep a value can sit in a document the schema accepts. */
function schemaDepth(schema: { _zod: { def: Record<string, unknown> } }, depth = 0): number {
  const def = schema._zod.def as { type: string; shape?: Record<string, typeof schema>; element?: typeof schema; innerType?: typeof schema };
  if (def.type === 'optional') return schemaDepth(def.innerType!, depth);
  if (def.type === 'object') return Math.max(depth, ...Object.values(def.shape!).map((s) => schemaDepth(s, depth + 1)));
  if (def.type === 'array') return schemaDepth(def.element!, depth + 1);
  return depth;
}

describe('canonical size bound (open skips the serialization when it shows the file fits)', () => {
  it('uses the depth of the schema', () => {
    expect(schemaDepth(journeyDocumentSchema as never)).toBe(SCHEMA_VALUE_DEPTH);
  });

  const bounded = (raw: string, pretty: string) => {
    const values = assertNestingWithin(raw, 100);
    expect(utf8ByteLength(pretty)).toBeLessThanOrEqual(canonicalBytesAtMost(utf8ByteLength(raw), values));
  };

  it('holds for any JSON object as deep as a journey, written minified', () => {
    const leaf = fc.oneof(
      fc.constantFrom('', 'a', '"', '\\', '\n', '\u0001', '\uD800', 'é', '😀'),
      fc.string({ unit: 'binary' }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constantFrom(0, 1, -1, 1e12, -1e12, 1e-7, 1.5e-6, -1.2345678901234567e-6, 1e21, 123456789012345680000, 2 ** 53),
      fc.boolean(),
    );
    const tree = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, fc.array(tie('node'), { maxLength: 5 }), fc.dictionary(fc.string({ maxLength: 3 }), tie('node'), { maxKeys: 5 })),
    })).node;
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 3 }), tree, { maxKeys: 6 }), (value) => {
        fc.pre(valueDepth(value) <= SCHEMA_VALUE_DEPTH);
        bounded(minified(value), `${JSON.stringify(value, null, 2)}\n`);
      }),
      { numRuns: 2000 },
    );
  });

  it('holds for worst cases: many empty strings, tiny and huge numbers, deepest values', () => {
    const manyEmpty = { a: [[[[Array.from({ length: 500 }, () => '')]]]] };
    const numbers = { a: [[[[Array.from({ length: 500 }, (_, i) => (i % 2 ? 1e12 : -1.2345678901234567e-6))]]]] };
    const deep = { a: [[[[{}, [], '', 0]]]] };
    for (const value of [manyEmpty, numbers, deep]) bounded(minified(value), `${JSON.stringify(value, null, 2)}\n`);
  });

  it('holds for journeys saved minified, and open reports the count only for a file in the current format', () => {
    for (const doc of [fixture, generated]) {
      const raw = minified(JSON.parse(serializeJourney(doc)));
      const { document, values } = readJourneyText(raw);
      expect(values).not.toBeNull();
      expect(utf8ByteLength(serializeJourney(document))).toBeLessThanOrEqual(canonicalBytesAtMost(utf8ByteLength(raw), values!));
    }
    const reordered = JSON.stringify(stagesFirst(fixture));
    expect(readJourneyText(reordered).values).toBeNull();
  });
});

describe('strict UTF-8 decoding', () => {
  const reference = (bytes: Uint8Array) => {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return 'refused';
    }
  };
  const decoded = (bytes: Uint8Array) => {
    try {
      return decodeUtf8(bytes);
    } catch (error) {
      expect((error as JourneyFileError).problem).toBe('encoding');
      return 'refused';
    }
  };

  it('matches a fatal TextDecoder, BOM dropped once', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 40 }),
      fc.string({ unit: 'grapheme' }).map((s) => new TextEncoder().encode(s)),
      fc.tuple(fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], [0xef, 0xbb]), fc.string({ unit: 'binary' })).map(([bom, s]) => new Uint8Array([...bom, ...new TextEncoder().encode(s)])),
      fc.constantFrom([0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [0x61, 0xff]).map((b) => new Uint8Array(b)),
    );
    fc.assert(
      fc.property(bytes, (b) => {
        expect(decoded(b)).toBe(reference(b));
      }),
      { numRuns: 3000 },
    );
  });

  it('decodes a view into a larger buffer', () => {
    const whole = Buffer.from('xx\uFEFFé😀 yy');
    expect(decodeUtf8(whole.subarray(2, whole.length - 3))).toBe('é😀');
  });
});
