import { readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JourneyFileError } from '../../shared/document/errors';
import { assertNoForbiddenKeys } from '../../shared/document/json-guard';
import { LIMITS } from '../../shared/document/limits';
import { formatPath, parseJourneyText } from '../../shared/document/parse';
import type { JourneyDocument } from '../../shared/document/schema';
import { serializeJourney } from '../../shared/document/serialize';
import { serializeWithinLimit, utf8ByteLength } from '../../shared/document/size-limit';
import { dispatch } from '../../main/ipc/dispatch';
import { JourneyRepository } from '../../main/services/journey-repository';
import { realHandlers, windowOver } from '../helpers/handlers';
import { useTempFolders } from '../helpers/temp-folder';

const fixture = await readFile(new URL('../fixtures/v2/bike-sharing-full.journey', import.meta.url), 'utf8');
const fixtureBytes = Buffer.from(fixture);
const PROBLEMS = ['not-found', 'unreadable', 'too-large', 'encoding', 'not-json', 'not-a-journey', 'newer-version', 'invalid'];

/** Valid, or refused with a JourneyFileError: any other exception fails the property. */
function parseOrRefuse(text: string): JourneyDocument | JourneyFileError {
  try {
    return parseJourneyText(text);
  } catch (error) {
    if (error instanceof JourneyFileError) return error;
    throw error;
  }
}

/** Every file in a folder with its bytes, to prove a refused open wrote nothing. */
async function snapshot(folder: string): Promise<Record<string, string>> {
  const names = (await readdir(folder)).sort();
  return Object.fromEntries(await Promise.all(names.map(async (n) => [n, (await readFile(join(folder, n))).toString('base64')] as const)));
}

/**
 * What loads can be saved, and what is saved opens again to the same file: saving it once
 * more gives the same bytes. (Records may come back in canonical order, so the documents
 * are compared as saved text.)
 */
function expectSavesAndReopens(doc: JourneyDocument): void {
  const saved = serializeWithinLimit(doc);
  expect(serializeWithinLimit(parseJourneyText(saved))).toBe(saved);
}

const byteEdits = fc.array(
  fc.record({ at: fc.nat(), kind: fc.constantFrom('replace', 'insert', 'delete'), byte: fc.integer({ min: 0, max: 255 }) }),
  { minLength: 1, maxLength: 8 },
);
function applyEdits(bytes: Buffer, edits: readonly { at: number; kind: string; byte: number }[]): Buffer {
  let out = Buffer.from(bytes);
  for (const { at, kind, byte } of edits) {
    const i = at % (out.length + 1);
    if (kind === 'replace' && i < out.length) out[i] = byte;
    else if (kind === 'insert') out = Buffer.concat([out.subarray(0, i), Buffer.from([byte]), out.subarray(i)]);
    else out = Buffer.concat([out.subarray(0, i), out.subarray(i + 1)]);
  }
  return out;
}

describe('hostile and broken input, property-tested', () => {
  const tempFolder = useTempFolders();

  it('random bytes, truncations and byte edits of a valid file: a journey or a clear refusal, never a write', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'fuzz.journey');
    const repository = new JourneyRepository();
    const inputs = fc.oneof(
      fc.uint8Array({ maxLength: 2_000 }).map((a) => Buffer.from(a)),
      fc.nat({ max: fixtureBytes.length }).map((n) => fixtureBytes.subarray(0, n)),
      byteEdits.map((edits) => applyEdits(fixtureBytes, edits)),
    );
    await fc.assert(
      fc.asyncProperty(inputs, async (bytes) => {
        await writeFile(path, bytes);
        const before = await snapshot(folder);
        const outcome = await repository.open(path).then(
          (loaded) => loaded.document,
          (error: unknown) => {
            if (error instanceof JourneyFileError) return error;
            throw error;
          },
        );
        // What loads can be saved again.
        if (!(outcome instanceof JourneyFileError)) expectSavesAndReopens(outcome);
        expect(await snapshot(folder)).toEqual(before);
      }),
      { numRuns: 1_500 },
    );
  }, 60_000);

  it('structural mutations of a valid journey (values replaced, keys or items added or removed): valid or refused, and savable when valid', () => {
    const original = JSON.parse(fixture) as Record<string, unknown>;
    const key = fc.oneof(fc.constantFrom('id', 'name', 'text', 'order', 'stageId', 'laneId', 'value', 'title', '__proto__', 'constructor', 'prototype'), fc.string({ maxLength: 8 }));
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), key, fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined }), (route, field, value) => {
        const doc = structuredClone(original);
        let target: Record<string, unknown> = doc;
        for (const step of route) {
          const children = Object.values(target).filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null);
          if (children.length === 0) break;
          target = children[step % children.length]!;
        }
        if (Array.isArray(target)) {
          // In a list: drop an item, or put the value in place of one (or after the last).
          const at = field.length % (target.length + 1);
          if (value === undefined) target.splice(at, 1);
          else target[at] = value;
        } else if (value === undefined) Reflect.deleteProperty(target, field);
        else Object.defineProperty(target, field, { value, enumerable: true, writable: true, configurable: true });
        const outcome = parseOrRefuse(JSON.stringify(doc, null, 2));
        if (outcome instanceof JourneyFileError) expect(PROBLEMS).toContain(outcome.problem);
        else expectSavesAndReopens(outcome);
      }),
      { numRuns: 1_500 },
    );
  }, 60_000);

  it('through IPC: opening any of those files answers a journey or a named problem, and leaves the folder as it was', async () => {
    const folder = await tempFolder();
    const handlers = await realHandlers(join(await tempFolder(), 'user-data'));
    const path = join(folder, 'fuzz.journey');
    const window = windowOver(folder);
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 500 }).map((a) => Buffer.from(a)), byteEdits.map((e) => applyEdits(fixtureBytes, e))), async (bytes) => {
        await writeFile(path, bytes);
        const before = await snapshot(folder);
        const result = await dispatch(handlers, 'openJourney', { path }, window);
        if (!result.ok) expect(PROBLEMS).toContain(result.error.code);
        await dispatch(handlers, 'closeJourney', { path }, window);
        expect(await snapshot(folder)).toEqual(before);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('finds __proto__, constructor and prototype keys at any depth, naming where', () => {
    const forbidden = fc.constantFrom('__proto__', 'constructor', 'prototype');
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.nat({ max: 3 }), fc.constantFrom('a', 'cards', 'journey')), { maxLength: 6 }), forbidden, (path, key) => {
        let value: unknown = JSON.parse(`{"${key}": 1}`);
        for (const step of [...path].reverse()) value = typeof step === 'number' ? [...Array<null>(step).fill(null), value] : { [step]: value };
        expect(() => assertNoForbiddenKeys(value, formatPath)).toThrow(new JourneyFileError('invalid', `the key "${key}" is not allowed in a journey file`, formatPath([...path, key])));
      }),
    );
  });

  it('counts only real nesting: brackets inside text are fine, a deep file is refused before parsing', () => {
    const doc = parseJourneyText(fixture);
    const bracketed = { ...doc, journey: { ...doc.journey, description: `${'[{'.repeat(500)} \\" ${'}]'.repeat(500)}` } };
    expect(parseJourneyText(serializeJourney(bracketed)).journey.description).toBe(bracketed.journey.description);
    const deep = `{"format":"waymark.journey","a":${'['.repeat(10_000_000)}`;
    expect(parseOrRefuse(deep)).toMatchObject({ problem: 'invalid', where: 'line 1, column 64' });
  });
});

describe('size limits: what loads can always be saved and loaded again', () => {
  const tempFolder = useTempFolders();
  const base = parseJourneyText(fixture);
  const card = base.cards[0]!;
  /** The fixture plus `count` cards of `length` characters each. */
  const withCards = (count: number, length: number, pad = 'é'): JourneyDocument => ({
    ...base,
    cards: [
      ...base.cards,
      ...Array.from({ length: count }, (_, i) => ({ id: `bulk-${i}`, stageId: card.stageId, laneId: card.laneId, order: `b${i.toString(36).padStart(4, '0')}`, text: `${i} `.padEnd(length, pad) })),
    ],
  });

  it('refuses a file over the limit unread', async () => {
    const path = join(await tempFolder(), 'huge.journey');
    await writeFile(path, '');
    await truncate(path, LIMITS.fileBytes + 1);
    await expect(new JourneyRepository().open(path)).rejects.toMatchObject({ problem: 'too-large' });
  });

  it('opens, saves and reopens a journey just under the limit', async () => {
    const path = join(await tempFolder(), 'max.journey');
    const perCard = utf8ByteLength(serializeJourney(withCards(1, 4_000))) - utf8ByteLength(serializeJourney(base));
    const count = Math.floor((LIMITS.fileBytes - utf8ByteLength(serializeJourney(base))) / perCard);
    const text = serializeJourney(withCards(count, 4_000));
    expect(utf8ByteLength(text)).toBeGreaterThan(LIMITS.fileBytes - perCard);
    expect(utf8ByteLength(text)).toBeLessThanOrEqual(LIMITS.fileBytes);
    await writeFile(path, text);
    const repository = new JourneyRepository();
    const loaded = await repository.open(path);
    await repository.save(path, loaded.document, { baseline: loaded.fingerprint });
    expect(await readFile(path, 'utf8')).toBe(text);
    expect((await repository.open(path)).document.cards).toHaveLength(base.cards.length + count);
  }, 120_000);

  it('refuses at load a minified file under the limit that would not fit once pretty-printed', async () => {
    const path = join(await tempFolder(), 'minified.journey');
    const count = LIMITS.cards - base.cards.length;
    // Card texts as long as the minified file allows: ASCII, one byte a character; 16 bytes a card spare for longer ids.
    const cardBytes = (length: number) => Buffer.byteLength(JSON.stringify(withCards(1, length, 'x').cards.at(-1))) + 1;
    const length = Math.floor((LIMITS.fileBytes - fixtureBytes.length) / count) - (cardBytes(10) - 10) - 16;
    const minified = JSON.stringify(withCards(count, length, 'x'));
    expect(Buffer.byteLength(minified)).toBeLessThanOrEqual(LIMITS.fileBytes);
    await writeFile(path, minified);
    const error = await new JourneyRepository().open(path).then(() => null, (e: unknown) => e);
    expect(error).toMatchObject({ problem: 'too-large', message: expect.stringMatching(/would take [\d.]+ MB once saved/) });
  }, 120_000);
});
