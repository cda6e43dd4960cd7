import type { z } from 'zod';
import { JourneyFileError } from './errors';
import { assertNestingWithin, assertNoForbiddenKeys, FORBIDDEN_KEYS, lineAndColumn } from './json-guard';
import { LIMITS } from './limits';
import { migrate, type JsonObject } from './migrations';
import {
  CURRENT_FORMAT_VERSION,
  envelopeSchema,
  journeyDocumentSchema,
  type JourneyDocument,
} from './schema';
import { compileAcceptor, NOT_ACCEPTED, type Acceptor } from './schema-accept';

/** `cards[3].text` from zod's `['cards', 3, 'text']`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/**
 * Where JSON.parse stopped. V8 names a position for most errors, but for an unexpected token
 * it quotes up to 10 characters either side instead ("…": NaN, "c"…"), so find that quote.
 */
function errorPosition(message: string, text: string): number | null {
  const position = /position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const quoted = /^Unexpected token '(.+?)', (\.\.\.)?"([\s\S]*?)"(\.\.\.)? is not valid JSON$/.exec(message);
  if (!quoted) return null;
  const [, token = '', cutBefore, context = '', cutAfter] = quoted;
  if (cutBefore) {
    const start = text.indexOf(context);
    return start < 0 ? null : start + 10;
  }
  return cutAfter ? context.length - 10 : text.indexOf(token);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = errorPosition(message, text);
    // An error at the very end means the text stopped early, whatever token the parser wanted.
    const truncated = /end of (JSON|data)|Unterminated/i.test(message) || (at !== null && at >= text.trimEnd().length);
    if (truncated) throw new JourneyFileError('not-json', 'the file is cut short (not complete JSON)', 'end of file');
    throw new JourneyFileError('not-json', 'the file is not valid JSON', at === null ? undefined : lineAndColumn(text, at));
  }
}

function firstIssue(error: z.ZodError): JourneyFileError {
  const issue = error.issues[0];
  const where = issue && issue.path.length > 0 ? formatPath(issue.path) : undefined;
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problems)` : '';
  return new JourneyFileError('invalid', `${issue?.message ?? 'invalid journey'}${more}`, where);
}

let acceptor: Acceptor | undefined;
/**
 * What zod would return for `value` when it is a current-format journey zod accepts, without
 * running zod: `value` itself when its keys are already in schema order (as Waymark writes
 * them), else a copy of the re-ordered objects; NOT_ACCEPTED otherwise. An accepted value holds
 * no forbidden key (every object of the schema is strict and none of its keys is forbidden),
 * has the current format header, and needs no migration.
 */
function acceptJourney(value: unknown): JourneyDocument | typeof NOT_ACCEPTED {
  acceptor ??= compileAcceptor(journeyDocumentSchema, FORBIDDEN_KEYS);
  return acceptor(value) as JourneyDocument | typeof NOT_ACCEPTED;
}

/** Validates an in-memory document (after migration) and returns it in canonical key order. */
export function validateJourney(value: unknown): JourneyDocument {
  const accepted = acceptJourney(value);
  if (accepted !== NOT_ACCEPTED) return accepted;
  const result = journeyDocumentSchema.safeParse(value);
  if (!result.success) throw firstIssue(result.error);
  return result.data;
}

/**
 * The one way text becomes a journey: size check, nesting check, JSON, forbidden keys,
 * envelope, version check, migrations, validation. Throws JourneyFileError with a location
 * for anything it refuses, and nothing else.
 */
export function parseJourneyText(raw: string): JourneyDocument {
  return readJourneyText(raw).document;
}

/**
 * parseJourneyText, and for a file in the current format written in schema order, how many
 * values it holds besides the outermost object, at most (for canonicalBytesAtMost); null when
 * the file was migrated or re-ordered.
 */
export function readJourneyText(raw: string): { document: JourneyDocument; values: number | null } {
  if (raw.length > LIMITS.fileBytes) {
    throw new JourneyFileError('too-large', `the file is larger than ${LIMITS.fileBytes / 1024 / 1024} MB`);
  }
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const values = assertNestingWithin(text, LIMITS.nesting);
  const data = parseJson(text);
  // What Waymark writes: every step below would pass it through unchanged.
  const accepted = acceptJourney(data);
  // Re-ordered keys leave the size bound unproven: null makes the caller serialize to check.
  if (accepted !== NOT_ACCEPTED) return { document: accepted, values: accepted === data ? values : null };
  assertNoForbiddenKeys(data, formatPath);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new JourneyFileError('not-a-journey', 'the file is not a Waymark journey (no journey object)');
  }
  const envelope = envelopeSchema.safeParse(data);
  if (!envelope.success) {
    const issue = envelope.error.issues[0];
    throw new JourneyFileError(
      'not-a-journey',
      'the file is not a Waymark journey (missing or wrong format header)',
      issue ? formatPath(issue.path) : undefined,
    );
  }
  const { formatVersion, minReaderVersion } = envelope.data;
  if (formatVersion > CURRENT_FORMAT_VERSION || minReaderVersion > CURRENT_FORMAT_VERSION) {
    throw new JourneyFileError(
      'newer-version',
      `the file needs a newer Waymark (file format ${formatVersion}; this Waymark reads format ${CURRENT_FORMAT_VERSION} and older)`,
      'formatVersion',
    );
  }
  return { document: validateJourney(migrate(data as JsonObject, formatVersion)), values: null };
}
